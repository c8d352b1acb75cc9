using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Maturity.Internal;
using Maturity.Loading;

namespace Maturity.Hosting;

/// <summary>One rule file held in memory as text. Its content never changes, so a reload re-reads the same text.</summary>
public sealed class TextRuleSetSource : IRuleSetSource
{
    private readonly Task<IReadOnlyList<RuleSetFile>> _file;

    /// <summary>Creates the source.</summary>
    /// <param name="text">The YAML text of the rule file.</param>
    /// <param name="name">The name diagnostics show for it, e.g. <c>health.yaml</c>.</param>
    public TextRuleSetSource(string text, string name)
    {
        Text = Guard.NotNull(text);
        Name = Guard.NotNullOrEmpty(name, "A rule file needs a name for its diagnostics.");
        _file = Task.FromResult<IReadOnlyList<RuleSetFile>>([RuleSetFile.FromText(text, name)]);
    }

    /// <summary>The YAML text.</summary>
    public string Text { get; }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public Task<IReadOnlyList<RuleSetFile>> ReadAsync(CancellationToken cancellationToken) => _file;

    /// <inheritdoc />
    public override string ToString() => Name;
}
