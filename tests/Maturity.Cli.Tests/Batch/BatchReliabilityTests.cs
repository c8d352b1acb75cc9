using System;
using System.IO;
using System.Linq;
using System.Text;

namespace Maturity.Cli.Tests.Batch;

/// <summary>Issue 9: batch never loses a row and never destroys a file, whatever the input or output path.</summary>
public sealed class BatchReliabilityTests
{
    private const string Firms = "id,ruleset,mfa\nA,core,true\nB,core,false\n";

    [Fact]
    public void Batch_OutputIsTheInput_IsRefused_AndTheInputIsUntouched()
    {
        using var dir = new TempDir();
        var input = dir.Write("s.csv", Firms);

        var run = Cli.Run("batch", "--lang", "en", "-i", input, "-o", input, "-r", Repo.Rules);

        run.ExitCode.Should().Be(2, run.ToString());
        run.Stderr.Should().Contain("it is the input");
        File.ReadAllText(input).Should().Be(Firms);
    }

    [Fact]
    public void Batch_OutputIsALinkToTheInput_IsRefused()
    {
        using var dir = new TempDir();
        var input = dir.Write("s.csv", Firms);
        var symlink = Path.Combine(dir.Path, "link.csv");
        File.CreateSymbolicLink(symlink, input);
        var json = Path.Combine(dir.Path, "j.jsonl");

        Cli.Run("batch", "-i", input, "-o", symlink, "-r", Repo.Rules).ExitCode.Should().Be(2);
        Cli.Run("batch", "-i", symlink, "-o", Path.Combine(dir.Path, "o.csv"), "--json", input, "-r", Repo.Rules).ExitCode.Should().Be(2);
        Cli.Run("batch", "-i", input, "-o", json, "--json", json, "-r", Repo.Rules).ExitCode.Should().Be(2);
        File.ReadAllText(input).Should().Be(Firms);
    }

    [Theory]
    [InlineData("/dev/full", "not a regular file")]
    [InlineData("missing-folder/out.csv", "folder does not exist")]
    [InlineData(".", "it is a folder")]
    public void Batch_UnwritableOutput_IsOneLine_AndExit2(string output, string message)
    {
        using var dir = new TempDir();
        var input = dir.Write("s.csv", Firms);
        var target = output.StartsWith('/') ? output : Path.Combine(dir.Path, output);

        var run = Cli.Run("batch", "--lang", "en", "-i", input, "-o", target, "-r", Repo.Rules);

        run.ExitCode.Should().Be(2, run.ToString());
        run.Stderr.Trim().Split('\n').Should().ContainSingle().Which.Should().Contain(message);
    }

    [Fact]
    public void Batch_ReadOnlyOutput_IsRefused_AndKeptAsItWas()
    {
        using var dir = new TempDir();
        var input = dir.Write("s.csv", Firms);
        var output = dir.Write("o.csv", "earlier result\n");
        File.SetAttributes(output, FileAttributes.ReadOnly);

        var run = Cli.Run("batch", "--lang", "en", "-i", input, "-o", output, "-r", Repo.Rules);

        run.ExitCode.Should().Be(2, run.ToString());
        run.Stderr.Should().Contain("read-only");
        File.ReadAllText(output).Should().Be("earlier result\n");
    }

    [Fact]
    public void Batch_EmptyInput_IsExit1_AndLeavesAnEarlierResult()
    {
        using var dir = new TempDir();
        var input = dir.Write("empty.csv", string.Empty);
        var output = dir.Write("o.csv", "earlier result\n");

        var run = Cli.Run("batch", "--lang", "en", "-i", input, "-o", output, "-r", Repo.Rules);

        run.ExitCode.Should().Be(1, run.ToString());
        run.Stderr.Should().Contain("MAT091").And.Contain("no header");
        File.ReadAllText(output).Should().Be("earlier result\n");
        Directory.GetFiles(dir.Path).Should().HaveCount(2, "no temporary file is left behind");
    }

    [Fact]
    public void Batch_DeviceInput_IsRefused()
    {
        using var dir = new TempDir();

        var run = Cli.Run("batch", "--lang", "en", "-i", "/dev/zero", "-o", Path.Combine(dir.Path, "o.csv"), "-r", Repo.Rules);

        run.ExitCode.Should().Be(2, run.ToString());
        run.Stderr.Should().Contain("not a regular file");
        File.Exists(Path.Combine(dir.Path, "o.csv")).Should().BeFalse();
    }

