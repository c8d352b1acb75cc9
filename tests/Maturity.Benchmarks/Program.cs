using BenchmarkDotNet.Running;

namespace Maturity.Benchmarks;

/// <summary>Entry point: <c>dotnet run -c Release --project tests/Maturity.Benchmarks -- --filter '*'</c>
/// (add <c>--job short</c> for a quick run). See docs/benchmarks.md. <c>csv-floor INPUT OUTPUT</c> measures
/// the batch's own reader and writer with nothing scored (<see cref="CsvFloor"/>), <c>sep-floor INPUT OUTPUT</c> the same
/// with Sep (<see cref="SepFloor"/>).</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length == 3 && args[0] == "csv-floor")
        {
            return CsvFloor.Run(args[1], args[2]);
        }

        if (args.Length == 3 && args[0] == "sep-floor")
        {
            return SepFloor.Run(args[1], args[2]);
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
