using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Maturity.Diagnostics;
using Maturity.Internal;
using Maturity.Loading;
using Maturity.Yaml;

namespace Maturity.Hosting;

/// <summary>One rule file read from a stream that the source opens at each load (a blob, an HTTP response,
/// a file in an archive...). The stream is read to its end (UTF-8, a BOM accepted) and disposed.</summary>
public sealed class StreamRuleSetSource : IBoundedRuleSetSource
{
    private readonly Func<CancellationToken, Stream> _open;

    /// <summary>Creates the source.</summary>
    /// <param name="open">Opens a fresh stream on the rule file; called at every load.</param>
    /// <param name="name">The name diagnostics show for it.</param>
    public StreamRuleSetSource(Func<Stream> open, string name)
        : this(WrapIgnoringCancellation(Guard.NotNull(open)), name)
    {
    }

    /// <summary>Creates the source with an opener that honours cancellation.</summary>
    /// <param name="open">Opens a fresh stream on the rule file; called at every load.</param>
    /// <param name="name">The name diagnostics show for it.</param>
    public StreamRuleSetSource(Func<CancellationToken, Stream> open, string name)
    {
        _open = Guard.NotNull(open);
        Name = Guard.NotNullOrEmpty(name, "A rule file needs a name for its diagnostics.");
    }

    /// <summary>Reads a stream once, now, and keeps its bytes: for streams that cannot be opened again.</summary>
    /// <param name="stream">The stream, read to its end; not disposed.</param>
    /// <param name="name">The name diagnostics show for it.</param>
    public static StreamRuleSetSource FromBytesOf(Stream stream, string name)
    {
        Guard.NotNull(stream);

        // Kept up to the default limit + 1 byte: enough for the loader to refuse a larger stream, never more.
        var bytes = SourceText.ReadStream(name, stream, RuleSetLoaderOptions.Default.MaxFileBytes + 1, new DiagnosticBag()) ?? [];
        return new StreamRuleSetSource(() => new MemoryStream(bytes, writable: false), name);
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public Task<IReadOnlyList<RuleSetFile>> ReadAsync(CancellationToken cancellationToken) =>
        Task.FromResult(((IBoundedRuleSetSource)this).Read(RuleSetLoaderOptions.Default.MaxFileBytes, cancellationToken));

    /// <summary>Reads the stream up to the limit + 1 byte: an endless stream is refused, not swallowed.</summary>
    IReadOnlyList<RuleSetFile> IBoundedRuleSetSource.Read(long maxFileBytes, CancellationToken cancellationToken)
    {
        using var stream = _open(cancellationToken) ?? throw new InvalidOperationException("the stream opener returned null");
        var problems = new DiagnosticBag();
        return [RuleSetFile.FromRead(Name, SourceText.ReadStream(Name, stream, maxFileBytes, problems), problems)];
    }

    /// <inheritdoc />
    public override string ToString() => Name;

    private static Func<CancellationToken, Stream> WrapIgnoringCancellation(Func<Stream> open) => _ => open();
}