    [Theory]
    [InlineData("id,id", "columns 1 ('id') and 2 ('id')")]
    [InlineData("id,ID", "columns 1 ('id') and 2 ('ID')")]
    public void Batch_DuplicateHeader_IsMAT091NamingBothColumns_AndEveryRowHasItsErrorRow(string header, string message)
    {
        using var dir = new TempDir();
        var input = dir.Write("s.csv", header + "\nA,A\nB,B\n");
        var output = Path.Combine(dir.Path, "o.csv");

        var run = Cli.Run("batch", "--lang", "en", "-i", input, "-o", output, "-r", Repo.Rules);

        run.ExitCode.Should().Be(1, run.ToString());
        run.Stderr.Should().Contain("s.csv(1,2): error MAT091: " + message);
        var rows = File.ReadAllLines(output).Skip(1).ToList();
        rows.Should().HaveCount(2).And.OnlyContain(r => r.Contains(",error,") && r.Contains("MAT091"));
    }

    [Fact]
    public void Batch_OverLongField_IsAnErrorRowForThatRowOnly()
    {
        using var dir = new TempDir();
        var input = dir.Write("s.csv", "id,ruleset,mfa\nA,core,true\nB,core," + new string('x', (1 << 20) + 10) + "\nC,core,false\n");
        var output = Path.Combine(dir.Path, "o.csv");

        var run = Cli.Run("batch", "-i", input, "-o", output, "-r", Repo.Rules);

        run.ExitCode.Should().Be(1, run.ToString());
        var rows = File.ReadAllLines(output).Skip(1).ToList();
        rows.Should().HaveCount(3);
        rows[0].Should().Contain(",ok,");
        rows[1].Should().StartWith("3,error,").And.Contain("longer than");
        rows[2].Should().StartWith("4,ok,");
    }

    [Fact]
    public void Batch_UnclosedQuote_ReportsItsLine_AndTheSummaryAccountsForEveryLine()
    {
        using var dir = new TempDir();
        var input = dir.Write("s.csv", "id,ruleset,mfa\nA,core,true\nB,\"core,true\nC,core,false\n\nD,core,true\n");
        var output = Path.Combine(dir.Path, "o.csv");

        var run = Cli.Run("batch", "--lang", "en", "-i", input, "-o", output, "-r", Repo.Rules);

        run.ExitCode.Should().Be(1, run.ToString());
        run.Stderr.Should().Contain("s.csv(3,2): error MAT091: the quote opened at line 3, field 2");
        File.ReadAllLines(output).Skip(1).Select(r => r.Split(',')[0]).Should().Equal("2", "3", "4", "6");
        run.Stdout.Should().Contain("4 rows: 3 scored, 1 failed").And.Contain("6 lines read: 1 header, 4 in rows, 1 blank");
    }

    [Fact]
    public void Batch_ReplacementCharacterInACell_IsValidText()
    {
        using var dir = new TempDir();
        var input = dir.Write("s.csv", "id,name,ruleset,mfa\nA,Caf\uFFFD,core,true\n");
        var output = Path.Combine(dir.Path, "o.csv");

        var run = Cli.Run("batch", "-i", input, "-o", output, "-r", Repo.Rules);

        run.ExitCode.Should().Be(0, run.ToString());
        File.ReadAllLines(output, Encoding.UTF8)[1].Should().Contain(",ok,").And.Contain("Caf\uFFFD");
    }

    [Fact]
    public void Batch_FailedWrite_LeavesTheEarlierResult_AndNoTemporaryFile()
    {
        using var dir = new TempDir();
        var input = dir.Write("s.csv", Firms);
        var output = dir.Write("o.csv", "earlier result\n");
        var jsonFolder = Path.Combine(dir.Path, "j.jsonl");
        Directory.CreateDirectory(jsonFolder);

        var run = Cli.Run("batch", "-i", input, "-o", output, "--json", jsonFolder, "-r", Repo.Rules);

        run.ExitCode.Should().Be(2, run.ToString());
        File.ReadAllText(output).Should().Be("earlier result\n");
        Directory.GetFiles(dir.Path).Select(Path.GetFileName).Should().BeEquivalentTo("s.csv", "o.csv");
    }
}
