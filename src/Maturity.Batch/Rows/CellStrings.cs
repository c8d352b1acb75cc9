using System;

namespace Maturity.Batch.Rows;

/// <summary>The strings of a source's cells, shared per column: a portfolio repeats the same few answers ("yes",
/// "3", "partial", a NAF code) row after row, so a cell seen lately in its column costs a lookup instead of a new
/// string. That keeps the rows waiting in the pipeline from filling the garbage collector's younger generations,
/// and lets <see cref="Maturity.Scoring.AnswerVector.TrySetCell"/> recognise a cell it has already read. Each
/// column has a few slots, each overwritten by the last value hashed to it, so a column of unique values (ids,
/// names) only churns its own slots and memory is bounded whatever the input. Not thread-safe.</summary>
internal sealed class CellStrings
{
    private const int SlotsPerColumn = 64;

    /// <summary>Longer cells are free text, hardly ever repeated.</summary>
    private const int MaxCachedLength = 64;

    private string?[] _slots = new string?[64 * SlotsPerColumn];

    /// <summary>The string of <paramref name="cell"/>, the text of column <paramref name="column"/> (0-based).</summary>
    public string Get(int column, ReadOnlySpan<char> cell)
    {
        if (cell.Length == 0)
        {
            return string.Empty;
        }

        if (cell.Length > MaxCachedLength)
        {
            return cell.ToString();
        }

        if ((column + 1) * SlotsPerColumn > _slots.Length)
        {
            Array.Resize(ref _slots, Math.Max(_slots.Length * 2, (column + 1) * SlotsPerColumn));
        }

        var slot = (column * SlotsPerColumn) + (string.GetHashCode(cell) & (SlotsPerColumn - 1));
        if (_slots[slot] is { } known && cell.SequenceEqual(known.AsSpan()))
        {
            return known;
        }

        return _slots[slot] = cell.ToString();
    }
}
