using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Xml;
using Maturity.Diagnostics;
using Maturity.Internal;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace Maturity.Batch.Rows;

/// <summary>Reads the rows of one sheet of an .xlsx workbook, streaming (MiniExcel reads the sheet XML forward and
/// keeps large shared-string tables on disk), as the CSV source does: the first non-empty row is the header, a row of
/// empty cells is a blank line, and a row's "line" is its row number in Excel, so diagnostics point at what the
/// adviser sees. Cells come back as the text a CSV export would hold: numbers in invariant form, booleans as
/// <c>true</c>/<c>false</c>, dates as <c>yyyy-MM-dd</c>.</summary>
public sealed class XlsxRowSource : IBatchRowSource
{
    private readonly Stream _stream;
    private readonly IEnumerator<object> _rows;
    private readonly string _name;
    private int _row;

    private XlsxRowSource(Stream stream, IEnumerator<object> rows, string name)
    {
        _stream = stream;
        _rows = rows;
        _name = name;
        var header = ReadRow();
        if (header is not null)
        {
            var names = new string[header.Cells.Count];
            for (var i = 0; i < names.Length; i++)
            {
                names[i] = header.Cells[i].Trim();
            }

            Header = names;
        }
    }

    /// <summary>Longest accepted shared string, in characters: the CSV reader's row limit.</summary>
    public const int DefaultMaxCellChars = CsvRowSource.DefaultMaxRowChars;

    /// <summary>The sheet read.</summary>
    public string SheetName { get; private set; } = string.Empty;

    /// <inheritdoc />
    public IReadOnlyList<string>? Header { get; }

    /// <inheritdoc />
    public BatchRowProblem? HeaderProblem => null;

    /// <inheritdoc />
    public long LinesRead => _row;

    /// <inheritdoc />
    public long BlankLines { get; private set; }

    /// <summary>Opens a workbook's first sheet, or the sheet named <paramref name="sheet"/>; throws
    /// <see cref="DiagnosticsException"/> (MAT095) when the file is not a workbook that can be read safely.</summary>
    /// <param name="path">The .xlsx file.</param>
    /// <param name="sheet">A sheet name (case-insensitive), or null for the first sheet.</param>
    public static XlsxRowSource Open(string path, string? sheet)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        try
        {
            return Open(stream, path, sheet, DefaultMaxCellChars);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>Reads a workbook from a seekable stream, which the source owns once opened (the caller keeps it when this throws); see <see cref="Open(string, string?)"/>.</summary>
    /// <param name="stream">The workbook bytes; seekable.</param>
    /// <param name="name">The workbook's name in diagnostics.</param>
    /// <param name="sheet">A sheet name (case-insensitive), or null for the first sheet.</param>
    /// <param name="maxCellChars">Longest accepted shared string, in characters.</param>
    public static XlsxRowSource Open(Stream stream, string name, string? sheet, int maxCellChars)
    {
        Guard.NotNull(stream);

        XlsxWorkbookCheck.Check(stream, name, maxCellChars);
        var chosen = ChooseSheet(stream, name, sheet);
        stream.Position = 0;

        // Rows come back in order with gaps filled (IgnoreEmptyRows = false), so the n-th row is Excel's row n.
        var configuration = new OpenXmlConfiguration { IgnoreEmptyRows = false, FillMergedCells = false, EnableSharedStringCache = true };
        var rows = MiniExcel.Query(stream, useHeaderRow: false, sheetName: chosen, excelType: ExcelType.XLSX, configuration: configuration).GetEnumerator();
        try
        {
            return new XlsxRowSource(stream, rows, name) { SheetName = chosen };
        }
        catch
        {
            rows.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public BatchInputRow? ReadRow()
    {
        while (true)
        {
            if (!MoveNext())
            {
                return null;
            }

            _row++;
            var cells = Cells((IDictionary<string, object?>)_rows.Current, Header?.Count ?? 0);
            if (cells.Length > 0)
            {
                return new BatchInputRow(_row, 1, cells);
            }

            BlankLines++;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _rows.Dispose();
        _stream.Dispose();
    }

    /// <summary>A cell's text as a CSV export would hold it; a date cell (a number with a date format) as <c>yyyy-MM-dd</c>.</summary>
    internal static string Text(object? value) => value switch
    {
        null => string.Empty,
        string s => s,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        DateTime t => t.TimeOfDay == TimeSpan.Zero ? t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : t.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>The row's cells from column A up to its last non-empty one, and at least <paramref name="width"/> (a sheet
    /// has no trailing empty cells to count, unlike a CSV line); none for a row of empty cells.</summary>
    private static string[] Cells(IDictionary<string, object?> row, int width)
    {
        var count = 0;
        var i = 0;
        foreach (var cell in row)
        {
            i++;
            if (Text(cell.Value).Trim().Length > 0)
            {
                count = i;
            }
        }

        if (count == 0)
        {
            return [];
        }

        var cells = new string[Math.Max(count, width)];
        Array.Fill(cells, string.Empty);
        i = 0;
        foreach (var cell in row)
        {
            if (i == count)
            {
                break;
            }

            cells[i++] = Text(cell.Value);
        }

        return cells;
    }

    private static string ChooseSheet(Stream stream, string name, string? sheet)
    {
        List<string> names;
        try
        {
            names = MiniExcel.GetSheetNames(stream);
        }
        catch (Exception ex) when (ex is XmlException or InvalidDataException or InvalidOperationException or KeyNotFoundException or IOException)
        {
            throw XlsxWorkbookCheck.Fail(name, "WorkbookSheetListDamaged", 0, ("reason", ex.Message));
        }

        if (names.Count == 0)
        {
            throw XlsxWorkbookCheck.Fail(name, "WorkbookNoSheet");
        }

        if (sheet is null)
        {
            return names[0];
        }

        foreach (var n in names)
        {
            if (string.Equals(n, sheet, StringComparison.OrdinalIgnoreCase))
            {
                return n;
            }
        }

        throw XlsxWorkbookCheck.Fail(name, "WorkbookSheetNotFound", 0, ("sheet", sheet), ("sheets", names));
    }

    private bool MoveNext()
    {
        try
        {
            return _rows.MoveNext();
        }
        catch (Exception ex) when (ex is XmlException or InvalidDataException or IOException or InvalidOperationException or FormatException or OverflowException)
        {
            // A sheet that stops making sense cannot be resynchronised like a CSV line: the run stops here, saying where.
            throw XlsxWorkbookCheck.Fail(_name, "WorkbookSheetDamaged", _row + 1, ("row", _row + 1), ("reason", ex.Message));
        }
    }
}
