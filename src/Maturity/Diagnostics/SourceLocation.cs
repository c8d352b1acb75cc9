using System;
using Maturity.Internal;

namespace Maturity.Diagnostics;

/// <summary>A position in a source file: 1-based line and column. Immutable.</summary>
public sealed class SourceLocation : IEquatable<SourceLocation>
{
    /// <summary>Creates a location.</summary>
    /// <param name="path">File path or a descriptive name such as <c>&lt;string&gt;</c>.</param>
    /// <param name="line">1-based line; 0 when unknown.</param>
    /// <param name="column">1-based column; 0 when unknown.</param>
    public SourceLocation(string path, int line, int column)
    {
        Path = Guard.NotNull(path);
        if (line < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(line), line, "Line must be 0 (unknown) or positive.");
        }

        if (column < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(column), column, "Column must be 0 (unknown) or positive.");
        }

        Line = line;
        Column = column;
    }

    /// <summary>File path or descriptive name.</summary>
    public string Path { get; }

    /// <summary>1-based line, 0 when unknown.</summary>
    public int Line { get; }

    /// <summary>1-based column, 0 when unknown.</summary>
    public int Column { get; }

    /// <summary>A location naming only a file.</summary>
    public static SourceLocation FileOnly(string path) => new(path, 0, 0);

    /// <summary>Returns a location on the same line moved right by <paramref name="columns"/>.</summary>
    public SourceLocation Offset(int columns) => Line == 0 ? this : new SourceLocation(Path, Line, Column + columns);

    /// <inheritdoc />
    public bool Equals(SourceLocation? other) =>
        other is not null && string.Equals(Path, other.Path, StringComparison.Ordinal) && Line == other.Line && Column == other.Column;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SourceLocation);

    /// <inheritdoc />
    public override int GetHashCode() => unchecked((StringComparer.Ordinal.GetHashCode(Path) * 397) ^ (Line * 31) ^ Column);

    /// <summary>The MSBuild canonical origin: <c>path(line,col)</c>, or just the path when the position is unknown.</summary>
    public override string ToString() => Line == 0
        ? Path
        : FormattableString.Invariant($"{Path}({Line},{Column})");
}
