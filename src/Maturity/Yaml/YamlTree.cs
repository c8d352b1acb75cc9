using System.Collections.Generic;
using Maturity.Diagnostics;

namespace Maturity.Yaml;

/// <summary>A YAML node with its source position. The loader reads YAML into this small tree
/// (no anchors, tags or type resolution) and never hands YAML to a deserializer that could
/// instantiate types.</summary>
internal abstract class YNode
{
    protected YNode(SourceLocation location) => Location = location;

    public SourceLocation Location { get; }

    public abstract LocalizedMessage KindName { get; }
}

/// <summary>A scalar; <see cref="IsPlain"/> is false for quoted and block scalars, whose text is never a number or boolean.</summary>
internal sealed class YScalar : YNode
{
    public YScalar(SourceLocation location, string value, bool isPlain, int quoteWidth)
        : this(location, value, isPlain, quoteWidth, null, 0, 0, isBlock: false, isDoubleQuoted: false)
    {
    }

    public YScalar(SourceLocation location, string value, bool isPlain, int quoteWidth, string? source, int startIndex, int endIndex, bool isBlock, bool isDoubleQuoted)
        : base(location)
    {
        Value = value;
        IsPlain = isPlain;
        QuoteWidth = quoteWidth;
        Source = source;
        StartIndex = startIndex;
        EndIndex = endIndex;
        IsBlock = isBlock;
        IsDoubleQuoted = isDoubleQuoted;
    }

    public string Value { get; }

    public bool IsPlain { get; }

    /// <summary>Columns between the node's position and the first character of its text (1 for a quoted scalar).</summary>
    public int QuoteWidth { get; }

    /// <summary>The text the scalar was read from (null when unknown); with <see cref="StartIndex"/> and
    /// <see cref="EndIndex"/> it lets a position inside the value be traced back to a line and column.</summary>
    public string? Source { get; }

    /// <summary>Index in <see cref="Source"/> of the scalar's first character (its quote or block indicator).</summary>
    public int StartIndex { get; }

    /// <summary>Index in <see cref="Source"/> just after the scalar.</summary>
    public int EndIndex { get; }

    /// <summary>True for literal (<c>|</c>) and folded (<c>&gt;</c>) block scalars, whose text starts on the next line.</summary>
    public bool IsBlock { get; }

    /// <summary>True for a double-quoted scalar, whose text may hold backslash escapes.</summary>
    public bool IsDoubleQuoted { get; }

    /// <summary>True for a plain <c>null</c>, <c>~</c> or empty scalar.</summary>
    public bool IsNull => IsPlain && (Value.Length == 0 || Value == "~" || Value == "null" || Value == "Null" || Value == "NULL");

    public override LocalizedMessage KindName => Messages.KindScalar();
}

internal sealed class YSequence : YNode
{
    public YSequence(SourceLocation location, List<YNode> items)
        : base(location) => Items = items;

    public List<YNode> Items { get; }

    public override LocalizedMessage KindName => Messages.KindList();
}

internal sealed class YMapping : YNode
{
    public YMapping(SourceLocation location, List<KeyValuePair<YScalar, YNode>> entries)
        : base(location) => Entries = entries;

    /// <summary>Entries in source order; keys are unique (duplicates are reported and dropped while reading).</summary>
    public List<KeyValuePair<YScalar, YNode>> Entries { get; }

    public override LocalizedMessage KindName => Messages.KindMapping();
}
