using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace Maturity.Cli.Tests;

/// <summary>Issue 9 at the command line: every hostile input ends in a diagnostic and exit 1 or 2, never in the
/// internal-error exit 3, which stays the last line of defence.</summary>
public sealed class CliReliabilityTests
{
    [Theory]
    [InlineData("lint", "/dev/zero")]
    [InlineData("assess", "-a", "/dev/zero", "-r", "core")]
    [InlineData("explain", "-a", "/dev/zero", "-r", "core")]
    public void DevZero_IsRefusedAsNotARegularFile(params string[] args)
    {
        var r = Cli.Run([.. args.Select(a => a == "core" ? Repo.CoreRules : a), "--lang", "en"]);

        r.ExitCode.Should().Be(1, r.ToString());
        (r.Stdout + r.Stderr).Should().Contain("/dev/zero: error MAT090: not a regular file").And.NotContain("internal error");
    }

    [Fact]
    public void RulesFolder_WithDeviceLinkAndFifo_LoadsTheRest_WithWarnings()
    {
        using var dir = new TempDir();
        var rules = Directory.CreateDirectory(Path.Combine(dir.Path, "rules")).FullName;
        File.Copy(Repo.CoreRules, Path.Combine(rules, "core.yaml"));
        File.CreateSymbolicLink(Path.Combine(rules, "zz.yaml"), "/dev/zero");
        MakeFifo(Path.Combine(rules, "pipe.yaml"));
        var answers = dir.Write("firm.yaml", Answers.CoreFull);

        var r = Cli.Run("assess", "-a", answers, "-r", rules);
        var lint = Cli.Run("lint", rules);

        r.ExitCode.Should().Be(0, r.ToString());
        lint.ExitCode.Should().Be(0, lint.ToString());
        lint.Stdout.Should().Contain("zz.yaml: warning MAT090").And.Contain("pipe.yaml: warning MAT090");
    }

    [Fact]
    public void PortfolioFolder_WithFifoAndDeviceLink_SkipsThemWithAWarning()
    {
        using var dir = new TempDir();
        var portfolio = Directory.CreateDirectory(Path.Combine(dir.Path, "firms")).FullName;
        File.WriteAllText(Path.Combine(portfolio, "a.yaml"), Answers.CoreFull);
        File.CreateSymbolicLink(Path.Combine(portfolio, "zz.yaml"), "/dev/zero");
        MakeFifo(Path.Combine(portfolio, "pipe.yaml"));
        var output = Path.Combine(dir.Path, "p.html");

        var r = Cli.Run("report", "-p", portfolio, "-r", Repo.CoreRules, "-o", output);

        r.ExitCode.Should().Be(0, r.ToString());
        r.Stderr.Should().Contain("zz.yaml: warning MAT090").And.Contain("pipe.yaml: warning MAT090");
        File.Exists(output).Should().BeTrue();
    }

    [Fact]
    public void Report_OutputIsTheAnswersFile_IsRefused_AndTheFileIsUntouched()
    {
        using var dir = new TempDir();
        var answers = dir.Write("firm.yaml", Answers.CoreFull);

        var r = Cli.Run("report", "-a", answers, "-r", Repo.CoreRules, "-o", answers);

        r.ExitCode.Should().Be(2, r.ToString());
        File.ReadAllText(answers).Should().Be(Answers.CoreFull);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("text")]
    public void Assess_FormulaOverflow_IsMAT078_AndNoNaN(string format)
    {
        using var dir = new TempDir();
        Directory.CreateDirectory(Path.Combine(dir.Path, "rules"));
        var rules = dir.Write("rules/t.yaml", """
            ruleset: t
            version: 1.0.0
            title: T
            languages: [en]
            dimensions:
              - id: d
                title: D
                aggregate: formula
                formula: a * a * a * a * a * a * a * a * a * a * a * a * a * a * a * a * a * a * a * a * a * b * 0 + c
                questions:
                  - { id: a, type: number, text: A }
                  - { id: b, type: number, text: B }
                  - { id: c, type: number, text: C }
                  - { id: ok, type: boolean, text: OK }
            """);
        var answers = dir.Write("a.yaml", "ruleset: t\ncompany: { id: c1 }\nanswers: { a: 1000000000000000, b: 1000000000000000, c: 1000000000000000 }\n");

        var lint = Cli.Run("lint", rules);
        var r = Cli.Run("assess", "-a", answers, "-r", rules, "--format", format);

        lint.ExitCode.Should().Be(0, lint.ToString());
        r.ExitCode.Should().Be(1, r.ToString());
        r.Stderr.Should().Contain("error MAT078");
        (r.Stdout + r.Stderr).Should().NotContain("NaN").And.NotContain("Infinity").And.NotContain("internal error");
    }

    [Fact]
    public void Batch_FormulaOverflowOnOneRow_IsThatRowsError_AndTheOthersAreScored()
    {
        using var dir = new TempDir();
        var rules = Directory.CreateDirectory(Path.Combine(dir.Path, "rules")).FullName;
        File.WriteAllText(Path.Combine(rules, "t.yaml"), """
            ruleset: t
            version: 1.0.0
            title: T
            languages: [en]
            dimensions:
              - id: d
                title: D
                aggregate: formula
                formula: a * a * a * a * a * a * a * a * a * a * a * a * a * a * a * a * a * a * a * a * a * b * 0 + c
                questions:
                  - { id: a, type: number, text: A }
                  - { id: b, type: number, text: B }
                  - { id: c, type: number, text: C }
                  - { id: ok, type: boolean, text: OK }
            """);
        var input = dir.Write("f.csv", "id,ruleset,a,b,c\nA,t,1,2,3\nB,t,1000000000000000,1000000000000000,1000000000000000\nC,t,4,5,6\n");
        var output = Path.Combine(dir.Path, "o.csv");
        var json = Path.Combine(dir.Path, "o.jsonl");

        var r = Cli.Run("batch", "-i", input, "-o", output, "--json", json, "-r", rules);

        r.ExitCode.Should().Be(1, r.ToString());
        var rows = File.ReadAllLines(output).Skip(1).ToList();
        rows.Should().HaveCount(3, r.ToString());
        rows[1].Should().Contain(",error,").And.Contain("MAT078");
        rows[0].Should().Contain(",ok,");
        rows[2].Should().Contain(",ok,");
        File.ReadAllLines(json).Should().HaveCount(3);
        File.ReadAllText(output).Should().NotContain("NaN");
    }

