using System;
using System.Globalization;
using System.IO;
using System.Threading;
using CsCheck;

namespace Maturity.Tests.Fuzz;

/// <summary>How long a fuzz target runs. CI runs each one briefly (its default); <c>build/fuzz.sh</c> sets
/// <c>MATURITY_FUZZ_ITERATIONS</c> or <c>MATURITY_FUZZ_SECONDS</c> for a long run and reads the executions
/// each target made from <c>MATURITY_FUZZ_REPORT</c>.</summary>
internal static class FuzzBudget
{
    /// <summary>Checks <paramref name="property"/> on generated inputs; fails with the smallest failing input found.</summary>
    public static void Run<T>(string target, Gen<T> gen, Func<T, bool> property, long ciIterations)
    {
        long executions = 0;
        bool Counted(T input)
        {
            Interlocked.Increment(ref executions);
            return property(input);
        }

        var threads = Number("MATURITY_FUZZ_THREADS") is { } t ? (int)t : -1;
        if (Number("MATURITY_FUZZ_SECONDS") is { } seconds)
        {
            gen.Sample(Counted, time: (int)seconds, threads: threads);
        }
        else
        {
            gen.Sample(Counted, iter: Number("MATURITY_FUZZ_ITERATIONS") ?? ciIterations, threads: threads);
        }

        if (Environment.GetEnvironmentVariable("MATURITY_FUZZ_REPORT") is { Length: > 0 } report)
        {
            File.AppendAllText(report, FormattableString.Invariant($"{target}\t{executions}\n"));
        }
    }

    private static long? Number(string variable) =>
        long.TryParse(Environment.GetEnvironmentVariable(variable), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;
}
