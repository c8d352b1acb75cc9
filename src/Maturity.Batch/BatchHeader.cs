using System;
using System.Collections.Generic;
using Maturity.Batch.Rows;
using Maturity.Diagnostics;

namespace Maturity.Batch;

/// <summary>What an input's header says: each column's name and role (company column or question), where each
/// company column is, and why the header cannot be used, if it cannot. Read-only once built, so every scoring
/// thread shares it.</summary>
internal sealed class BatchHeader
{
    public BatchHeader(IReadOnlyList<string> header, BatchRowProblem? problem, string inputName)
    {
        Count = header.Count;
        Names = new string[header.Count];
        IsCompanyColumn = new bool[header.Count];
        Index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        Error = problem is { } hp ? BatchMessages.HeaderUnreadable(hp.Code, BatchDiagnostics.At(inputName, 1, hp.Field), BatchDiagnostics.Describe(hp, inputName, 1)) : null;
        for (var i = 0; i < header.Count; i++)
        {
            Names[i] = header[i];
            IsCompanyColumn[i] = IsCompany(Names[i]);
            if (Index.TryGetValue(Names[i], out var first))
            {
                Error ??= BatchMessages.SameColumnName(BatchDiagnostics.At(inputName, 1, i + 1), first + 1, header[first], i + 1, header[i]);
                continue;
            }

            Index[Names[i]] = i;
        }

        _company = new (string, int)[BatchColumns.Company.Count];
        var k = 0;
        foreach (var column in BatchColumns.Company)
        {
            _company[k++] = (column, Index.TryGetValue(column, out var at) ? at : -1);
        }

        if (Error is null && !Index.ContainsKey(BatchColumns.Id))
        {
            MissingId = BatchMessages.NoIdColumn(new SourceLocation(inputName, 1, 1));
        }
    }

    // The company columns by the instance of their BatchColumns constant: rows ask for them by it, several times each.
    private readonly (string Column, int Index)[] _company;

    public int Count { get; }

    public string[] Names { get; }

    public bool[] IsCompanyColumn { get; }

    /// <summary>Column index by name, case ignored (the first of duplicates).</summary>
    public Dictionary<string, int> Index { get; }

    /// <summary>Why no row can be scored (an unreadable header, duplicate names), or null.</summary>
    public Diagnostic? Error { get; }

    /// <summary>Reported once when there is no <c>id</c> column (every row then fails on its empty id).</summary>
    public Diagnostic? MissingId { get; }

    /// <summary>The cell of company column <paramref name="column"/>, or empty when there is no such column.</summary>
    public string Cell(string[] cells, string column) =>
        IndexOf(column) is var i && i >= 0 && i < cells.Length ? cells[i] ?? string.Empty : string.Empty;

    /// <summary>The 1-based field of <paramref name="column"/>, or 1 when there is no such column.</summary>
    public int Field(string column) => IndexOf(column) is var i && i >= 0 ? i + 1 : 1;

    private int IndexOf(string column)
    {
        foreach (var (name, index) in _company)
        {
            if (ReferenceEquals(name, column))
            {
                return index;
            }
        }

        return Index.TryGetValue(column, out var i) ? i : -1;
    }

    private static bool IsCompany(string column)
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
}
