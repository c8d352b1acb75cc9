using System;

namespace Maturity.Batch.Rows;

/// <summary>The cells of the record <see cref="CsvRowSource"/> is reading: the field being read (its characters,
/// when it spans more than one run of the buffer), the finished fields' strings (shared per column by
/// <see cref="CellStrings"/>), whether any cell has content, and which columns the reader wants at all. Bounded by
/// the row limit the source enforces. Not thread-safe.</summary>
internal sealed class RecordFields
{
    private readonly CellStrings _strings = new();
    private char[] _field = new char[256];
    private bool[]? _kept;
    private int _lastKept = -1;

    /// <summary>Characters of the field read so far.</summary>
    public int Length { get; private set; }

    /// <summary>True once a cell of the record holds something other than white space.</summary>
    public bool NonBlank { get; private set; }

    /// <summary>A new record: no field, no content.</summary>
    public void StartRecord()
    {
        Length = 0;
        NonBlank = false;
    }

    /// <summary>From now on, only <paramref name="columns"/> (0-based, of <paramref name="count"/>) get strings; every
    /// other cell reads as empty.</summary>
    public void KeepOnly(int[] columns, int count)
    {
        _kept = new bool[count];
        _lastKept = -1;
        foreach (var c in columns)
        {
            if (c >= 0 && c < count)
            {
                _kept[c] = true;
                _lastKept = Math.Max(_lastKept, c);
            }
        }
    }

    /// <summary>True when the record, known not to be blank, has passed the last column wanted: its rest can be skipped.</summary>
    public bool PastLastKept(int cells) => _kept is not null && NonBlank && cells > _lastKept;

    /// <summary>Forgets the field read so far (a skipped one).</summary>
    public void Forget() => Length = 0;

    public void Append(char c)
    {
        if (Length == _field.Length)
        {
            Array.Resize(ref _field, _field.Length * 2);
        }

        _field[Length++] = c;
    }

    public void Append(ReadOnlySpan<char> text)
    {
        if (Length + text.Length > _field.Length)
        {
            Array.Resize(ref _field, Math.Max(_field.Length * 2, Length + text.Length));
        }

        text.CopyTo(_field.AsSpan(Length));
        Length += text.Length;
    }

    /// <summary>The field read so far as cell number <paramref name="index"/> (0-based), and a fresh field.</summary>
    public string Take(int index)
    {
        var field = _field.AsSpan(0, Length);
        Length = 0;
        return Cell(index, field);
    }

    /// <summary>The string of cell number <paramref name="index"/> (0-based) whose text is <paramref name="text"/>.</summary>
    public string Cell(int index, ReadOnlySpan<char> text)
    {
        NonBlank = NonBlank || !text.IsWhiteSpace();
        return _kept is { } kept && (index >= kept.Length || !kept[index]) ? string.Empty : _strings.Get(index, text);
    }
}
