using System;
using System.IO;

namespace Maturity.Cli.Tests;

/// <summary>Runs the command in-process with captured output. Paths given to it are absolute:
/// the process's current directory is never changed.</summary>
internal static class Cli
{
    public static CliResult Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = MaturityCommand.Run(args, stdout, stderr);
        return new CliResult(exit, stdout.ToString(), stderr.ToString());
    }
}

internal sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    public override string ToString() => "exit " + ExitCode + Environment.NewLine + "--- stdout" + Environment.NewLine + Stdout + "--- stderr" + Environment.NewLine + Stderr;
}

/// <summary>Repository folders, found by walking up from the test output to Maturity.sln.</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Rules => Path.Combine(Root, "rules");

    public static string CoreRules => Path.Combine(Root, "rules", "core.yaml");

    public static string Samples => Path.Combine(Root, "samples");

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

/// <summary>A private temporary folder per test, deleted on dispose; tests may run in parallel.</summary>
internal sealed class TempDir : IDisposable
{
    public TempDir()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "maturity-cli-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Write(string name, string content)
    {
        var file = System.IO.Path.Combine(Path, name);
        File.WriteAllText(file, content.ReplaceLineEndings("\n"));
        return file;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp folder is harmless.
        }
    }
}
