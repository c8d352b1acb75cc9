using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Maturity.Batch.Rows;
using Maturity.Catalog;
using Maturity.Loading;
using Maturity.Tests;

namespace Maturity.Batch.Tests;

/// <summary>The runner writes CSV rows with numbers spelled straight from doubles (whole numbers as integers, recent
/// spellings remembered per thread); any other sink gets the invariant strings. Both must end as the same file.</summary>
public sealed class CsvNumberSpellingTests
{
    private static readonly RuleSetCatalog Catalog = new(RuleSetLoader.LoadDirectory(TestPaths.Rules).RuleSets);

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    public void RunRows_CsvSink_SpellsEveryNumberAsTheSinkSpellsItsInvariantText(string dialectName)
    {
        var dialect = CsvDialect.FromName(dialectName)!;
        var input = Portfolio(seed: 2026, rows: 400);

        var direct = new StringWriter();
        Runner().RunRows(new CsvRowSource(new StringReader(input)), new CsvRowSink(direct, dialect), null, null, null);

        var strings = new CollectingSink();
        Runner().RunRows(new CsvRowSource(new StringReader(input)), strings, null, null, null);
        var viaStrings = new StringWriter();
        var sink = new CsvRowSink(viaStrings, dialect);
        sink.WriteHeader(strings.Header);
        strings.Rows.ForEach(sink.WriteRow);

        strings.Rows.Should().HaveCount(400);
        strings.Rows.SelectMany(r => r).Should().Contain(cell => cell.Contains('.'), "the input must give fractional numbers");
        direct.ToString().Should().Be(viaStrings.ToString());
    }

    private static BatchRunner Runner() => new(Catalog, "firms.csv", TextWriter.Null) { MaxDegreeOfParallelism = 2 };

    /// <summary>Rows mixing the sample firms' answers column by column, so scores take many values.</summary>
    private static string Portfolio(int seed, int rows)
    {
        var sample = File.ReadAllLines(Path.Combine(TestPaths.RepositoryRoot, "samples", "batch", "firms.csv"))
            .Select(l => l.TrimStart('\uFEFF').Split(';')).ToArray();
        var random = new Random(seed);
        var text = new StringBuilder(string.Join(';', sample[0])).Append('\n');
        for (var r = 0; r < rows; r++)
        {
            var cells = new List<string>();
            for (var c = 0; c < sample[0].Length; c++)
            {
                cells.Add(c == 0 ? "F" + r : random.Next(4) == 0 ? string.Empty : sample[1 + random.Next(sample.Length - 1)][c]);
            }

            text.Append(string.Join(';', cells)).Append('\n');
        }

        return text.ToString();
    }

    private sealed class CollectingSink : IBatchRowSink
    {
        public List<string> Header { get; } = [];

        public List<IReadOnlyList<string>> Rows { get; } = [];

        public void WriteHeader(IReadOnlyList<string> columns) => Header.AddRange(columns);

        public void WriteRow(IReadOnlyList<string> values) => Rows.Add(values.ToArray());

        public void Complete()
        {
        }
    }
}
