using System.Collections.Generic;
using System.Threading;
using Maturity.Loading;

namespace Maturity.Hosting;

/// <summary>A built-in source that reads no more than the engine's file limit (+1 byte) per file, so a huge,
/// endless or special file is refused without exhausting memory. The engine calls this instead of
/// <see cref="IRuleSetSource.ReadAsync"/> when a source implements it.</summary>
internal interface IBoundedRuleSetSource : IRuleSetSource
{
    IReadOnlyList<RuleSetFile> Read(long maxFileBytes, CancellationToken cancellationToken);
}
