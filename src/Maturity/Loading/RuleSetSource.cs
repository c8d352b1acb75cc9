using System;
using System.Collections.Generic;
using Maturity.Diagnostics;

namespace Maturity.Loading;

/// <summary>One rule file's content and the name diagnostics use for it. Immutable.</summary>
public sealed class RuleSetSource
{
    private RuleSetSource(string path, byte[]? bytes, string? text, IReadOnlyList<Diagnostic>? problems = null, bool isShipped = false)
    {
        Path = path ?? throw new ArgumentNullException(nameof(path));
        Bytes = bytes;
        Text = text;
        Problems = problems ?? [];
        IsShipped = isShipped;
    }

    /// <summary>File path or descriptive name, as shown in diagnostics.</summary>
    public string Path { get; }

    internal byte[]? Bytes { get; }

    internal string? Text { get; }

    /// <summary>Why a source could not be read (too large, not a regular file...); the loader reports them.</summary>
    internal IReadOnlyList<Diagnostic> Problems { get; }

    /// <summary>A file that could not be read: its bytes (when read) or its problems.</summary>
    internal static RuleSetSource FromRead(string path, byte[]? bytes, DiagnosticBag problems) =>
        bytes is not null && !problems.HasErrors ? new(path, bytes, null, [.. problems.Items]) : new(path, null, null, [.. problems.Items]);

    /// <summary>A rule file shipped inside this package: a host's file declaring the same rule set id replaces it.</summary>
    internal bool IsShipped { get; }

    /// <summary>A source from text already decoded.</summary>
    public static RuleSetSource FromText(string path, string text) => new(path, null, text ?? throw new ArgumentNullException(nameof(text)));

    /// <summary>A source from raw bytes (UTF-8; a BOM is accepted).</summary>
    public static RuleSetSource FromBytes(string path, byte[] bytes) => new(path, bytes ?? throw new ArgumentNullException(nameof(bytes)), null);

    internal static RuleSetSource Shipped(string path, byte[] bytes) => new(path, bytes, null, isShipped: true);
}
