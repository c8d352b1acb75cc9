using BenchmarkDotNet.Running;

namespace Maturity.Benchmarks;

/// <summary>Entry point: <c>dotnet run -c Release --project tests/Maturity.Benchmarks -- --filter '*'</c>
/// (add <c>--job short</c> for a quick run). See docs/benchmarks.md.</summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
