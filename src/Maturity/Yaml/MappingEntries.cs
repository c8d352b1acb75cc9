using System;
using System.Collections.Generic;

namespace Maturity.Yaml;

/// <summary>The entries of a mapping being read, in source order, with the duplicate-key check both readers
/// (<see cref="YamlReader"/> and <see cref="YamlSubsetReader"/>) share.</summary>
internal sealed class MappingEntries
{
    /// <summary>Below this many entries a key is searched for; a larger mapping keeps a set (linear reading).</summary>
    private const int Searched = 16;

    private readonly List<KeyValuePair<YScalar, YNode>> _list = [];
    private HashSet<string>? _keys;

    public int Count => _list.Count;

    /// <summary>Adds the entry; false, adding nothing, when the mapping already has the key.</summary>
    public bool TryAdd(YScalar key, YNode value)
    {
        if (!IsNew(key.Value))
        {
            return false;
        }

        _list.Add(new KeyValuePair<YScalar, YNode>(key, value));
        return true;
    }

    /// <summary>The entries, in a list of their number.</summary>
    public List<KeyValuePair<YScalar, YNode>> ToList() => new(_list);

    public void Clear()
    {
        _list.Clear();
        _keys = null;
    }

    private bool IsNew(string key)
    {
        if (_keys is null && _list.Count < Searched)
        {
            foreach (var entry in _list)
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
            foreach (var entry in _list)
            {
                _keys.Add(entry.Key.Value);
            }
        }

        return _keys.Add(key);
    }
}
