using System.Collections.Generic;
using System.Text;

namespace Maturity.Batch.Tests.Oracles;

/// <summary>The batch CSV reader as it was before its fast path: every character through one state machine, read
/// one at a time. Kept as the oracle of <see cref="CsvReaderEquivalenceTests"/>: the reader in the product copies
/// runs of ordinary characters at once and skips unwanted columns, and must find exactly the rows, cells, lines
/// and problems this one finds. A row is (line, line count, cells, problem code, problem field).</summary>
internal sealed class CharByCharCsvReader
{
    private const char InvalidByteMark = '\uFFFF';
    private readonly string _text;
    private int _pos;
    private readonly int _maxRowChars;
    private readonly StringBuilder _field = new();
    private readonly StringBuilder _raw = new();
    private readonly List<string> _cells = [];
    private string _replay = string.Empty;
    private int _replayPos;
    private bool _started;
    private int _line = 1;

    public CharByCharCsvReader(string text, int maxRowChars)
    {
        _text = text;
        _maxRowChars = maxRowChars;
        Separator = DetectSeparator(text);
        var header = ReadRow();
        if (header is not null)
        {
            Header = header.Value.Cells.ConvertAll(c => c.Trim());
            HeaderProblem = (header.Value.Code, header.Value.Field);
        }
    }

    public char Separator { get; }

    public List<string>? Header { get; }

    public (string? Code, int Field) HeaderProblem { get; }

    public long LinesRead { get; private set; }

    public long BlankLines { get; private set; }

    public OracleRow? ReadRow()
    {
        while (true)
        {
            var row = ReadRecord();
            if (row is null || row.Value.Code is not null || row.Value.Cells.Exists(c => !string.IsNullOrWhiteSpace(c)))
            {
                return row;
            }

            BlankLines += row.Value.LineCount;
        }
    }

    private static char DetectSeparator(string text)
    {
        int commas = 0, semicolons = 0;
        var inQuotes = false;
        var content = false;
        var start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        for (var i = start; i < text.Length && i < 1 << 16; i++)
        {
            var c = text[i];
            if (c == '"')
            {
                inQuotes = !inQuotes;
            }
            else if (!inQuotes && (c == '\n' || c == '\r'))
            {
                if (content)
                {
                    break;
                }
            }
            else
            {
                content = true;
                commas += !inQuotes && c == ',' ? 1 : 0;
                semicolons += !inQuotes && c == ';' ? 1 : 0;
            }
        }

        return semicolons > commas ? ';' : ',';
    }

    private int Peek()
    {
        if (_replayPos < _replay.Length)
        {
            return _replay[_replayPos];
        }

        SkipBom();
        return _pos < _text.Length ? _text[_pos] : -1;
    }

    private int Read()
    {
        if (_replayPos < _replay.Length)
        {
            return _replay[_replayPos++];
        }

        SkipBom();
        return _pos < _text.Length ? _text[_pos++] : -1;
    }

    private void SkipBom()
    {
        if (!_started)
        {
            _started = true;
            if (_text.Length > 0 && _text[0] == '\uFEFF')
            {
                _pos = 1;
            }
        }
    }

    private OracleRow? ReadRecord()
    {
        if (Peek() < 0)
        {
            return null;
        }

        var start = _line;
        _cells.Clear();
        _field.Clear();
        var count = 0;
        var inQuotes = false;
        var fieldStart = true;
        var quoteLine = 0;
        var quoteField = 0;
        var invalidField = 0;
        while (true)
        {
            var ch = Read();
            if (ch < 0)
            {
                return inQuotes ? QuoteNeverClosed(start, quoteLine, quoteField) : EndRecord(start, _line, invalidField);
            }

            var c = (char)ch;
            if (inQuotes)
            {
                _raw.Append(c);
            }

            if (!inQuotes && c is '\r' or '\n')
            {
                if (c == '\r' && Peek() == '\n')
                {
                    Read();
                }

                _line++;
                if (_cells.Count == 0 && _field.Length == 0 && count == 0)
                {
                    LinesRead = _line - 1;
                    return new(start, 1, [], null, 0);
                }

                return EndRecord(start, _line - 1, invalidField);
            }

            if (++count > _maxRowChars)
            {
                return inQuotes ? QuoteNeverClosed(start, quoteLine, quoteField) : TooLong(start);
            }

            if (c == InvalidByteMark && invalidField == 0)
            {
                invalidField = _cells.Count + 1;
            }

            if (inQuotes)
            {
                if (c == '"')
                {
                    if (Peek() == '"')
                    {
                        _raw.Append((char)Read());
                        count++;
                        _field.Append('"');
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else
                {
                    if (c == '\n' || (c == '\r' && Peek() != '\n'))
                    {
                        _line++;
                    }

                    _field.Append(c);
                }

                continue;
            }

            if (c == Separator)
            {
                _cells.Add(_field.ToString());
                _field.Clear();
                fieldStart = true;
                continue;
            }

            if (c == '"' && fieldStart && _field.Length == 0)
            {
                inQuotes = true;
                quoteLine = _line;
                quoteField = _cells.Count + 1;
                _raw.Clear();
                continue;
            }

            fieldStart = false;
            _field.Append(c);
        }
    }

    private OracleRow EndRecord(int start, int end, int invalidField)
    {
        _cells.Add(_field.ToString());
        LinesRead = end;
        return new(start, end - start + 1, [.. _cells], invalidField > 0 ? "MAT002" : null, invalidField);
    }

    private OracleRow TooLong(int start)
    {
        var end = SkipLine();
        return new(start, end - start + 1, [], "MAT091", 1);
    }

    private int SkipLine()
    {
        int ch;
        while ((ch = Read()) >= 0 && ch is not '\r' and not '\n')
        {
        }

        if (ch == '\r' && Peek() == '\n')
        {
            Read();
        }

        var end = _line;
        if (ch >= 0)
        {
            _line++;
        }

        LinesRead = end;
        return end;
    }

    private OracleRow QuoteNeverClosed(int start, int quoteLine, int field)
    {
        var raw = _raw.ToString();
        _raw.Clear();
        var at = raw.IndexOfAny(['\r', '\n']);
        if (at < 0)
        {
            _line = quoteLine;
            SkipLine();
        }
        else
        {
            if (raw[at] == '\r' && at + 1 == raw.Length && Peek() == '\n')
            {
                Read();
            }

            var rest = raw.Substring(at + (raw[at] == '\r' && at + 1 < raw.Length && raw[at + 1] == '\n' ? 2 : 1));
            _replay = rest + _replay.Substring(_replayPos);
            _replayPos = 0;
            _line = quoteLine + 1;
            LinesRead = quoteLine;
        }

        return new(start, quoteLine - start + 1, [], "MAT091", field);
    }
}

/// <summary>A row the oracle read: where it is, its cells, and its problem's code and field, if any.</summary>
internal readonly record struct OracleRow(int Line, int LineCount, List<string> Cells, string? Code, int Field);
