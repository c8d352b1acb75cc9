using System;
using System.Globalization;

namespace Maturity.Batch.Rows;

/// <summary>Builds one CSV line of a <see cref="CsvDialect"/> in a reusable character buffer, with the output cell
/// rules (numbers in the dialect's spelling, text protected against formula injection, RFC 4180 quoting). The
/// sink writes its rows through it, and the batch runner's workers format their rows with it, numbers straight
/// from doubles, so a row costs no string per number. One builder per thread.</summary>
internal sealed class CsvLineBuilder
{
    private readonly CsvDialect _dialect;
    private readonly char[] _needsQuotes;
    private char[] _buffer = new char[1024];

    public CsvLineBuilder(CsvDialect dialect)
    {
        _dialect = dialect;
        // ';' is quoted in both dialects (a spreadsheet may split on it whatever the file says); ',' only where it separates.
        _needsQuotes = [dialect.Separator, ';', '"', '\r', '\n'];
    }

    /// <summary>The line built so far (the new line included once <see cref="EndLine"/> is called).</summary>
    public ReadOnlySpan<char> Line => _buffer.AsSpan(0, Length);

    public int Length { get; private set; }

    public void Clear() => Length = 0;

    /// <summary>A text cell; with <paramref name="cellRules"/>, a numeric column's value is spelled in the dialect and any other text is neutralised.</summary>
    public void AddText(int column, string? value, BatchColumnKind kind, bool cellRules)
    {
        Separate(column);
        var v = value ?? string.Empty;
        if (cellRules && v.Length > 0)
        {
            v = kind != BatchColumnKind.Text && OutputCell.TryNumber(v, out _) ? _dialect.FormatNumber(v, kind) : OutputCell.Neutralise(v);
        }

        if (v.IndexOfAny(_needsQuotes) < 0)
        {
            Append(v.AsSpan());
            return;
        }

        Append('"');
        foreach (var c in v)
        {
            if (c == '"')
            {
                Append('"');
            }

            Append(c);
        }

        Append('"');
    }

    /// <summary>A number of a numeric column: the same characters as <see cref="AddText"/> gives its invariant
    /// form (<see cref="OutputCell.Invariant"/>), without making that string; <paramref name="spellings"/>, when
    /// given, remembers what was spelled.</summary>
    public void AddNumber(int column, double value, BatchColumnKind kind, NumberSpellings? spellings = null)
    {
        var magnitude = Math.Abs(value);
        if (kind == BatchColumnKind.Text || !(value == 0 || (magnitude >= OutputCell.SmallestPlain && magnitude < 1e15)))
        {
            // A text column, a tiny value, an exponent form or not a finite number: the string path decides.
            AddText(column, OutputCell.Invariant(value), kind, cellRules: true);
            return;
        }

        Separate(column);
        Span<char> text = stackalloc char[64];
        int written;
        if (value == Math.Floor(value) && !(value == 0 && double.IsNegative(value)))
        {
            // A whole number is its digits in every spelling (the invariant form and the dialect's rounding alike),
            // cheap enough not to take a place among the remembered spellings (a line number never repeats).
            ((long)value).TryFormat(text, out written, default, CultureInfo.InvariantCulture);
            Append(text.Slice(0, written));
            return;
        }

        if (spellings is not null && spellings.TryGet(value, kind, out var known))
        {
            Append(known.AsSpan());
            return;
        }

        written = Spell(value, kind, text);
        Append(text.Slice(0, written));
        spellings?.Add(value, kind, text.Slice(0, written));
    }

    /// <summary>The dialect's spelling of a fractional number in the plain range (no exponent, not tiny).</summary>
    private int Spell(double value, BatchColumnKind kind, Span<char> text)
    {
        int written;
        if (_dialect.DecimalSeparator == '.')
        {
            OutputCell.TryFormatInvariant(value, text, out written);
            return written;
        }

        // As CsvDialect.FormatNumber spells the invariant text, rounded to the dialect's decimals. In this range the
        // invariant text is the shortest round-trip form, which reads back as the value itself: no need to make it.
        Math.Round(value, 6).TryFormat(text, out written, CsvDialect.DecimalFormat(kind), CultureInfo.InvariantCulture);
        if (written == 2 && text[0] == '-' && text[1] == '0')
        {
            text[0] = '0';
            return 1;
        }

        for (var i = 0; i < written; i++)
        {
            if (text[i] == '.')
            {
                text[i] = _dialect.DecimalSeparator;
            }
        }

        return written;
    }

    public void EndLine() => Append(_dialect.NewLine.AsSpan());

    private void Separate(int column)
    {
        if (column > 0)
        {
            Append(_dialect.Separator);
        }
    }

    private void Append(char c)
    {
        if (Length == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        _buffer[Length++] = c;
    }

    private void Append(ReadOnlySpan<char> s)
    {
        if (Length + s.Length > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, Length + s.Length));
        }

        s.CopyTo(_buffer.AsSpan(Length));
        Length += s.Length;
    }
}
