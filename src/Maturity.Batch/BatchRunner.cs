using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading;
using Maturity.Answers;
using Maturity.Batch.Rows;
using Maturity.Catalog;
using Maturity.Diagnostics;
using Maturity.Internal;
using Maturity.Model;
using Maturity.Output;
using Maturity.Scoring;

namespace Maturity.Batch;

/// <summary>Scores a CSV portfolio streaming, on every core, writing rows in input order: one output row per input row, a row that
/// cannot be scored keeps its place with its error (docs/batch.md). Memory does not grow with the number
/// of rows. One runner serves one run at a time; the catalog it reads is shared safely.</summary>
public sealed class BatchRunner
{
    private readonly RuleSetCatalog _catalog;
    private readonly string _inputName;
    private readonly TextWriter _diagnostics;
    private IReadOnlyList<RuleSet>? _ruleSetsUsed;

    /// <summary>Creates a runner.</summary>
    /// <param name="catalog">Rule sets; each row's is chosen by its <c>ruleset</c> column or NAF code.</param>
    /// <param name="inputName">The input's name in diagnostics (usually its path).</param>
    /// <param name="diagnostics">Where each row's problems are written, in canonical form.</param>
    public BatchRunner(RuleSetCatalog catalog, string inputName, TextWriter diagnostics)
    {
        _catalog = catalog;
        _inputName = inputName;
        _diagnostics = diagnostics;
    }

    /// <summary>The language of the title columns (<c>level_title</c>, <c>next_level_title</c>): <c>en</c> unless set.</summary>
    public string Language { get; init; } = "en";

    /// <summary>How many threads score rows at once: every core unless set (1 scores on one thread). Output order
    /// does not depend on it: rows are written in input order.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Reads the input twice: a first pass finds the rule sets its rows go to (<see cref="BatchRouting.RuleSetsUsed"/>),
    /// so the output has only their dimension and indicator columns; the second pass scores, as
    /// <see cref="RunRows(IBatchRowSource, IBatchRowSink, TextWriter?, IProgress{long}?, Action{AssessmentResult}?, CancellationToken)"/>.</summary>
    /// <param name="openSource">Opens the input from its start; called twice, each source is disposed here.</param>
    /// <param name="sink">The result rows.</param>
    /// <param name="jsonOut">Optional JSON Lines output.</param>
    /// <param name="progress">Told the number of rows done after each row (on the writing thread; use a synchronous
    /// <see cref="IProgress{T}"/>, since <see cref="Progress{T}"/> posts every report).</param>
    /// <param name="onResult">Called with each scored result, in input order; may be null.</param>
    /// <param name="cancellationToken">Stops the run between rows with an <see cref="OperationCanceledException"/>;
    /// the sink then holds a partial result, which the caller discards.</param>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026", Justification = "The two RunRows differ in their first parameter (a source or a way to open one): no call can switch overloads.")]
    public BatchSummary RunRows(Func<IBatchRowSource> openSource, IBatchRowSink sink, TextWriter? jsonOut, IProgress<long>? progress, Action<AssessmentResult>? onResult, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(openSource);
        using (var first = openSource())
        {
            _ruleSetsUsed = BatchRouting.RuleSetsUsed(_catalog, first, cancellationToken);
        }

        try
        {
            using var source = openSource();
            return RunRows(source, sink, jsonOut, progress, onResult, cancellationToken);
        }
        finally
        {
            _ruleSetsUsed = null;
        }
    }

    /// <summary>Reads CSV <paramref name="input"/> to the end, writing one CSV row (and optionally one JSON line) per input row.</summary>
    /// <param name="input">CSV text with a header; ',' or ';' separated.</param>
    /// <param name="csvOut">Output CSV in the input's dialect (<see cref="CsvDialect.ForInputSeparator"/>), with every loaded rule set's dimension columns.</param>
    /// <param name="jsonOut">Optional JSON Lines output.</param>
    /// <param name="progress">Told the number of rows done after each row.</param>
    /// <param name="onResult">Optional: called with each scored result (e.g. for portfolio analytics), in input order.</param>
    /// <param name="cancellationToken">Stops the run between rows with an <see cref="OperationCanceledException"/>.</param>
    public BatchSummary Run(TextReader input, TextWriter csvOut, TextWriter? jsonOut, IProgress<long>? progress, Action<AssessmentResult>? onResult = null, CancellationToken cancellationToken = default)
    {
        using var source = new CsvRowSource(input);
        return RunRows(source, new CsvRowSink(csvOut, CsvDialect.ForInputSeparator(source.Separator)), jsonOut, progress, onResult, cancellationToken);
    }

