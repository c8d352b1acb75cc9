using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Threading;
using CsCheck;

namespace Maturity.Tests.Fuzz;

/// <summary>How long a fuzz target runs. CI runs each one briefly (its default); <c>build/fuzz.sh</c> sets
/// <c>MATURITY_FUZZ_ITERATIONS</c> or <c>MATURITY_FUZZ_SECONDS</c> for a long run and reads the executions
/// each target made from <c>MATURITY_FUZZ_REPORT</c>.</summary>
/// <remarks>A property that never returns cannot fail, so a watchdog stops the process, naming the input, when one
/// execution runs longer than <see cref="HangLimit"/> (a stuck thread cannot be recovered; the loader fuzz found a
/// hang this way in session 4, only because someone looked at a run that never ended).</remarks>
internal static class FuzzBudget
{
    /// <summary>Far above any input's cost (well under a millisecond), even on a loaded machine.</summary>
    private static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(30);

    /// <summary>Checks <paramref name="property"/> on generated inputs; fails with the smallest failing input found.</summary>
    public static void Run<T>(string target, Gen<T> gen, Func<T, bool> property, long ciIterations)
    {
        long executions = 0;
        var running = new ConcurrentDictionary<int, (T Input, long Started)>();
        bool Counted(T input)
        {
            Interlocked.Increment(ref executions);
            var thread = Environment.CurrentManagedThreadId;
            running[thread] = (input, Stopwatch.GetTimestamp());
            try
            {
                return property(input);
            }
            finally
            {
                running.TryRemove(thread, out _);
            }
        }

        using var watchdog = new System.Threading.Timer(_ => StopOnHang(target, running), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));

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

    private static void StopOnHang<T>(string target, ConcurrentDictionary<int, (T Input, long Started)> running)
    {
        foreach (var entry in running)
        {
            var (input, started) = entry.Value;
            if (Stopwatch.GetElapsedTime(started) > HangLimit)
            {
                Environment.FailFast(FormattableString.Invariant($"fuzz target '{target}': one input has run for over {HangLimit.TotalSeconds} s (a hang):\n{input}"));
            }
        }
    }

    private static long? Number(string variable) =>
        long.TryParse(Environment.GetEnvironmentVariable(variable), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;
}
