using System;

namespace Maturity.Loading;

/// <summary>One rule file's content and the name diagnostics use for it. Immutable.</summary>
public sealed class RuleSetSource
{
    private RuleSetSource(string path, byte[]? bytes, string? text, bool isShipped = false)
    {
        Path = path ?? throw new ArgumentNullException(nameof(path));
        Bytes = bytes;
        Text = text;
        IsShipped = isShipped;
    }

    /// <summary>File path or descriptive name, as shown in diagnostics.</summary>
    public string Path { get; }

    internal byte[]? Bytes { get; }

    internal string? Text { get; }

    /// <summary>A rule file shipped inside this package: a host's file declaring the same rule set id replaces it.</summary>
    internal bool IsShipped { get; }

    /// <summary>A source from text already decoded.</summary>
    public static RuleSetSource FromText(string path, string text) => new(path, null, text ?? throw new ArgumentNullException(nameof(text)));

    /// <summary>A source from raw bytes (UTF-8; a BOM is accepted).</summary>
    public static RuleSetSource FromBytes(string path, byte[] bytes) => new(path, bytes ?? throw new ArgumentNullException(nameof(bytes)), null);

    internal static RuleSetSource Shipped(string path, byte[] bytes) => new(path, bytes, null, isShipped: true);
}
