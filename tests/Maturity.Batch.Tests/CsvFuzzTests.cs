using System;
using System.IO;
using System.Linq;
using System.Text;
using CsCheck;
using Maturity.Batch;
using Maturity.Batch.Rows;
using Maturity.Catalog;
using Maturity.Loading;
using Maturity.Tests;
using Maturity.Tests.Fuzz;

namespace Maturity.Batch.Tests;

/// <summary>Fuzz target for the batch CSV reader and runner: whatever the bytes, reading never throws, every
/// physical line is the header's, a row's or a blank one, and the runner writes exactly one output row per row.</summary>
public sealed class CsvFuzzTests
{
    private static readonly RuleSetCatalog Catalog = new(RuleSetLoader.LoadDirectory(TestPaths.Rules).RuleSets);

    private static readonly string[] Pieces =
    [
        "id", "ID", "ruleset", "core", "naf", "47.11A", "mfa", "digital_plan", "written", "true", "12,5", "-0", "+3",
        ",", ";", ",", "\"", "\"\"", "\n", "\r\n", "\r", " ", "\uFFFD", "\uFEFF", "\0", "é", "a|b", "n/a", "1e308",
    ];

    [Fact]
    [Trait("Category", "Fuzz")]
    public void FuzzTarget_CsvBatchInput_NeverThrows_AccountsForEveryLine_AndKeepsEveryRow()
    {
        var soup = Gen.Int[0, Pieces.Length - 1].Array[0, 80].Select(ix => Encoding.UTF8.GetBytes(string.Concat(ix.Select(i => Pieces[i]))));
        var bytes = Gen.Byte.Array[0, 200];
        var limits = Gen.OneOf(Gen.Const(CsvRowSource.DefaultMaxRowChars), Gen.Int[1, 40]);
        FuzzBudget.Run("csv", Gen.Select(Gen.OneOf(soup, bytes), limits), input => Holds(input.Item1, input.Item2), ciIterations: 3_000);
    }

    private static bool Holds(byte[] input, int maxRowChars)
    {
        using (var source = CsvRowSource.Open(new MemoryStream(input), maxRowChars))
        {
            long rowLines = 0;
            long rows = 0;
            var headerLines = source.LinesRead;
            var blankBefore = source.BlankLines;
            while (source.ReadRow() is { } row)
            {
                if (row.LineCount < 1 || row.Line < 1)
                {
                    return false;
                }

                rows++;
                rowLines += row.LineCount;
            }

            if (headerLines + rowLines + source.BlankLines - blankBefore != PhysicalLines(input) || (source.Header is null && rows > 0))
            {
                return false;
            }
        }

        using var again = CsvRowSource.Open(new MemoryStream(input), maxRowChars);
        var output = new StringWriter();
        var summary = new BatchRunner(Catalog, "f.csv", TextWriter.Null).RunRows(again, new CsvRowSink(output, CsvDialect.ForInputSeparator(again.Separator)), null, null, null);
        var written = output.ToString();
        var outputRows = CountRecords(written);
        return summary.HasHeader ? outputRows == summary.Rows + 1 && summary.Scored + summary.Failed == summary.Rows : written.Length == 0;
    }

    /// <summary>Lines as an editor counts them (\n, \r\n or a lone \r end one), after a leading BOM.</summary>
    private static long PhysicalLines(byte[] input)
    {
        var start = input.Length >= 3 && input[0] == 0xEF && input[1] == 0xBB && input[2] == 0xBF ? 3 : 0;
        long lines = 0;
        for (var i = start; i < input.Length; i++)
        {
            if (input[i] == '\n' || (input[i] == '\r' && (i + 1 == input.Length || input[i + 1] != '\n')))
            {
                lines++;
            }
        }

        var last = input.Length > start ? input[^1] : (byte)'\n';
        return last is (byte)'\n' or (byte)'\r' ? lines : lines + 1;
    }

    /// <summary>Output records: line breaks outside quotes (the sink quotes any value holding one).</summary>
    private static long CountRecords(string csv)
    {
        long records = 0;
        var quoted = false;
        foreach (var c in csv)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == '\n' && !quoted)
            {
                records++;
            }
        }

        return records;
    }
}