    [Fact]
    public void AnswersWithEmptyCompanyId_IsMAT076WithItsLocation()
    {
        using var dir = new TempDir();
        var answers = dir.Write("a.yaml", "company:\n  id: \"\"\nanswers: {}\n");

        var r = Cli.Run("assess", "--lang", "en", "-a", answers, "-r", Repo.CoreRules);

        r.ExitCode.Should().Be(1, r.ToString());
        r.Stderr.Should().Contain("a.yaml(2,7): error MAT076: the company id is empty");
    }

    [Fact]
    public void AnUnexpectedException_IsExit3_WithOneLine_AndTheStackTraceOnlyWithVerbose()
    {
        using var stderr = new StringWriter();
        var exit = MaturityCommand.Run(["lint", "--lang", "en", Repo.CoreRules, "--format", "json"], new ThrowingWriter(), stderr);

        exit.Should().Be(3);
        stderr.ToString().Trim().Split('\n').Should().ContainSingle().Which.Should().Contain("internal error").And.Contain("--verbose");

        using var verbose = new StringWriter();
        MaturityCommand.Run(["lint", "--lang", "en", Repo.CoreRules, "--format", "json", "--verbose"], new ThrowingWriter(), verbose).Should().Be(3);
        verbose.ToString().Should().Contain("   at ");
    }

    [Fact]
    public async Task Batch_FileSystemRefusesTheOutputMidRun_IsExit2_AndTheEarlierResultStays()
    {
        // A file size limit (ulimit -f; a FAT32 stick's 4 GiB) makes the file system refuse a write half-way, as a
        // full disk does; unlike a full disk it needs no privileges to set up. XFSZ ignored so write(2) fails instead.
        using var dir = new TempDir();
        var input = dir.Write("firms.csv", "id,name,naf,employees\n" + string.Concat(Enumerable.Range(0, 3000).Select(i => $"F{i},Firm {i},62.01Z,{i % 300}\n")));
        var output = dir.Write("results.csv", "earlier result\n");
        var cli = Path.Combine(AppContext.BaseDirectory, "Maturity.Cli.dll");
        var start = new ProcessStartInfo("bash", ["-c", "trap '' XFSZ; ulimit -f 64; exec dotnet \"$0\" \"$@\"", cli, "batch", "-i", input, "-o", output, "--rules", Repo.Rules, "--lang", "en"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };

        // The runtime's write-xor-execute double mapping needs a file larger than the limit.
        start.Environment["DOTNET_EnableWriteXorExecute"] = "0";
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var stdout = await process.StandardOutput.ReadToEndAsync();
        var stderr = await errors;
        await process.WaitForExitAsync();

        process.ExitCode.Should().Be(2, stdout + stderr);
        stderr.Trim().Split('\n').Should().ContainSingle().Which.Should().Contain("file size limit").And.NotContain(".tmp");
        File.ReadAllText(output).Should().Be("earlier result\n");
        Directory.GetFiles(dir.Path).Select(Path.GetFileName).Should().BeEquivalentTo("firms.csv", "results.csv");
    }

    [Fact]
    public async Task Batch_TerminatedMidRun_IsExit130_RemovesItsTemporaryFile_AndTheEarlierResultStays()
    {
        using var dir = new TempDir();
        var input = dir.Write("firms.csv", "id,naf,mfa\n" + string.Concat(Enumerable.Range(0, 400_000).Select(i => $"F{i},62.01Z,true\n")));
        var output = dir.Write("results.csv", "earlier result\n");
        var cli = Path.Combine(AppContext.BaseDirectory, "Maturity.Cli.dll");
        var start = new ProcessStartInfo("dotnet", [cli, "batch", "-i", input, "-o", output, "--rules", Repo.Rules, "--lang", "en"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();

        // The hidden temporary output exists from the start of the run; the rows take seconds more.
        while (!process.HasExited && Directory.GetFiles(dir.Path, ".*.tmp").Length == 0)
        {
            await Task.Delay(10);
        }

        using (var kill = Process.Start(new ProcessStartInfo("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]) { UseShellExecute = false })!)
        {
            await kill.WaitForExitAsync();
        }

        await process.WaitForExitAsync();
        var stderr = await errors;
        process.ExitCode.Should().Be(130, await stdout + stderr);
        stderr.Should().Contain("interrupted after");
        File.ReadAllText(output).Should().Be("earlier result\n");
        Directory.GetFiles(dir.Path).Select(Path.GetFileName).Should().BeEquivalentTo("firms.csv", "results.csv");
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        mkfifo.ExitCode.Should().Be(0);
    }

    /// <summary>Stands for a bug: a writer that fails in a way no command expects.</summary>
    private sealed class ThrowingWriter : StringWriter
    {
        public override void Write(char value) => throw new InvalidOperationException("simulated bug");

        public override void Write(string? value) => throw new InvalidOperationException("simulated bug");

        public override void WriteLine(string? value) => throw new InvalidOperationException("simulated bug");
    }
}
