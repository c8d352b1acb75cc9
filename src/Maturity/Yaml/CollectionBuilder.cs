using System.Collections.Generic;
using Maturity.Diagnostics;

namespace Maturity.Yaml;

/// <summary>A mapping or sequence being read, by either reader: its entries or items so far, and a mapping's key
/// whose value is being read. <see cref="YamlSubsetReader"/> reuses builders (<see cref="Reset"/>): the lists
/// here are scratch space, and <see cref="Build"/> copies them into lists of the exact size the tree keeps.</summary>
internal sealed class CollectionBuilder
{
    private readonly List<YNode> _items = [];
    private readonly MappingEntries _entries = new();

    public CollectionBuilder(bool isMapping, SourceLocation location, int indent = 0) => Reset(isMapping, location, indent);

    public bool IsMapping { get; private set; }

    public SourceLocation Location { get; private set; } = null!;

    /// <summary>Column (from 0) of a block collection's keys or dashes, for <see cref="YamlSubsetReader"/>.</summary>
    public int Indent { get; private set; }

    /// <summary>A mapping's key whose value is being read.</summary>
    public YScalar? PendingKey { get; set; }

    /// <summary>A flow collection expects an item (after its bracket or a comma), not a comma or its end.</summary>
    public bool AwaitsItem { get; set; }

    public bool IsEmpty => IsMapping ? _entries.Count == 0 && PendingKey is null : _items.Count == 0;

    /// <summary>Makes this an empty collection again, to be read anew.</summary>
    public void Reset(bool isMapping, SourceLocation location, int indent)
    {
        IsMapping = isMapping;
        Location = location;
        Indent = indent;
        PendingKey = null;
        AwaitsItem = true;
        _items.Clear();
        _entries.Clear();
    }

    /// <summary>Adds an item, or the value of <see cref="PendingKey"/>; false, adding nothing, on a duplicate key.</summary>
    public bool Add(YNode node)
    {
        AwaitsItem = false;
        if (!IsMapping)
        {
            _items.Add(node);
            return true;
        }

        var key = PendingKey!;
        PendingKey = null;
        return _entries.TryAdd(key, node);
    }

    public YNode Build() => IsMapping ? new YMapping(Location, _entries.ToList()) : new YSequence(Location, new List<YNode>(_items));
}
