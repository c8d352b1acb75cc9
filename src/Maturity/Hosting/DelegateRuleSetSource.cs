using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Maturity.Internal;
using Maturity.Loading;

namespace Maturity.Hosting;

/// <summary>A source backed by a host function, for rule files kept elsewhere (a CRM database, a
/// configuration service). Implementing <see cref="IRuleSetSource"/> directly works just as well.</summary>
public sealed class DelegateRuleSetSource : IRuleSetSource
{
    private readonly Func<CancellationToken, Task<IEnumerable<RuleSetFile>>> _read;

    /// <summary>Creates a source whose function reads asynchronously (a database query, an HTTP call).</summary>
    /// <param name="name">A short description shown in diagnostics, e.g. <c>crm-database</c>.</param>
    /// <param name="readAsync">Returns the current rule files; called at every load.</param>
    public DelegateRuleSetSource(string name, Func<CancellationToken, Task<IEnumerable<RuleSetFile>>> readAsync)
    {
        Name = Guard.NotNullOrEmpty(name, "A source needs a name for its diagnostics.");
        _read = Guard.NotNull(readAsync);
    }

    /// <summary>Creates a source whose function reads synchronously.</summary>
    /// <param name="name">A short description shown in diagnostics, e.g. <c>crm-database</c>.</param>
    /// <param name="read">Returns the current rule files; called at every load.</param>
    public DelegateRuleSetSource(string name, Func<CancellationToken, IEnumerable<RuleSetFile>> read)
        : this(name, WrapSynchronous(Guard.NotNull(read)))
    {
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public async Task<IReadOnlyList<RuleSetFile>> ReadAsync(CancellationToken cancellationToken)
    {
        var files = await (_read(cancellationToken) ?? throw new InvalidOperationException("the source returned no task")).ConfigureAwait(false);
        return (files ?? throw new InvalidOperationException("the source returned null")).ToList();
    }

    /// <inheritdoc />
    public override string ToString() => Name;

    private static Func<CancellationToken, Task<IEnumerable<RuleSetFile>>> WrapSynchronous(Func<CancellationToken, IEnumerable<RuleSetFile>> read) =>
        cancellationToken => Task.FromResult(read(cancellationToken));
}
