using System;
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
public sealed class CsvRowSource : IBatchRowSource
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
    private readonly StringBuilder _field = new();
    private readonly StringBuilder _raw = new();
    private readonly List<string> _cells = [];
    private int _line = 1;

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
    public BatchInputRow? ReadRow()
    {
        while (true)
        {
            var row = ReadRecord();
            if (row is null || row.Problem is not null || !IsBlank(row.Cells))
            {
                return row;
            }

            BlankLines += row.LineCount;
        }
    }

    /// <summary>An empty line, or one of separators and spaces only (<c>;;;;</c>: what Excel saves for a formatted
    /// empty row) holds no firm: it is a blank line, not an error row.</summary>
    private static bool IsBlank(IReadOnlyList<string> cells)
    {
        foreach (var cell in cells)
        {
            if (!string.IsNullOrWhiteSpace(cell))
            {
                return false;
            }
        }

        return true;
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

    /// <summary>One record: its cells, or an empty list for a blank line, or null at the end.</summary>
    private BatchInputRow? ReadRecord()
    {
        if (_chars.Peek() < 0)
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
            var ch = _chars.Read();
            if (ch < 0)
            {
                if (inQuotes)
                {
                    return QuoteNeverClosed(start, quoteLine, quoteField, closedWithin: null);
                }

                return EndRecord(start, _line, invalidField);
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
                if (_cells.Count == 0 && _field.Length == 0 && count == 0)
                {
                    LinesRead = _line - 1;
                    return new BatchInputRow(start, 1, []);
                }

                return EndRecord(start, _line - 1, invalidField);
            }

            if (++count > _maxRowChars)
            {
                return inQuotes
                    ? QuoteNeverClosed(start, quoteLine, quoteField, closedWithin: _maxRowChars)
                    : TooLong(start);
            }

            if (c == InvalidByteMark && invalidField == 0)
            {
                invalidField = _cells.Count + 1;
            }

            if (inQuotes)
            {
                if (c == '"')
                {
                    if (_chars.Peek() == '"')
                    {
                        _raw.Append((char)_chars.Read());
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
                    if (c == '\n' || (c == '\r' && _chars.Peek() != '\n'))
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

    private BatchInputRow EndRecord(int start, int end, int invalidField)
    {
        _cells.Add(_field.ToString());
        LinesRead = end;
        var problem = invalidField > 0
            ? new BatchRowProblem(invalidField, BatchMessages.InvalidUtf8)
            : null;
        return new BatchInputRow(start, end - start + 1, [.. _cells], problem);
    }

    /// <summary>A row that does not fit the limit (outside quotes): its line is skipped to its end without keeping it.</summary>
    private BatchInputRow TooLong(int start)
    {
        var end = SkipLine();
        var limit = _maxRowChars;
        return new BatchInputRow(start, end - start + 1, [], new BatchRowProblem(1, at => BatchMessages.RowTooLong(at, limit)));
    }

    /// <summary>Discards the rest of the current line without keeping it; returns that line's number.</summary>
    private int SkipLine()
    {
        int ch;
        while ((ch = _chars.Read()) >= 0 && ch is not '\r' and not '\n')
        {
        }

        if (ch == '\r' && _chars.Peek() == '\n')
        {
            _chars.Read();
        }

        var end = _line;
        if (ch >= 0)
        {
            _line++;
        }

        LinesRead = end;
        return end;
    }

    /// <summary>A quote that never closes would swallow every following line into one field. The row ends at the
    /// line where the quote opened; reading starts again at the next line with what was read past it.</summary>
    private BatchInputRow QuoteNeverClosed(int start, int quoteLine, int field, int? closedWithin)
    {
        var raw = _raw.ToString();
        _raw.Clear();
        var cut = raw.IndexOfAny(['\r', '\n']);
        if (cut < 0)
        {
            // The quote's line is not over (the limit was reached on it): skip to its end.
            _line = quoteLine;
            SkipLine();
        }
        else
        {
            if (raw[cut] == '\r' && cut + 1 == raw.Length && _chars.Peek() == '\n')
            {
                _chars.Read(); // the '\n' of a "\r\n" that the limit cut in two
            }

            var rest = raw.Substring(cut + (raw[cut] == '\r' && cut + 1 < raw.Length && raw[cut + 1] == '\n' ? 2 : 1));
            _chars.Replay(rest);
            _line = quoteLine + 1;
            LinesRead = quoteLine;
        }

        return new BatchInputRow(start, quoteLine - start + 1, [], new BatchRowProblem(field, at => closedWithin is { } limit
            ? BatchMessages.QuoteTooLong(at, quoteLine, field, limit)
            : BatchMessages.QuoteNeverClosed(at, quoteLine, field)));
    }
}
