using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Maturity.Answers;
using Maturity.Batch.Rows;
using Maturity.Catalog;
using Maturity.Diagnostics;
using Maturity.Model;
using Maturity.Scoring;

namespace Maturity.Batch;

/// <summary>Scores one input row: checks its company cells, picks its rule set, reads its answer cells and
/// assesses them, or says every reason it cannot. Valid rows take the pre-bound path (cells straight into a
/// per-rule-set <see cref="AnswerVector"/>); a row that needs a diagnostic is read again through an answer
/// sheet, which reports it with each cell's position. One scorer per thread: it keeps that thread's
/// vectors and column maps.</summary>
internal sealed class RowScorer
{
    private readonly RuleSetCatalog _catalog;
    private readonly BatchHeader _header;
    private readonly string _inputName;
    private readonly Dictionary<RuleSet, Question?[]> _questionsByColumn = [];
    private readonly Dictionary<RuleSet, RowBinder> _binders = [];
    private readonly Dictionary<string, NafRoute> _byNaf = new(StringComparer.Ordinal);

    public RowScorer(RuleSetCatalog catalog, BatchHeader header, string inputName)
    {
        _catalog = catalog;
        _header = header;
        _inputName = inputName;
    }

    /// <summary>The outcome of <paramref name="row"/>, whose cells (blank ones as empty strings) are <paramref name="cells"/>.</summary>
    public RowOutcome Score(BatchInputRow row, string[] cells)
    {
        var line = row.Line;
        if (_header.Error is { } headerError)
        {
            // Reported once, at line 1; each row only says why it has no result.
            return new RowOutcome(null, [BatchMessages.HeaderInvalid(headerError, At(line, 1))], null, reported: false);
        }

        var errors = new List<Diagnostic>();
        if (row.Problem is { } unreadable)
        {
            errors.Add(BatchDiagnostics.Describe(unreadable, _inputName, line));
            return Fail(errors, null);
        }

        if (row.Cells.Count > _header.Count)
        {
            errors.Add(ExtraFields(At(line, _header.Count + 1), row.Cells, _header.Count));
            return Fail(errors, null);
        }

        if (row.Cells.Count < _header.Count)
        {
            errors.Add(BatchMessages.FewerFields(At(line, 1), row.Cells.Count, _header.Count));
            return Fail(errors, null);
        }

        var id = _header.Cell(cells, BatchColumns.Id).Trim();
        if (id.Length == 0)
        {
            errors.Add(CompanyFields.EmptyIdProblem(At(line, _header.Field(BatchColumns.Id)), BatchColumns.Id));
        }

        var naf = _header.Cell(cells, BatchColumns.Naf).Trim();
        var byNaf = naf.Length > 0 ? ByNaf(naf) : null;
        if (byNaf is { IsCode: false })
        {
            errors.Add(CompanyFields.NafProblem(naf, At(line, _header.Field(BatchColumns.Naf)), BatchColumns.Naf)!);
            naf = string.Empty;
        }

        int? employees = null;
        var employeesText = _header.Cell(cells, BatchColumns.Employees).Trim();
        if (employeesText.Length > 0)
        {
            if (int.TryParse(employeesText, NumberStyles.None, CultureInfo.InvariantCulture, out var e))
            {
                employees = e;
            }
            else
            {
                errors.Add(BatchMessages.EmployeesNotWhole(At(line, _header.Field(BatchColumns.Employees)), employeesText));
            }
        }

        DateTime? date = null;
        var dateText = _header.Cell(cells, BatchColumns.Date).Trim();
        if (dateText.Length > 0)
        {
            if (CompanyFields.TryParseDate(dateText, out var d))
            {
                date = d;
            }
            else
            {
                errors.Add(CompanyFields.DateProblem(dateText, At(line, _header.Field(BatchColumns.Date)), BatchColumns.Date));
            }
        }

        var ruleSetId = _header.Cell(cells, BatchColumns.RuleSet).Trim();
        var ruleSet = ruleSetId.Length == 0 && byNaf is { IsCode: true } ? byNaf.RuleSet : BatchRouting.RuleSetFor(_catalog, ruleSetId, naf);
        if (ruleSet is null)
        {
            errors.Add(_catalog.NoRuleSetProblem(NullIfEmpty(ruleSetId), naf, At(line, _header.Field(ruleSetId.Length > 0 ? BatchColumns.RuleSet : BatchColumns.Naf))));
            return Fail(errors, null);
        }

        // Fast path: cells straight into the rule set's pre-bound vector. A row that needs a diagnostic, or
        // whose answers turn out invalid, is read again through an answer sheet below, which reports it.
        var company = new CompanyInfo(id.Length > 0 ? id : "?", NullIfEmpty(_header.Cell(cells, BatchColumns.Name)), naf.Length > 0 ? byNaf!.Normalized : null, employees, NullIfEmpty(_header.Cell(cells, BatchColumns.Territory)), date);
        if (errors.Count == 0 && Binder(ruleSet).TryFill(cells))
        {
            try
            {
                return new RowOutcome(ruleSet.Assess(Binder(ruleSet).Vector, company), null, ruleSet, reported: false);
            }
            catch (DiagnosticsException)
            {
                // Reported with the cells' positions by the answer-sheet path.
            }
        }

        // Company problems do not stop the answers from being checked: the row reports everything at once.
        var builder = AnswerSheet.For(company);
        var questions = QuestionsByColumn(ruleSet);
        for (var i = 0; i < _header.Count; i++)
        {
            if (_header.IsCompanyColumn[i] || cells[i].Length == 0)
            {
                continue;
            }

            var column = _header.Names[i];
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
            return new RowOutcome(ruleSet.Assess(builder.Build()), null, ruleSet, reported: false);
        }
        catch (DiagnosticsException ex)
        {
            errors.AddRange(ex.Diagnostics);
            return Fail(errors, ruleSet);
        }
    }

