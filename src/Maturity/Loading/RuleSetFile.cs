using System;
using System.Collections.Generic;
using Maturity.Diagnostics;
using Maturity.Internal;

namespace Maturity.Loading;

/// <summary>One rule file's content and the name diagnostics use for it (what an <see cref="Hosting.IRuleSetSource"/>
/// returns). Immutable.</summary>
public sealed class RuleSetFile
{
    private RuleSetFile(string path, byte[]? bytes, string? text, IReadOnlyList<Diagnostic>? problems = null, bool isShipped = false)
    {
        Path = Guard.NotNull(path);
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
    internal static RuleSetFile FromRead(string path, byte[]? bytes, DiagnosticBag problems) =>
        bytes is not null && !problems.HasErrors ? new(path, bytes, null, [.. problems.Items]) : new(path, null, null, [.. problems.Items]);

    /// <summary>A rule file shipped inside this package: a host's file declaring the same rule set id replaces it.</summary>
    internal bool IsShipped { get; }

    /// <summary>A rule file from text already decoded. Content first, then the name diagnostics show, as in every
    /// other call that takes both (<see cref="RuleSetLoader.LoadText"/>, <c>AnswerFile.Parse</c>).</summary>
    public static RuleSetFile FromText(string text, string path) => new(Guard.NotNull(path), null, Guard.NotNull(text));

    /// <summary>A rule file from raw bytes (UTF-8; a BOM is accepted).</summary>
    public static RuleSetFile FromBytes(byte[] bytes, string path) => new(Guard.NotNull(path), Guard.NotNull(bytes), null);

    internal static RuleSetFile Shipped(string path, byte[] bytes) => new(path, bytes, null, isShipped: true);
}
