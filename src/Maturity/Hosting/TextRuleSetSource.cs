using System;
using System.Collections.Generic;
using System.Threading;
using Maturity.Loading;

namespace Maturity.Hosting;

/// <summary>One rule file held in memory as text. Its content never changes, so a reload re-reads the same text.</summary>
public sealed class TextRuleSetSource : IRuleSetSource
{
    private readonly RuleSetSource[] _file;

    /// <summary>Creates the source.</summary>
    /// <param name="text">The YAML text of the rule file.</param>
    /// <param name="name">The name diagnostics show for it, e.g. <c>health.yaml</c>.</param>
    public TextRuleSetSource(string text, string name)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        if (string.IsNullOrEmpty(name))
        {
            throw new ArgumentException("A rule file needs a name for its diagnostics.", nameof(name));
        }

        Text = text;
        Name = name;
        _file = [RuleSetSource.FromText(name, text)];
    }

    /// <summary>The YAML text.</summary>
    public string Text { get; }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public IEnumerable<RuleSetSource> Read(CancellationToken cancellationToken) => _file;

    /// <inheritdoc />
    public override string ToString() => Name;
}