    /// <summary>The failed outcome: every problem, which the runner reports in input order and lists in the error cell.</summary>
    private static RowOutcome Fail(List<Diagnostic> errors, RuleSet? ruleSet) => new(null, errors, ruleSet, reported: true);

    private SourceLocation At(int line, int field) => BatchDiagnostics.At(_inputName, line, field);

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

    private RowBinder Binder(RuleSet ruleSet)
    {
        if (!_binders.TryGetValue(ruleSet, out var binder))
        {
            binder = new RowBinder(ruleSet, _header.Names, _header.IsCompanyColumn);
            _binders[ruleSet] = binder;
        }

        return binder;
    }

    /// <summary>Whether a (trimmed) NAF cell is a code, and the rule set it routes to: worked out once per distinct
    /// cell, since a portfolio repeats a few hundred codes. At most one entry per distinct cell text, and the
    /// cache starts over past the number of NAF subclasses, so cells that are not codes cannot grow it unbounded.</summary>
    private NafRoute ByNaf(string naf)
    {
        if (!_byNaf.TryGetValue(naf, out var route))
        {
            if (_byNaf.Count >= 4096)
            {
                _byNaf.Clear();
            }

            var isCode = NafCode.IsValidCode(naf);
            route = new NafRoute(isCode, isCode ? BatchRouting.RuleSetFor(_catalog, string.Empty, naf) : null, isCode ? NafCode.Normalize(naf) : naf);
            _byNaf[naf] = route;
        }

        return route;
    }

    /// <summary>Each column's question in a rule set, resolved once per rule set instead of once per cell.</summary>
    private Question?[] QuestionsByColumn(RuleSet ruleSet)
    {
        if (!_questionsByColumn.TryGetValue(ruleSet, out var questions))
        {
            questions = new Question?[_header.Count];
            for (var i = 0; i < questions.Length; i++)
            {
                questions[i] = _header.IsCompanyColumn[i] ? null : ruleSet.FindQuestion(_header.Names[i]);
            }

            _questionsByColumn[ruleSet] = questions;
        }

        return questions;
    }

    private static string? NullIfEmpty(string s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

/// <summary>A NAF cell's routing: whether it is a code and, if so, the rule set it goes to without a <c>ruleset</c> cell
/// and its normalised form (what <see cref="CompanyInfo"/> keeps: handing it over already normalised costs no copy per row).</summary>
internal sealed record NafRoute(bool IsCode, RuleSet? RuleSet, string Normalized);

/// <summary>What became of one row: a result, or every problem that kept it from one; the rule set chosen, if any.</summary>
internal sealed class RowOutcome
{
    public RowOutcome(AssessmentResult? result, IReadOnlyList<Diagnostic>? errors, RuleSet? ruleSet, bool reported)
    {
        Result = result;
        Errors = errors;
        RuleSet = ruleSet;
        Reported = reported;
    }

    public AssessmentResult? Result { get; }

    /// <summary>Why the row has no result: every problem, structured.</summary>
    public IReadOnlyList<Diagnostic>? Errors { get; }

    public RuleSet? RuleSet { get; }

    /// <summary>True when <see cref="Errors"/> go to the diagnostics writer (false for the header's problem, reported once).</summary>
    public bool Reported { get; }
}
