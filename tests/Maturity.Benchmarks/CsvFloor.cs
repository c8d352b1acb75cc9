using System;
using System.Diagnostics;
using System.IO;
using System.Text;
using Maturity.Batch.Rows;

namespace Maturity.Benchmarks;

/// <summary>The floor of a batch run: the same input read and written back row by row with the batch's own CSV
/// reader (<see cref="CsvRowSource"/>) and writer (<see cref="CsvRowSink"/>), nothing scored. What a batch
/// costs above it is the scoring; build/batch-benchmark.sh runs it on the same file in the same run.
/// <c>Maturity.Benchmarks csv-floor INPUT OUTPUT</c>.</summary>
internal static class CsvFloor
{
    public static int Run(string input, string output)
    {
        var clock = Stopwatch.StartNew();
        long rows = 0;
        using (var source = CsvRowSource.Open(File.OpenRead(input)))
        using (var writer = new StreamWriter(output, append: false, new UTF8Encoding(false), 1 << 16))
        {
            var sink = new CsvRowSink(writer, CsvDialect.ForInputSeparator(source.Separator));
            sink.WriteHeader(source.Header ?? []);
            while (source.ReadRow() is { } row)
            {
                sink.WriteRow(row.Cells);
                rows++;
            }

            sink.Complete();
        }

        Console.WriteLine(FormattableString.Invariant($"{rows} rows read and written in {clock.Elapsed.TotalSeconds:0.00} s"));
        return 0;
    }
}