    /// <summary>Reads every row of <paramref name="source"/>, writing one result row to <paramref name="sink"/>
    /// (and optionally one JSON line) per input row. An input without a header writes nothing
    /// (<see cref="BatchSummary.HasHeader"/> is false).</summary>
    /// <param name="source">The input rows.</param>
    /// <param name="sink">The result rows.</param>
    /// <param name="jsonOut">Optional JSON Lines output.</param>
    /// <param name="progress">Told the number of rows done after each row (on the writing thread).</param>
    /// <param name="onResult">Called with each scored result (e.g. for portfolio analytics), in input order; may be null.</param>
    /// <param name="cancellationToken">Stops the run between rows with an <see cref="OperationCanceledException"/>;
    /// the sink then holds a partial result, which the caller discards.</param>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026", Justification = "The two RunRows differ in their first parameter (a source or a way to open one): no call can switch overloads.")]
    public BatchSummary RunRows(IBatchRowSource source, IBatchRowSink sink, TextWriter? jsonOut, IProgress<long>? progress, Action<AssessmentResult>? onResult, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(source);
        Guard.NotNull(sink);
        var summary = new BatchSummary();
        long done = 0;
        if (source.Header is not { } names)
        {
            Report(BatchMessages.EmptyInput(new SourceLocation(_inputName, 1, 1)));
            summary.Lines = source.LinesRead;
            summary.BlankLines = source.BlankLines;
            return summary;
        }

        summary.HasHeader = true;
        summary.HeaderLines = source.LinesRead;
        var blankBeforeHeader = source.BlankLines;
        var columns = new ResultColumns(_ruleSetsUsed ?? _catalog.RuleSets);
        sink.WriteHeader(columns.Names);
        var header = new BatchHeader(names, source.HeaderProblem, _inputName);
        if ((header.Error ?? header.MissingId) is { } headerProblem)
        {
            Report(headerProblem);
        }

        // A CSV sink gets lines formatted by the scoring threads; any other sink gets strings. A CSV source reads
        // each row into its job's reused list.
        var csv = sink as CsvRowSink;
        var csvSource = source as CsvRowSource;
        var threads = Math.Max(1, MaxDegreeOfParallelism);
        var scorers = new RowScorer[threads];
        var json = new JsonLineWriter?[threads];
        var spellings = new NumberSpellings[threads];
        for (var t = 0; t < threads; t++)
        {
            scorers[t] = new RowScorer(_catalog, header, _inputName);
            spellings[t] = new NumberSpellings();
            json[t] = jsonOut is null ? null : new JsonLineWriter();
        }

        var language = Language;
        try
        {
            Pipeline().Run(cancellationToken);
        }
        finally
        {
            foreach (var writer in json)
            {
                writer?.Dispose();
            }
        }

        sink.Complete();
        jsonOut?.Flush();
        summary.Lines = source.LinesRead;
        summary.BlankLines = source.BlankLines - blankBeforeHeader;
        return summary;

        RowPipeline Pipeline() => new(
            read: job =>
            {
                var row = csvSource is not null ? csvSource.ReadRow(job.InputCells) : source.ReadRow();
                if (row is not null)
                {
                    summary.Rows++;
                    summary.RowLines += row.LineCount;
                }

                return row;
            },
            score: (job, thread) =>
            {
                CopyCells(job.Row, job.Cells);
                job.Outcome = scorers[thread].Score(job.Row, job.Cells);
                columns.Fill(job.Output, job.Row.Line, job.Cells, header, job.Outcome, language);
                if (csv is not null)
                {
                    job.Output.Format(job.Line!, csv.Kinds, spellings[thread]);
                }

                if (json[thread] is { } jsonLine)
                {
                    job.JsonLength = jsonLine.Write(job.Row.Line, header.Cell(job.Cells, BatchColumns.Id), job.Outcome, ref job.Json);
                }
            },
            emit: job =>
            {
                if (job.Outcome is { Reported: true, Errors: { } errors })
                {
                    foreach (var d in errors)
                    {
                        Report(d);
                    }
                }

                if (job.Outcome.Result is { } r)
                {
                    summary.Scored++;
                    onResult?.Invoke(r);
                }

                if (csv is not null)
                {
                    csv.WriteFormatted(job.Line!.Line);
                }
                else
                {
                    sink.WriteRow(job.Output.ToStrings());
                }

                if (jsonOut is not null)
                {
                    jsonOut.Write(job.Json, 0, job.JsonLength);
                    jsonOut.WriteLine();
                }

                progress?.Report(++done);
            },
            threads,
            () => new RowJob(header.Count, columns.Names.Count, csv is null ? null : new CsvLineBuilder(csv.Dialect)));
    }

    private static void CopyCells(BatchInputRow row, string[] cells)
    {
        var count = Math.Min(row.Cells.Count, cells.Length);
        Array.Clear(cells, count, cells.Length - count);
        if (row.Cells is RowCells list)
        {
            list.CopyTo(cells, count);
        }
        else
        {
            for (var i = 0; i < count; i++)
            {
                cells[i] = row.Cells[i];
            }
        }

        for (var i = 0; i < count; i++)
        {
            // Most cells of a multi-sector portfolio are empty: keep one empty string for them.
            if (cells[i].Length > 0 && string.IsNullOrWhiteSpace(cells[i]))
            {
                cells[i] = string.Empty;
            }
        }
    }

    // On the tool's stderr: the language of the run (the calling thread's).
    private void Report(Diagnostic d) => _diagnostics.WriteLine(d.Describe(CultureInfo.CurrentUICulture));
}
