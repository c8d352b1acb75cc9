using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using Maturity.Answers;
using Maturity.Catalog;
using Maturity.Diagnostics;
using Maturity.Model;
using Maturity.Scoring;
using Maturity.Batch.Rows;

namespace Maturity.Batch;

/// <summary>Scores a CSV portfolio row by row, streaming: one output row per input row, a row that
/// cannot be scored keeps its place with its error (docs/batch.md). Memory does not grow with the number
/// of rows. One runner serves one run at a time; the catalog it reads is shared safely.</summary>
public sealed class BatchRunner
{
    private readonly RuleSetCatalog _catalog;
    private readonly string _inputName;
    private readonly TextWriter _diagnostics;
    private readonly List<string> _dimensionIds = [];
    private readonly List<string> _indicatorIds = [];
    private IReadOnlyList<RuleSet>? _ruleSetsUsed;
    private readonly Dictionary<RuleSet, Question?[]> _questionsByColumn = [];
    private readonly Dictionary<RuleSet, RowBinder> _binders = [];
    private string[]? _columnNames;
    private bool[]? _isCompanyColumn;

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

    /// <summary>Reads the input twice: a first pass finds the rule sets its rows go to (<see cref="BatchRouting.RuleSetsUsed"/>),
    /// so the output has only their dimension and indicator columns; the second pass scores, as
    /// <see cref="RunRows(IBatchRowSource, IBatchRowSink, TextWriter?, Action{long}?, Action{AssessmentResult}?)"/>.</summary>
    /// <param name="openSource">Opens the input from its start; called twice, each source is disposed here.</param>
    /// <param name="sink">The result rows.</param>
    /// <param name="jsonOut">Optional JSON Lines output.</param>
    /// <param name="progress">Called after each scored row with the number of rows done.</param>
    /// <param name="onResult">Called with each scored result, in input order; may be null.</param>
    public BatchSummary RunRows(Func<IBatchRowSource> openSource, IBatchRowSink sink, TextWriter? jsonOut, Action<long>? progress, Action<AssessmentResult>? onResult)
    {
        ArgumentNullException.ThrowIfNull(openSource);
        using (var first = openSource())
        {
            _ruleSetsUsed = BatchRouting.RuleSetsUsed(_catalog, first);
        }

        try
        {
            using var source = openSource();
            return RunRows(source, sink, jsonOut, progress, onResult);
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
    /// <param name="progress">Called after each row with the number of rows done.</param>
    /// <param name="onResult">Optional: called with each scored result (e.g. for portfolio analytics), in input order.</param>
    public BatchSummary Run(TextReader input, TextWriter csvOut, TextWriter? jsonOut, Action<long>? progress, Action<AssessmentResult>? onResult = null)
    {
        using var source = new CsvRowSource(input);
        return RunRows(source, new CsvRowSink(csvOut, CsvDialect.ForInputSeparator(source.Separator)), jsonOut, progress, onResult);
    }

    /// <summary>Reads every row of <paramref name="source"/>, writing one result row to <paramref name="sink"/>
    /// (and optionally one JSON line) per input row. An input without a header writes nothing
    /// (<see cref="BatchSummary.HasHeader"/> is false).</summary>
    /// <param name="source">The input rows.</param>
    /// <param name="sink">The result rows.</param>
    /// <param name="jsonOut">Optional JSON Lines output.</param>
    /// <param name="progress">Called after each row with the number of rows done.</param>
    /// <param name="onResult">Called with each scored result (e.g. for portfolio analytics), in input order; may be null.</param>
    public BatchSummary RunRows(IBatchRowSource source, IBatchRowSink sink, TextWriter? jsonOut, Action<long>? progress, Action<AssessmentResult>? onResult)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(sink);
        var summary = new BatchSummary();
        if (source.Header is not { } header)
        {
            Report(BatchMessages.EmptyInput(new SourceLocation(_inputName, 1, 1)));
            summary.Lines = source.LinesRead;
            summary.BlankLines = source.BlankLines;
            return summary;
        }

        summary.HasHeader = true;
        summary.HeaderLines = source.LinesRead;
        var blankBeforeHeader = source.BlankLines;
        ColumnsOf(_ruleSetsUsed ?? _catalog.RuleSets);
        var columns = new List<string>(BatchColumns.Output);
        foreach (var d in _dimensionIds)
        {
            columns.Add(BatchColumns.DimensionPrefix + d);
        }

        foreach (var id in _indicatorIds)
        {
            columns.Add(BatchColumns.IndicatorPrefix + id);
        }

        sink.WriteHeader(columns);

        // Column roles and column→question maps belong to this input's header, not to the runner.
        _questionsByColumn.Clear();
        _binders.Clear();
        var headerIndex = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        _columnNames = new string[header.Count];
        _isCompanyColumn = new bool[header.Count];
        var headerError = source.HeaderProblem is { } hp ? BatchMessages.HeaderUnreadable(hp.Code, At(1, hp.Field), Describe(hp, 1)) : null;
        for (var i = 0; i < header.Count; i++)
        {
            _columnNames[i] = header[i];
            _isCompanyColumn[i] = IsCompanyColumn(_columnNames[i]);
            if (headerIndex.TryGetValue(_columnNames[i], out var first))
            {
                headerError ??= BatchMessages.SameColumnName(At(1, i + 1), first + 1, header[first], i + 1, header[i]);
                continue;
            }

            headerIndex[_columnNames[i]] = i;
        }

        if (headerError is not null)
        {
            Report(headerError);
        }
        else if (!headerIndex.ContainsKey(BatchColumns.Id))
        {
            Report(BatchMessages.NoIdColumn(new SourceLocation(_inputName, 1, 1)));
        }

        var cells = new string[header.Count];
        var values = new string[columns.Count];
        while (source.ReadRow() is { } row)
        {
            summary.Rows++;
            summary.RowLines += row.LineCount;
            var line = row.Line;
            CopyCells(row, cells);
            var outcome = headerError is not null
                ? new RowOutcome(null, [BatchMessages.HeaderInvalid(headerError, At(line, 1))], null)
                : ScoreRow(row, header, headerIndex, cells, line);
            Array.Clear(values);
            Fill(values, columns, "line", line.ToString(CultureInfo.InvariantCulture));
            Fill(values, columns, "id", Cell(cells, headerIndex, BatchColumns.Id));
            Fill(values, columns, "name", Cell(cells, headerIndex, BatchColumns.Name));
            Fill(values, columns, "naf", Cell(cells, headerIndex, BatchColumns.Naf));
            Fill(values, columns, "territory", Cell(cells, headerIndex, BatchColumns.Territory));
            Fill(values, columns, "employees", Cell(cells, headerIndex, BatchColumns.Employees));
            Fill(values, columns, "ruleset", outcome.RuleSet?.Id ?? string.Empty);
            Fill(values, columns, "version", outcome.RuleSet?.Version ?? string.Empty);
            if (outcome.Result is { } r)
            {
                summary.Scored++;
                onResult?.Invoke(r);
                Fill(values, columns, "status", "ok");
                FillResult(values, columns, r);
            }
            else
            {
                Fill(values, columns, "status", "error");
                Fill(values, columns, "error", ErrorText(outcome.Errors!, Language == "fr" ? CultureInfo.GetCultureInfo("fr-FR") : null));
            }

            for (var c = 0; c < values.Length; c++)
            {
                values[c] ??= string.Empty;
            }

            sink.WriteRow(values);
            if (jsonOut is not null)
            {
                WriteJsonLine(jsonOut, line, Cell(cells, headerIndex, BatchColumns.Id), outcome);
            }

            progress?.Invoke(summary.Rows);
        }

        sink.Complete();
        jsonOut?.Flush();
        summary.Lines = source.LinesRead;
        summary.BlankLines = source.BlankLines - blankBeforeHeader;
        return summary;
    }

    private static void CopyCells(BatchInputRow row, string[] cells)
    {
        Array.Clear(cells, 0, cells.Length);
        var count = Math.Min(row.Cells.Count, cells.Length);
        for (var i = 0; i < count; i++)
        {
            // Most cells of a multi-sector portfolio are empty: keep one empty string for them.
            var cell = row.Cells[i];
            cells[i] = string.IsNullOrWhiteSpace(cell) ? string.Empty : cell;
        }
    }

    private RowOutcome ScoreRow(BatchInputRow row, IReadOnlyList<string> header, Dictionary<string, int> index, string[] cells, int line)
    {
        var errors = new List<Diagnostic>();
        if (row.Problem is { } unreadable)
        {
            errors.Add(Describe(unreadable, line));
            return Fail(errors, null);
        }

        if (row.Cells.Count > header.Count)
        {
            errors.Add(ExtraFields(At(line, header.Count + 1), row.Cells, header.Count));
            return Fail(errors, null);
        }

        if (row.Cells.Count < header.Count)
        {
            errors.Add(BatchMessages.FewerFields(At(line, 1), row.Cells.Count, header.Count));
            return Fail(errors, null);
        }

        var id = Cell(cells, index, BatchColumns.Id).Trim();
        if (id.Length == 0)
        {
            errors.Add(CompanyFields.EmptyIdProblem(At(line, Field(index, BatchColumns.Id)), BatchColumns.Id));
        }

        var naf = Cell(cells, index, BatchColumns.Naf).Trim();
        if (naf.Length > 0 && CompanyFields.NafProblem(naf, At(line, Field(index, BatchColumns.Naf)), BatchColumns.Naf) is { } nafProblem)
        {
            errors.Add(nafProblem);
            naf = string.Empty;
        }

        int? employees = null;
        var employeesText = Cell(cells, index, BatchColumns.Employees).Trim();
        if (employeesText.Length > 0)
        {
            if (int.TryParse(employeesText, NumberStyles.None, CultureInfo.InvariantCulture, out var e))
            {
                employees = e;
            }
            else
            {
                errors.Add(BatchMessages.EmployeesNotWhole(At(line, Field(index, BatchColumns.Employees)), employeesText));
            }
        }

        DateTime? date = null;
        var dateText = Cell(cells, index, BatchColumns.Date).Trim();
        if (dateText.Length > 0)
        {
            if (CompanyFields.TryParseDate(dateText, out var d))
            {
                date = d;
            }
            else
            {
                errors.Add(CompanyFields.DateProblem(dateText, At(line, Field(index, BatchColumns.Date)), BatchColumns.Date));
            }
        }

        var ruleSetId = Cell(cells, index, BatchColumns.RuleSet).Trim();
        var ruleSet = BatchRouting.RuleSetFor(_catalog, ruleSetId, naf);
        if (ruleSet is null)
        {
            errors.Add(_catalog.NoRuleSetProblem(NullIfEmpty(ruleSetId), naf, At(line, Field(index, ruleSetId.Length > 0 ? BatchColumns.RuleSet : BatchColumns.Naf))));
        }

        if (ruleSet is null)
        {
            return Fail(errors, ruleSet);
        }

        // Fast path: cells straight into the rule set's pre-bound vector. A row that needs a diagnostic, or
        // whose answers turn out invalid, is read again through an answer sheet below, which reports it.
        var company = new CompanyInfo(id.Length > 0 ? id : "?", NullIfEmpty(Cell(cells, index, BatchColumns.Name)), naf.Length > 0 ? naf : null, employees, NullIfEmpty(Cell(cells, index, BatchColumns.Territory)), date);
        if (errors.Count == 0 && Binder(ruleSet).TryFill(cells))
        {
            try
            {
                return new RowOutcome(ruleSet.Assess(Binder(ruleSet).Vector, company), null, ruleSet);
            }
            catch (DiagnosticsException)
            {
                // Reported with the cells' positions by the answer-sheet path.
            }
        }

        // Company problems do not stop the answers from being checked: the row reports everything at once.
        var builder = AnswerSheet.For(company);
        var questions = QuestionsByColumn(ruleSet, header);
        for (var i = 0; i < header.Count; i++)
        {
            if (_isCompanyColumn![i] || cells[i].Length == 0)
            {
                continue;
            }

            var column = _columnNames![i];
            var at = new SourceLocation(_inputName, line, i + 1);
            if (questions[i] is not { } question)
            {
                errors.Add(BatchMessages.ColumnNotAQuestion(at, column, ruleSet.Id));
                continue;
            }

            if (AnswerCell.TryParse(question, cells[i], at, out var answer, out var problem))
            {
                builder.Set(column, answer!.At(at));
            }
            else if (problem is not null)
            {
                errors.Add(problem);
            }
        }

        if (errors.Count > 0)
        {
            return Fail(errors, ruleSet);
        }

        try
        {
            // Strict: an invalid answer throws with every problem; valid rows (the common case) are scored in one pass.
            return new RowOutcome(ruleSet.Assess(builder.Build()), null, ruleSet);
        }
        catch (DiagnosticsException ex)
        {
            errors.AddRange(ex.Diagnostics);
            return Fail(errors, ruleSet);
        }
    }

    private RowOutcome Fail(List<Diagnostic> errors, RuleSet? ruleSet)
    {
        foreach (var e in errors)
        {
            Report(e);
        }

        return new RowOutcome(null, errors, ruleSet);
    }

    /// <summary>A row's errors in one cell, <c>MATnnn: message | MATnnn: message</c>, in <paramref name="culture"/>'s language.</summary>
    private static string ErrorText(IReadOnlyList<Diagnostic> errors, CultureInfo? culture)
    {
        var text = new StringBuilder();
        foreach (var e in errors)
        {
            if (text.Length > 0)
            {
                text.Append(" | ");
            }

            text.Append(e.Code).Append(": ").Append(e.GetMessage(culture));
        }

        return text.ToString();
    }

    // On the tool's stderr: the language of the run.
    private void Report(Diagnostic d) => _diagnostics.WriteLine(d.Describe(CultureInfo.CurrentUICulture));

    private SourceLocation At(int line, int field) => new(_inputName, line, Math.Max(field, 1));

    private Diagnostic Describe(BatchRowProblem problem, int line) =>
        problem.Describe is { } describe ? describe(At(line, problem.Field)) : new Diagnostic(problem.Code, DiagnosticSeverity.Error, problem.Message, At(line, problem.Field));

    private void FillResult(string[] o, List<string> columns, AssessmentResult r)
    {
        Fill(o, columns, "ruleset", r.RuleSetId);
        Fill(o, columns, "version", r.RuleSetVersion);
        Fill(o, columns, "hash", r.RuleSetHash);
        Fill(o, columns, "score", F(r.Score));
        Fill(o, columns, "max_score", F(r.MaxScore));
        Fill(o, columns, "level", r.Level?.Id ?? string.Empty);
        Fill(o, columns, "level_title", r.Level?.Level.Title.Get(Language) ?? string.Empty);
        Fill(o, columns, "coverage", F(r.Coverage));
        Fill(o, columns, "next_level", r.NextLevel?.Id ?? string.Empty);
        Fill(o, columns, "next_level_title", r.NextLevel?.Level.Title.Get(Language) ?? string.Empty);
        Fill(o, columns, "points_missing", r.NextLevel is null ? string.Empty : F(r.NextLevel.PointsMissing));
        Fill(o, columns, "top_recommendation", r.Recommendations.Count > 0 ? r.Recommendations[0].Id : string.Empty);
        Fill(o, columns, "top_gain", r.Recommendations.Count > 0 ? F(r.Recommendations[0].Gain) : string.Empty);
        var first = BatchColumns.Output.Count;
        for (var i = 0; i < _dimensionIds.Count; i++)
        {
            o[first + i] = r.ScoreOf(_dimensionIds[i]) is { } s ? F(s) : string.Empty;
        }

        // Indicator columns follow the dimension columns; a rule set without that indicator leaves its cell empty.
        first += _dimensionIds.Count;
        foreach (var indicator in r.Indicators)
        {
            o[first + _indicatorIds.IndexOf(indicator.Id)] = indicator.Indicator.Kind == IndicatorKind.Boolean ? (indicator.IsTrue ? "true" : "false") : F(indicator.Value);
        }
    }

    /// <summary>Names every field past the header's last column with its value, so the adviser finds the stray
    /// separator: the row is refused rather than scored from values shifted into the wrong columns.</summary>
    private static Diagnostic ExtraFields(SourceLocation at, IReadOnlyList<string> cells, int columns)
    {
        var values = new List<string>(cells.Count - columns);
        for (var i = columns; i < cells.Count; i++)
        {
            values.Add("'" + (cells[i].Length > 40 ? cells[i].Substring(0, 40) + "…" : cells[i]) + "'");
        }

        return BatchMessages.ExtraFields(at, cells.Count, columns, columns + 1, values);
    }

    /// <summary>The dimension and indicator columns: each id of <paramref name="ruleSets"/> once, in their order.</summary>
    private void ColumnsOf(IReadOnlyList<RuleSet> ruleSets)
    {
        _dimensionIds.Clear();
        _indicatorIds.Clear();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var seenIndicators = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rs in ruleSets)
        {
            foreach (var indicator in rs.Indicators)
            {
                if (seenIndicators.Add(indicator.Id))
                {
                    _indicatorIds.Add(indicator.Id);
                }
            }

            foreach (var d in rs.Dimensions)
            {
                if (seen.Add(d.Id))
                {
                    _dimensionIds.Add(d.Id);
                }
            }
        }
    }

