using System;
using System.Collections.Generic;
using System.Threading;
using Maturity.Answers;
using Maturity.Batch.Rows;
using Maturity.Catalog;
using Maturity.Internal;
using Maturity.Model;
using Maturity.Scoring;

namespace Maturity.Batch;

/// <summary>Which rule set scores a row: the one its <c>ruleset</c> cell names, else the catalog's choice for its NAF
/// code. One rule for the scoring pass and for the first pass that decides the output's dimension columns.</summary>
public static class BatchRouting
{
    /// <summary>The rule set for a row's <c>ruleset</c> and <c>naf</c> cells (trimmed); an invalid NAF code counts as
    /// none (the row is an error anyway, and this keeps the choice the scoring pass makes).</summary>
    /// <param name="catalog">The rule sets.</param>
    /// <param name="ruleSetId">The row's <c>ruleset</c> cell, or empty.</param>
    /// <param name="naf">The row's <c>naf</c> cell, or empty.</param>
    public static RuleSet? RuleSetFor(RuleSetCatalog catalog, string ruleSetId, string naf)
    {
        Guard.NotNull(catalog);

        if (!string.IsNullOrEmpty(ruleSetId))
        {
            return catalog.Find(ruleSetId);
        }

        return catalog.FindByNaf(string.IsNullOrEmpty(naf) || !NafCode.IsValidCode(naf) ? string.Empty : naf);
    }

    /// <summary>The rule sets the rows of <paramref name="source"/> go to, in catalog order: a first pass that reads
    /// only the routing cells and keeps at most one entry per rule set, so memory stays flat. Without a <c>ruleset</c>
    /// or <c>naf</c> column every row goes to the fallback, and nothing is read. Stops early once every rule set is used.</summary>
    /// <param name="catalog">The rule sets.</param>
    /// <param name="source">The input, positioned after its header; read to the end (or until every rule set is used).</param>
    /// <param name="cancellationToken">Stops the pass between rows: on a large workbook it alone takes minutes.</param>
    public static IReadOnlyList<RuleSet> RuleSetsUsed(RuleSetCatalog catalog, IBatchRowSource source, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(catalog);
        Guard.NotNull(source);

        var used = new HashSet<RuleSet>();
        var ruleSetColumn = IndexOf(source.Header, BatchColumns.RuleSet);
        var nafColumn = IndexOf(source.Header, BatchColumns.Naf);
        if (ruleSetColumn < 0 && nafColumn < 0)
        {
            if (catalog.Fallback is { } fallback)
            {
                used.Add(fallback);
            }
        }
        else
        {
            // A CSV source makes strings for the two routing cells only, and shares them between rows: the rule set of
            // each distinct pair of cells is worked out once (bounded, like any cache fed by the input).
            var read = source is CsvRowSource csv ? csv.ColumnsOnly(ruleSetColumn, nafColumn) : source.ReadRow;
            var seen = new Dictionary<(string, string), RuleSet?>();
            while (used.Count < catalog.RuleSets.Count && read() is { } row)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var cells = (Cell(row, ruleSetColumn), Cell(row, nafColumn));
                if (!seen.TryGetValue(cells, out var ruleSet))
                {
                    if (seen.Count >= 4096)
                    {
                        seen.Clear();
                    }

                    ruleSet = RuleSetFor(catalog, cells.Item1, cells.Item2);
                    seen[cells] = ruleSet;
                }

                if (ruleSet is not null)
                {
                    used.Add(ruleSet);
                }
            }
        }

        var inOrder = new List<RuleSet>(used.Count);
        foreach (var rs in catalog.RuleSets)
        {
            if (used.Contains(rs))
            {
                inOrder.Add(rs);
            }
        }

        return inOrder;
    }

    private static int IndexOf(IReadOnlyList<string>? header, string column)
    {
        for (var i = 0; header is not null && i < header.Count; i++)
        {
            if (string.Equals(header[i], column, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    private static string Cell(BatchInputRow row, int column) =>
        column >= 0 && column < row.Cells.Count ? row.Cells[column].Trim() : string.Empty;
}
