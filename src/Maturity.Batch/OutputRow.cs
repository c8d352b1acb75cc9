using System;
using Maturity.Batch.Rows;

namespace Maturity.Batch;

/// <summary>One result row being built: per column a text or a number. Numbers stay doubles until the sink
/// spells them (a CSV line straight from the double, see <see cref="CsvLineBuilder.AddNumber"/>), so a row
/// makes no string per number. Reused row after row.</summary>
internal sealed class OutputRow
{
    private readonly string?[] _text;
    private readonly double[] _number;
    private readonly bool[] _isNumber;

    public OutputRow(int columns)
    {
        _text = new string?[columns];
        _number = new double[columns];
        _isNumber = new bool[columns];
    }

    public void Clear()
    {
        Array.Clear(_text);
        Array.Clear(_isNumber);
    }

    public void Text(int column, string value)
    {
        _text[column] = value;
        _isNumber[column] = false;
    }

    public void Number(int column, double value)
    {
        _number[column] = value;
        _isNumber[column] = true;
    }

    /// <summary>The row as one CSV line (new line included) in <paramref name="line"/>; <paramref name="spellings"/> are the scoring thread's.</summary>
    public void Format(CsvLineBuilder line, BatchColumnKind[] kinds, NumberSpellings spellings)
    {
        line.Clear();
        for (var c = 0; c < _text.Length; c++)
        {
            var kind = c < kinds.Length ? kinds[c] : BatchColumnKind.Text;
            if (_isNumber[c])
            {
                line.AddNumber(c, _number[c], kind, spellings);
            }
            else
            {
                line.AddText(c, _text[c], kind, cellRules: true);
            }
        }

        line.EndLine();
    }

    /// <summary>The row as strings, numbers in their invariant form: what any <see cref="IBatchRowSink"/> takes.</summary>
    public string[] ToStrings()
    {
        var values = new string[_text.Length];
        for (var c = 0; c < values.Length; c++)
        {
            values[c] = _isNumber[c] ? OutputCell.Invariant(_number[c]) : _text[c] ?? string.Empty;
        }

        return values;
    }
}
