using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Data;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Maturity.Internal;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;

namespace Maturity.Batch.Rows;

/// <summary>Writes result rows to an .xlsx workbook, streaming: typed numeric cells (with a number format per column
/// kind), the header frozen and filtered, readable column widths. MiniExcel pulls rows from an enumerable while the
/// batch pushes them, so the workbook is written on its own thread from a bounded queue: memory stays flat (at most
/// <see cref="QueueCapacity"/> rows wait) and zipping the sheet overlaps with scoring. Dispose it after
/// <see cref="Complete"/>, or instead of it when the run fails (the workbook is then incomplete).</summary>
public sealed class XlsxRowSink : IBatchRowSink, IDisposable
{
    /// <summary>Rows that may wait for the workbook writer before the batch blocks.</summary>
    public const int QueueCapacity = 1024;

    private readonly Stream _output;
    private readonly string _sheetName;
    private readonly BlockingCollection<Dictionary<string, object?>> _queue = new(QueueCapacity);
    private readonly CancellationTokenSource _writerFailed = new();
    private string[] _columns = [];
    private BatchColumnKind[] _kinds = [];
    private OpenXmlConfiguration? _configuration;
    private Task? _writer;

    /// <summary>Creates the sink.</summary>
    /// <param name="output">Where the workbook goes: seekable (the sheet's dimension is written last); not disposed.</param>
    /// <param name="sheetName">The sheet's name.</param>
    public XlsxRowSink(Stream output, string sheetName = "results")
    {
        _output = Guard.NotNull(output);
        _sheetName = sheetName;
    }

    /// <inheritdoc />
    public void WriteHeader(IReadOnlyList<string> columns)
    {
        Guard.NotNull(columns);

        _columns = new string[columns.Count];
        _kinds = new BatchColumnKind[columns.Count];
        var layout = new DynamicExcelColumn[columns.Count];
        for (var i = 0; i < columns.Count; i++)
        {
            _columns[i] = columns[i];
            _kinds[i] = BatchColumns.KindOf(columns[i]);
            layout[i] = new DynamicExcelColumn(columns[i]) { Width = WidthOf(columns[i], _kinds[i]), Format = FormatOf(_kinds[i]) };
        }

        // An empty value is written as a truly empty cell (<c r="B2" s="2"/>, no type, no value): MiniExcel's
        // EnableWriteNullValueCell = false would instead write an empty text cell (t="str" with an empty <v>),
        // which doubled the size of a mostly empty workbook and read back as "" rather than as nothing.
        _configuration = new OpenXmlConfiguration { FreezeRowCount = 1, AutoFilter = true, EnableWriteNullValueCell = true, DynamicColumns = layout };
    }

    /// <inheritdoc />
    public void WriteRow(IReadOnlyList<string> values)
    {
        Guard.NotNull(values);

        if (_configuration is null)
        {
            throw new InvalidOperationException("WriteHeader comes first.");
        }

        var row = new Dictionary<string, object?>(_columns.Length, StringComparer.Ordinal);
        for (var i = 0; i < _columns.Length; i++)
        {
            var text = i < values.Count ? values[i] ?? string.Empty : string.Empty;
            row[_columns[i]] = text.Length == 0 ? null
                : _kinds[i] != BatchColumnKind.Text && OutputCell.TryNumber(text, out var number) ? number
                : OutputCell.Neutralise(text);
        }

        _writer ??= Task.Factory.StartNew(() => Write(_queue.GetConsumingEnumerable()), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            _queue.Add(row, _writerFailed.Token);
        }
        catch (OperationCanceledException)
        {
            Rethrow();
            throw;
        }
    }

    /// <inheritdoc />
    public void Complete()
    {
        if (_configuration is null)
        {
            throw new InvalidOperationException("WriteHeader comes first.");
        }

        _queue.CompleteAdding();
        if (_writer is null)
        {
            // MiniExcel takes the header from the first row; a run without rows still gets its header.
            using var table = new DataTable(_sheetName) { Locale = System.Globalization.CultureInfo.InvariantCulture };
            foreach (var c in _columns)
            {
                table.Columns.Add(c, typeof(string));
            }

            MiniExcel.SaveAs(_output, table, sheetName: _sheetName, excelType: ExcelType.XLSX, configuration: _configuration);
        }
        else
        {
            Rethrow();
        }

        _output.Flush();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (!_queue.IsAddingCompleted)
        {
            _queue.CompleteAdding();
        }

        try
        {
            _writer?.Wait();
        }
        catch (AggregateException)
        {
            // Dispose after a failure: the failure was reported by WriteRow or Complete, or the run failed anyway.
        }

        _queue.Dispose();
        _writerFailed.Dispose();
    }

    /// <summary>A readable width in characters: the header's, or what the column usually holds when that is wider.</summary>
    internal static double WidthOf(string column, BatchColumnKind kind)
    {
        var content = column switch
        {
            "error" => 60,
            "name" or "top_recommendation" or "level_title" or "next_level_title" => 30,
            "hash" => 16,
            "id" or "ruleset" or "level" or "next_level" => 14,
            _ => kind == BatchColumnKind.Text ? 10 : 8,
        };
        return Math.Max(column.Length + 4, content);
    }

    private static string? FormatOf(BatchColumnKind kind) => kind switch
    {
        BatchColumnKind.Count => "0",
        BatchColumnKind.Points => "0.0#",
        BatchColumnKind.Share => "0.0%",
        _ => null,
    };

    private void Write(IEnumerable<Dictionary<string, object?>> rows)
    {
        try
        {
            MiniExcel.SaveAs(_output, rows, sheetName: _sheetName, excelType: ExcelType.XLSX, configuration: _configuration);
        }
        catch
        {
            // Unblock a batch waiting on a full queue; it then sees this exception.
            _writerFailed.Cancel();
            throw;
        }
    }

    private void Rethrow()
    {
        try
        {
            _writer!.Wait();
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count == 1)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex.InnerException!).Throw();
        }
    }
}
