using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using Maturity.Diagnostics;
using Maturity.Internal;

namespace Maturity.Batch.Rows;

/// <summary>Reads a CSV file (RFC 4180, ',' or ';' detected from the header) row by row with bounded memory.
/// Hand-written rather than a CSV library because bad input must not end the run: a row longer than the limit
/// or a quote that never closes becomes an error row for that row only and reading goes on at the next line,
/// and every physical line is accounted for.</summary>
public sealed partial class CsvRowSource : IBatchRowSource
{
    /// <summary>Longest accepted row (and so field), in characters: 1 MiB.</summary>
    public const int DefaultMaxRowChars = 1 << 20;

    /// <summary>What the decoder puts for a byte that is not UTF-8: a noncharacter no text holds, so a real
    /// U+FFFD (the replacement character, valid text) is not taken for a decoding error.</summary>
    internal const char InvalidByteMark = '\uFFFF';

    private readonly TextReader _reader;
    private readonly CsvCharReader _chars;
    private readonly bool _ownsReader;
    private readonly int _maxRowChars;
    private readonly StringBuilder _raw = new();
    private readonly RecordFields _fields = new();
    private int _line = 1;

    /// <summary>Where a run of ordinary characters ends inside quotes.</summary>
    private static readonly SearchValues<char> QuotedStops = SearchValues.Create(['"', '\r', '\n', InvalidByteMark]);

    /// <summary>Where skipping the unwanted rest of a row stops (<see cref="ColumnsOnly"/>).</summary>
    private static readonly SearchValues<char> SkipStops = SearchValues.Create(['"', '\r', '\n']);

