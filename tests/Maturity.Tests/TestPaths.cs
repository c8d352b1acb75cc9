using System;
using System.IO;

namespace Maturity.Tests;

/// <summary>Locates repository folders from the test output directory.</summary>
internal static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Rules => Path.Combine(RepositoryRoot, "rules");

    public static string Samples => Path.Combine(RepositoryRoot, "samples");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Maturity.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Maturity.sln not found above " + AppContext.BaseDirectory);
    }
}
