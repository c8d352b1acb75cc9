using System.Collections.Generic;
using Maturity.Diagnostics;

namespace Maturity.Yaml;

/// <summary>A mapping or sequence being read, by either reader: its entries or items so far, and a mapping's key
/// whose value is being read.</summary>
internal sealed class CollectionBuilder
{
    public CollectionBuilder(bool isMapping, SourceLocation location, int indent = 0)
    {
        IsMapping = isMapping;
        Location = location;
        Indent = indent;
        if (isMapping)
        {
            Entries = new MappingEntries();
        }
        else
        {
            Items = [];
        }
    }

    public bool IsMapping { get; }

    public SourceLocation Location { get; }

    /// <summary>Column (from 0) of a block collection's keys or dashes, for <see cref="YamlSubsetReader"/>.</summary>
    public int Indent { get; }

    public MappingEntries? Entries { get; }

    public List<YNode>? Items { get; }

    /// <summary>A mapping's key whose value is being read.</summary>
    public YScalar? PendingKey { get; set; }

    /// <summary>A flow collection expects an item (after its bracket or a comma), not a comma or its end.</summary>
    public bool AwaitsItem { get; set; } = true;

    public bool IsEmpty => IsMapping ? Entries!.List.Count == 0 && PendingKey is null : Items!.Count == 0;

    /// <summary>Adds an item, or the value of <see cref="PendingKey"/>; false, adding nothing, on a duplicate key.</summary>
    public bool Add(YNode node)
    {
        AwaitsItem = false;
        if (!IsMapping)
        {
            Items!.Add(node);
            return true;
        }

        var key = PendingKey!;
        PendingKey = null;
        return Entries!.TryAdd(key, node);
    }

    public YNode Build() => IsMapping ? new YMapping(Location, Entries!.List) : new YSequence(Location, Items!);
}
