using System;
using System.Diagnostics;
using nietras.SeparatedValues;

namespace Maturity.Benchmarks;

/// <summary>The floor the issue asks for: the same input read and written back by Sep, the fastest .NET CSV library
/// (SIMD parsing, no per-cell string), nothing scored. No batch reader can beat it: what a batch costs above it is
/// the batch's own reading, scoring and writing. <c>Maturity.Benchmarks sep-floor INPUT OUTPUT</c>.</summary>
internal static class SepFloor
{
    public static int Run(string input, string output)
    {
        var clock = Stopwatch.StartNew();
        long rows = 0;
        using (var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(input))
        using (var writer = reader.Spec.Writer().ToFile(output))
        {
            foreach (var row in reader)
            {
                using var copy = writer.NewRow(row);
                rows++;
            }
        }

        Console.WriteLine(FormattableString.Invariant($"{rows} rows read and written in {clock.Elapsed.TotalSeconds:0.00} s"));
        return 0;
    }
}
