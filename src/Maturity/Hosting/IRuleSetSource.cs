using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Maturity.Loading;

namespace Maturity.Hosting;

/// <summary>Where a host keeps its rule files: a folder, embedded resources, a string, a database...
/// The engine calls <see cref="ReadAsync"/> at the first load and at every reload, then loads the files of
/// all its sources together (so an <c>extends</c> resolves across sources).</summary>
/// <remarks>Asynchronous because a source may be a database or a remote service; the built-in sources complete
/// synchronously. Implementations must be safe to call from any thread, but the engine never calls one
/// source concurrently with itself. An exception thrown by <see cref="ReadAsync"/> (other than a
/// cancellation) becomes a <c>MAT090</c> diagnostic naming <see cref="Name"/>: the load fails and, on a
/// reload, the previous rule sets stay in service.</remarks>
public interface IRuleSetSource
{
    /// <summary>A short description shown in diagnostics, e.g. a folder path or <c>crm-database</c>.</summary>
    string Name { get; }

    /// <summary>Reads the current rule files. Each file's <see cref="RuleSetFile.Path"/> is the name
    /// its diagnostics show.</summary>
    /// <param name="cancellationToken">Cancels a slow read (a remote database, say).</param>
    Task<IReadOnlyList<RuleSetFile>> ReadAsync(CancellationToken cancellationToken);
}
