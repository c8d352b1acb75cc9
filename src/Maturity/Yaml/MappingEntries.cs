using System;
using System.Collections.Generic;

namespace Maturity.Yaml;

/// <summary>The entries of a mapping being read, in source order, with the duplicate-key check both readers
/// (<see cref="YamlReader"/> and <see cref="YamlSubsetReader"/>) share.</summary>
internal sealed class MappingEntries
{
    /// <summary>Below this many entries a key is searched for; a larger mapping keeps a set (linear reading).</summary>
    private const int Searched = 16;

    private HashSet<string>? _keys;

    public List<KeyValuePair<YScalar, YNode>> List { get; } = [];

    /// <summary>Adds the entry; false, adding nothing, when the mapping already has the key.</summary>
    public bool TryAdd(YScalar key, YNode value)
    {
        if (!IsNew(key.Value))
        {
            return false;
        }

        List.Add(new KeyValuePair<YScalar, YNode>(key, value));
        return true;
    }

    private bool IsNew(string key)
    {
        if (_keys is null && List.Count < Searched)
        {
            foreach (var entry in List)
            {
                if (string.Equals(entry.Key.Value, key, StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }

        if (_keys is null)
        {
            _keys = new HashSet<string>(StringComparer.Ordinal);
            foreach (var entry in List)
            {
                _keys.Add(entry.Key.Value);
            }
        }

        return _keys.Add(key);
    }
}
