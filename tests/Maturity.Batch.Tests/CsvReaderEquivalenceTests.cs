using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using CsCheck;
using Maturity.Batch.Rows;
using Maturity.Batch.Tests.Oracles;
using Maturity.Catalog;
using Maturity.Loading;
using Maturity.Tests;
using Maturity.Tests.Fuzz;

namespace Maturity.Batch.Tests;

/// <summary>The batch CSV reader's fast paths (runs of ordinary characters copied at once, cells shared per column,
/// the routing pass skipping unwanted columns) find exactly what the character-by-character state machine finds
/// (<see cref="CharByCharCsvReader"/>): the same separator, header, rows, cells, lines and problems, on inputs
/// built from the pieces that matter to CSV and on inputs larger than the reader's 64 KiB buffer.</summary>
public sealed class CsvReaderEquivalenceTests
{
    private static readonly RuleSetCatalog Catalog = new(RuleSetLoader.LoadDirectory(TestPaths.Rules).RuleSets);

    private static readonly string[] Pieces =
    [
        "id", "naf", "ruleset", "core", "retail", "47.11A", "86.10Z", "mfa", "yes", "  ", "x", "12,5",
        ",", ";", ",", ";", "\"", "\"\"", "\n", "\r\n", "\r", "\uFFFF", "\uFEFF", "é", "n/a",
    ];

    private static readonly Gen<string> Soup = Gen.Int[0, Pieces.Length - 1].Array[0, 60].Select(ix => string.Concat(ix.Select(i => Pieces[i])));

    /// <summary>A header naming the routing columns, then a soup repeated past the reader's buffer.</summary>
    private static readonly Gen<string> Large = Gen.Select(Soup, Gen.Int[1, 4000], Gen.OneOf(Gen.Const("id,naf,ruleset,name\n"), Gen.Const("name;id;x;naf\r\n")))
        .Select((soup, times, header) => header + string.Concat(Enumerable.Repeat(soup, times)));

    private static readonly Gen<int> Limits = Gen.OneOf(Gen.Const(CsvRowSource.DefaultMaxRowChars), Gen.Int[1, 40], Gen.Int[100, 5000]);

    [Fact]
    public void ReadRow_AnyInput_FindsWhatTheCharacterByCharacterReaderFinds()
    {
        FuzzBudget.Run("csv-equivalence", Gen.Select(Gen.OneOf(Soup, Soup, Large), Limits), input => SameRows(input.Item1, input.Item2), ciIterations: 600);
    }

    [Fact]
    public void RuleSetsUsed_AnyInput_FindsWhatEveryCellReadOneByOneFinds()
    {
        var withRouting = Gen.Select(Gen.OneOf(Gen.Const("id,naf\n"), Gen.Const("ruleset;id;naf\n"), Gen.Const("naf\n")), Gen.OneOf(Soup, Large))
            .Select((header, body) => header + body);
        FuzzBudget.Run("csv-routing", Gen.Select(withRouting, Limits), input => SameRouting(input.Item1, input.Item2), ciIterations: 600);
    }

    private static bool SameRows(string text, int maxRowChars)
    {
        var oracle = new CharByCharCsvReader(text, maxRowChars);
        using var source = new CsvRowSource(new StringReader(text), maxRowChars);
        if (source.Separator != oracle.Separator || !SameHeader(source, oracle))
        {
            return false;
        }

        while (true)
        {
            var expected = oracle.ReadRow();
            var actual = source.ReadRow();
            if (expected is null || actual is null)
            {
                return expected is null && actual is null && source.LinesRead == oracle.LinesRead && source.BlankLines == oracle.BlankLines;
            }

            var (line, lineCount, cells, code, field) = expected.Value;
            if (actual.Line != line || actual.LineCount != lineCount || !actual.Cells.SequenceEqual(cells)
                || actual.Problem?.Code != code || (code is not null && actual.Problem!.Field != field)
                || source.LinesRead != oracle.LinesRead || source.BlankLines != oracle.BlankLines)
            {
                return false;
            }
        }
    }

    private static bool SameHeader(CsvRowSource source, CharByCharCsvReader oracle) =>
        oracle.Header is null
            ? source.Header is null
            : source.Header is not null && source.Header.SequenceEqual(oracle.Header)
              && source.HeaderProblem?.Code == oracle.HeaderProblem.Code
              && source.LinesRead == oracle.LinesRead && source.BlankLines == oracle.BlankLines;

    private static bool SameRouting(string text, int maxRowChars)
    {
        using var source = new CsvRowSource(new StringReader(text), maxRowChars);
        var actual = BatchRouting.RuleSetsUsed(Catalog, source);

        var oracle = new CharByCharCsvReader(text, maxRowChars);
        var ruleSetColumn = oracle.Header?.FindIndex(c => c.Equals("ruleset", System.StringComparison.OrdinalIgnoreCase)) ?? -1;
        var nafColumn = oracle.Header?.FindIndex(c => c.Equals("naf", System.StringComparison.OrdinalIgnoreCase)) ?? -1;
        var used = new HashSet<Maturity.Scoring.RuleSet>();
        if (ruleSetColumn < 0 && nafColumn < 0)
        {
            return actual.SequenceEqual(Catalog.Fallback is { } f ? [f] : []);
        }

        while (oracle.ReadRow() is { } row)
        {
            if (BatchRouting.RuleSetFor(Catalog, Cell(row.Cells, ruleSetColumn), Cell(row.Cells, nafColumn)) is { } rs)
            {
                used.Add(rs);
            }
        }

        return actual.SequenceEqual(Catalog.RuleSets.Where(used.Contains));
    }

    private static string Cell(List<string> cells, int column) => column >= 0 && column < cells.Count ? cells[column].Trim() : string.Empty;
}
