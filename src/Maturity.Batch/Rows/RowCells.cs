using System;
using System.Collections;
using System.Collections.Generic;

namespace Maturity.Batch.Rows;

/// <summary>A row's cells in a reusable array. A batch job keeps one and the CSV source refills it row after row,
/// so reading a row makes no list; a caller that keeps rows asks the source for a fresh one each time.</summary>
internal sealed class RowCells : IReadOnlyList<string>
{
    private string[] _items;

    /// <param name="capacity">Cells expected (the header's count): a row that has them all is read without growing the list.</param>
    public RowCells(int capacity = 16)
    {
        _items = new string[Math.Max(capacity, 1)];
    }

    public int Count { get; private set; }

    public string this[int index] => (uint)index < (uint)Count ? _items[index] : throw new ArgumentOutOfRangeException(nameof(index));

    public void Clear()
    {
        Array.Clear(_items, 0, Count);
        Count = 0;
    }

    public void Add(string cell)
    {
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        _items[Count++] = cell;
    }

    /// <summary>Copies the first <paramref name="count"/> cells to <paramref name="destination"/>.</summary>
    public void CopyTo(string[] destination, int count) => Array.Copy(_items, destination, count);

    public IEnumerator<string> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return _items[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