    /// <summary>Reads CSV text.</summary>
    /// <param name="reader">The text; disposed with this source when <paramref name="ownsReader"/> is true.</param>
    /// <param name="maxRowChars">Longest accepted row, in characters.</param>
    /// <param name="ownsReader">Whether disposing this source disposes the reader.</param>
    public CsvRowSource(TextReader reader, int maxRowChars = DefaultMaxRowChars, bool ownsReader = false)
    {
        _reader = Guard.NotNull(reader);
        if (maxRowChars < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxRowChars), "The row limit must be positive.");
        }

        _maxRowChars = maxRowChars;
        _ownsReader = ownsReader;
        _chars = new CsvCharReader(reader);
        Separator = _chars.DetectSeparator();
        ReadHeader();
    }

    /// <summary>Reads a UTF-8 CSV stream (a BOM is accepted). Bytes that are not UTF-8 make their row an error row (MAT002).</summary>
    public static CsvRowSource Open(Stream stream, int maxRowChars = DefaultMaxRowChars)
    {
        var utf8 = (Encoding)new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).Clone();
        utf8.DecoderFallback = new DecoderReplacementFallback(InvalidByteMark.ToString());
        return new CsvRowSource(new StreamReader(stream, utf8, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16), maxRowChars, ownsReader: true);
    }

    /// <summary>The separator found in the header: ';' when it has more of them than ',', else ','.</summary>
    public char Separator { get; }

    /// <inheritdoc />
    public IReadOnlyList<string>? Header { get; private set; }

    /// <inheritdoc />
    public BatchRowProblem? HeaderProblem { get; private set; }

    /// <inheritdoc />
    public long LinesRead { get; private set; }

    /// <inheritdoc />
    public long BlankLines { get; private set; }

    /// <inheritdoc />
    public BatchInputRow? ReadRow() => ReadRow(new RowCells(Header?.Count ?? 16));

    /// <summary>The next row, its cells written into <paramref name="cells"/> (cleared first), which the row then holds:
    /// the batch runner reuses one per pipeline job, so reading makes no list per row.</summary>
    internal BatchInputRow? ReadRow(RowCells cells)
    {
        while (true)
        {
            // An empty line, or one of separators and spaces only (;;;; : what Excel saves for a formatted empty
            // row), holds no firm: it is a blank line, not an error row.
            var row = ReadRecord(cells);
            if (row is null || row.Problem is not null || _fields.NonBlank)
            {
                return row;
            }

            BlankLines += row.LineCount;
        }
    }

    /// <summary>A reader of the rows that makes strings for <paramref name="columns"/> only (every other cell reads as
    /// empty, rows and lines are found as ever), into one reused list: what the routing pass needs, at the cost of a scan.</summary>
    internal Func<BatchInputRow?> ColumnsOnly(params int[] columns)
    {
        _fields.KeepOnly(columns, Header?.Count ?? 0);
        var cells = new RowCells();
        return () => ReadRow(cells);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_ownsReader)
        {
            _reader.Dispose();
        }
    }

    private void ReadHeader()
    {
        var header = ReadRow();
        if (header is null)
        {
            return;
        }

        var names = new string[header.Cells.Count];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = header.Cells[i].Trim();
        }

        Header = names;
        HeaderProblem = header.Problem;
    }

    /// <summary>One record into <paramref name="cells"/>: its cells, or none for a blank line; null at the end.
    /// Runs of ordinary characters are copied at once (<see cref="CsvCharReader.Buffered"/>); separators, quotes,
    /// line breaks and undecodable bytes go through the character-by-character rules below, so a quoted cell, a
    /// limit reached mid-run and a row cut at an unclosed quote behave exactly as if every character went through them.</summary>
    private BatchInputRow? ReadRecord(RowCells cells)
    {
        if (_chars.Peek() < 0)
        {
            return null;
        }

        var start = _line;
        cells.Clear();
        _fields.StartRecord();
        var count = 0;
        var inQuotes = false;
        var fieldStart = true;
        var quoteLine = 0;
        var quoteField = 0;
        var invalidField = 0;
        var separator = Separator;
        while (true)
        {
            var buffered = _chars.Buffered();
            if (inQuotes)
            {
                var run = buffered.IndexOfAny(QuotedStops);
                run = Math.Min(run < 0 ? buffered.Length : run, _maxRowChars - count);
                if (run > 0)
                {
                    var text = buffered.Slice(0, run);
                    _fields.Append(text);
                    _raw.Append(text);
                    count += run;
                    _chars.Advance(run);
                    continue;
                }
            }
            else if (_fields.PastLastKept(cells.Count) && buffered.Length > 0)
            {
                // Past the last column wanted, in a row already known not to be blank: only the end of the record
                // matters, so the rest of the line is skipped at vector speed up to a quote or a line break, and the
                // rules below take over there with the field state they would have had.
                var stop = buffered.IndexOfAny(SkipStops);
                var run = Math.Min(stop < 0 ? buffered.Length : stop, _maxRowChars - count);
                if (run > 0)
                {
                    var lastSeparator = buffered.Slice(0, run).LastIndexOf(separator);
                    if (lastSeparator >= 0)
                    {
                        _fields.Forget();
                    }

                    fieldStart = lastSeparator == run - 1;
                    count += run;
                    _chars.Advance(run);
                    continue;
                }
            }
            else if (buffered.Length > 0)
            {
                // Most cells are short or empty: a scalar scan that takes separators in stride beats a vectorised
                // search restarted at every cell.
                var run = buffered.Slice(0, Math.Min(buffered.Length, _maxRowChars - count));
                var i = 0;
                var from = 0;
                for (; i < run.Length; i++)
                {
                    var next = run[i];
                    if (next == separator)
                    {
                        // A field begun in this run is read from the buffer itself, without a copy.
                        var text = run.Slice(from, i - from);
                        string cell;
                        if (_fields.Length == 0)
                        {
                            cell = _fields.Cell(cells.Count, text);
                        }
                        else
                        {
                            _fields.Append(text);
                            cell = _fields.Take(cells.Count);
                        }

                        cells.Add(cell);
                        from = i + 1;
                        if (_fields.PastLastKept(cells.Count))
                        {
                            i++;
                            break;
                        }
                    }
                    else if (next is '"' or '\r' or '\n' or InvalidByteMark)
                    {
                        break;
                    }
                }

                if (i > 0)
                {
                    // What follows the last separator is the start of the next field.
                    fieldStart = i == from;
                    _fields.Append(run.Slice(from, i - from));
                    count += i;
                    _chars.Advance(i);
                    continue;
                }
            }

            var ch = _chars.Read();
            if (ch < 0)
            {
                if (inQuotes)
                {
                    return QuoteNeverClosed(cells, start, quoteLine, quoteField, closedWithin: null);
                }

                return EndRecord(cells, start, _line, invalidField);
            }

            var c = (char)ch;
            if (inQuotes)
            {
                _raw.Append(c);
            }

            if (!inQuotes && c is '\r' or '\n')
            {
                if (c == '\r' && _chars.Peek() == '\n')
                {
                    _chars.Read();
                }

                _line++;
                if (cells.Count == 0 && _fields.Length == 0 && count == 0)
                {
                    LinesRead = _line - 1;
                    return new BatchInputRow(start, 1, cells);
                }

                return EndRecord(cells, start, _line - 1, invalidField);
            }

            if (++count > _maxRowChars)
            {
                return inQuotes
                    ? QuoteNeverClosed(cells, start, quoteLine, quoteField, closedWithin: _maxRowChars)
                    : TooLong(cells, start);
            }

            if (c == InvalidByteMark && invalidField == 0)
            {
                invalidField = cells.Count + 1;
            }

            if (inQuotes)
            {
                if (c == '"')
                {
                    if (_chars.Peek() == '"')
                    {
                        _raw.Append((char)_chars.Read());
                        count++;
                        _fields.Append('"');
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else
                {
                    if (c == '\n' || (c == '\r' && _chars.Peek() != '\n'))
                    {
                        _line++;
                    }

                    _fields.Append(c);
                }

                continue;
            }

            if (c == Separator)
            {
                cells.Add(_fields.Take(cells.Count));
                fieldStart = true;
                continue;
            }

            if (c == '"' && fieldStart && _fields.Length == 0)
            {
                inQuotes = true;
                quoteLine = _line;
                quoteField = cells.Count + 1;
                _raw.Clear();
                continue;
            }

            fieldStart = false;
            _fields.Append(c);
        }
    }

    private BatchInputRow EndRecord(RowCells cells, int start, int end, int invalidField)
    {
        cells.Add(_fields.Take(cells.Count));
        LinesRead = end;
        var problem = invalidField > 0
            ? new BatchRowProblem(invalidField, BatchMessages.InvalidUtf8)
            : null;
        return new BatchInputRow(start, end - start + 1, cells, problem);
    }
}
