using System;

namespace Maturity.Batch.Rows;

/// <summary>How a row that cannot be read ends without ending the run: a row over the limit is skipped to its line's
/// end, and a quote that never closes ends its row at the quote's line, reading going on after it.</summary>
public sealed partial class CsvRowSource
{
    /// <summary>A row that does not fit the limit (outside quotes): its line is skipped to its end without keeping it.</summary>
    private BatchInputRow TooLong(RowCells cells, int start)
    {
        var end = SkipLine();
        var limit = _maxRowChars;
        cells.Clear();
        return new BatchInputRow(start, end - start + 1, cells, new BatchRowProblem(1, at => BatchMessages.RowTooLong(at, limit)));
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
    private BatchInputRow QuoteNeverClosed(RowCells cells, int start, int quoteLine, int field, int? closedWithin)
    {
        cells.Clear();
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

        return new BatchInputRow(start, quoteLine - start + 1, cells, new BatchRowProblem(field, at => closedWithin is { } limit
            ? BatchMessages.QuoteTooLong(at, quoteLine, field, limit)
            : BatchMessages.QuoteNeverClosed(at, quoteLine, field)));
    }
}