    private static void WriteJsonLine(TextWriter jsonOut, int line, string id, RowOutcome outcome)
    {
        using var stream = new MemoryStream();
        using (var w = new System.Text.Json.Utf8JsonWriter(stream))
        {
            if (outcome.Result is { } r)
            {
                AssessmentJson.Write(r, w);
            }
            else
            {
                w.WriteStartObject();
                w.WriteNumber("line", line);
                w.WriteString("id", id);
                w.WriteString("error", ErrorText(outcome.Errors!, null));
                WriteDiagnostics(w, outcome.Errors!);
                w.WriteEndObject();
            }
        }

        jsonOut.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    /// <summary>The row's problems as data: code, English message, position, target and arguments, as <c>lint --format json</c> writes them.</summary>
    private static void WriteDiagnostics(System.Text.Json.Utf8JsonWriter w, IReadOnlyList<Diagnostic> errors)
    {
        w.WriteStartArray("diagnostics");
        foreach (var d in errors)
        {
            w.WriteStartObject();
            w.WriteString("code", d.Code);
            w.WriteString("message", d.Message);
            w.WriteNumber("line", d.Location.Line);
            w.WriteNumber("column", d.Location.Column);
            if (d.Target is not null)
            {
                w.WriteString("target", d.Target);
            }

            if (d.MessageKey is not null)
            {
                w.WriteString("messageKey", d.MessageKey);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void Fill(string[] values, List<string> columns, string column, string value) => values[IndexOf(columns, column)] = value;

    /// <summary>Fixed columns come first and in a known order, so their index is found once per name.</summary>
    private static int IndexOf(List<string> columns, string column)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            if (ReferenceEquals(columns[i], column) || string.Equals(columns[i], column, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new ArgumentException("no column " + column, nameof(column));
    }

    private static string Cell(string[] cells, Dictionary<string, int> index, string column) =>
        index.TryGetValue(column, out var i) && i < cells.Length ? cells[i] ?? string.Empty : string.Empty;

    private static int Field(Dictionary<string, int> index, string column) => index.TryGetValue(column, out var i) ? i + 1 : 1;

    private RowBinder Binder(RuleSet ruleSet)
    {
        if (!_binders.TryGetValue(ruleSet, out var binder))
        {
            binder = new RowBinder(ruleSet, _columnNames!, _isCompanyColumn!);
            _binders[ruleSet] = binder;
        }

        return binder;
    }

    /// <summary>Each column's question in a rule set, resolved once per rule set instead of once per cell.</summary>
    private Question?[] QuestionsByColumn(RuleSet ruleSet, IReadOnlyList<string> header)
    {
        if (!_questionsByColumn.TryGetValue(ruleSet, out var questions))
        {
            questions = new Question?[header.Count];
            for (var i = 0; i < questions.Length; i++)
            {
                questions[i] = _isCompanyColumn![i] ? null : ruleSet.FindQuestion(_columnNames![i]);
            }

            _questionsByColumn[ruleSet] = questions;
        }

        return questions;
    }

    private static bool IsCompanyColumn(string column)
    {
        foreach (var c in BatchColumns.Company)
        {
            if (string.Equals(c, column, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static string? NullIfEmpty(string s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    /// <summary>Results are already rounded to 6 decimals, so the shortest round-trip form is also the shortest exact one.</summary>
    /// <summary>Tiny values would print in exponent form (1E-05), so they take the fixed format.</summary>
    private static string F(double v) => v != 0 && Math.Abs(v) < 1e-4 ? v.ToString("0.######", CultureInfo.InvariantCulture) : v.ToString(CultureInfo.InvariantCulture);

    private sealed class RowOutcome
    {
        public RowOutcome(AssessmentResult? result, IReadOnlyList<Diagnostic>? errors, RuleSet? ruleSet)
        {
            Result = result;
            Errors = errors;
            RuleSet = ruleSet;
        }

        public AssessmentResult? Result { get; }

        /// <summary>Why the row has no result: every problem, structured.</summary>
        public IReadOnlyList<Diagnostic>? Errors { get; }

        public RuleSet? RuleSet { get; }
    }
}
