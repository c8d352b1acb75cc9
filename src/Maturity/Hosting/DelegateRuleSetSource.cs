using System;
using System.Collections.Generic;
using System.Threading;
using Maturity.Loading;

namespace Maturity.Hosting;

/// <summary>A source backed by a host function, for rule files kept elsewhere (a CRM database, a
/// configuration service). Implementing <see cref="IRuleSetSource"/> directly works just as well.</summary>
public sealed class DelegateRuleSetSource : IRuleSetSource
{
    private readonly Func<CancellationToken, IEnumerable<RuleSetSource>> _read;

    /// <summary>Creates the source.</summary>
    /// <param name="name">A short description shown in diagnostics, e.g. <c>crm-database</c>.</param>
    /// <param name="read">Returns the current rule files; called at every load.</param>
    public DelegateRuleSetSource(string name, Func<CancellationToken, IEnumerable<RuleSetSource>> read)
    {
        if (string.IsNullOrEmpty(name))
        {
            throw new ArgumentException("A source needs a name for its diagnostics.", nameof(name));
        }

        Name = name;
        _read = read ?? throw new ArgumentNullException(nameof(read));
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public IEnumerable<RuleSetSource> Read(CancellationToken cancellationToken) =>
        _read(cancellationToken) ?? throw new InvalidOperationException("the source returned null");

    /// <inheritdoc />
    public override string ToString() => Name;
}
