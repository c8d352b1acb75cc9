using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace Maturity.Cli.Tests.Batch;

public sealed class BatchCommandTests
{
    private const string Header = "id;name;naf;employees;territory;ruleset;digital_plan;mfa;backup_tested;online_presence;refurbished_share;remote_work";

    [Fact]
    public void Batch_KeepsOneOutputRowPerInputRow_EvenWhenRowsAreBroken()
    {
        using var dir = new TempDir();
        var input = dir.Write("firms.csv", string.Join("\n",
            Header,
            "80-1;Boulangerie;10.71C;4;80;core;written;oui;non;website|social_media;12,5;n/a",
            "80-2;Bad NAF;XX;4;80;;written;true;false;;;",
            "80-3;Too short;47.11A",
            "60-4;\"Dupont; fils\";47.11A;12;60;core;funded;true;true;website|online_sales;50;true",
            "02-5;Bad option;62.01Z;3;02;core;superb;true;true;;;",
            "02-6;Bad bool;62.01Z;3;02;core;written;maybe;true;;;",
            "02-7;Unknown rule set;62.01Z;3;02;nope;written;true;true;;;") + "\n");
        var output = Path.Combine(dir.Path, "out.csv");
        var json = Path.Combine(dir.Path, "out.jsonl");

        var run = Cli.Run("batch", "--input", input, "--out", output, "--json", json, "--rules", Repo.Rules);

        run.ExitCode.Should().Be(1, run.ToString());
        var lines = File.ReadAllLines(output);
        lines.Should().HaveCount(8, "a header and one row per input row");
        var header = lines[0].Split(';');
        int Col(string name) => System.Array.IndexOf(header, name);
        var rows = lines.Skip(1).Select(l => ParseRow(l)).ToList();
        rows.Select(r => r[Col("line")]).Should().Equal("2", "3", "4", "5", "6", "7", "8");
        rows.Select(r => r[Col("status")]).Should().Equal("ok", "error", "error", "ok", "error", "error", "error");
        rows[1][Col("error")].Should().Contain("MAT046");
        rows[2][Col("error")].Should().Contain("MAT091");
        rows[3][Col("name")].Should().Be("Dupont; fils");
        rows[4][Col("error")].Should().Contain("MAT072").And.Contain("superb");
        rows[5][Col("error")].Should().Contain("MAT071");
        rows[6][Col("error")].Should().Contain("MAT077");
        rows[0][Col("ruleset")].Should().Be("core");
        double.Parse(rows[0][Col("score")], System.Globalization.CultureInfo.GetCultureInfo("fr-FR")).Should().BeInRange(0, 100); // a ; input gets the French dialect
        run.Stderr.Should().Contain("firms.csv(3,3): error MAT046");
        File.ReadAllLines(json).Should().HaveCount(7);
        File.ReadAllLines(json).Select(l => JsonDocument.Parse(l)).Should().OnlyContain(d => d.RootElement.ValueKind == JsonValueKind.Object);
    }

    [Fact]
    public void Batch_ScoresLikeAssess_ForTheSameAnswers()
    {
        using var dir = new TempDir();
        var input = dir.Write("firms.csv", "id,naf,ruleset,digital_plan,mfa,backup_tested\nA,81.21Z,core,written,true,false\n");
        var answers = dir.Write("a.yaml", "ruleset: core\ncompany: { id: A, naf: \"81.21Z\" }\nanswers:\n  digital_plan: written\n  mfa: true\n  backup_tested: false\n");
        var output = Path.Combine(dir.Path, "out.csv");

        Cli.Run("batch", "-i", input, "-o", output, "-r", Repo.Rules).ExitCode.Should().Be(0);
        var assess = Cli.Run("assess", "-a", answers, "-r", Repo.Rules, "--format", "json");

        var lines = File.ReadAllLines(output);
        var header = lines[0].Split(',');
        var score = lines[1].Split(',')[System.Array.IndexOf(header, "score")];
        using var doc = JsonDocument.Parse(assess.Stdout);
        double.Parse(score, System.Globalization.CultureInfo.InvariantCulture).Should().BeApproximately(doc.RootElement.GetProperty("score").GetDouble(), 1e-6);
    }

    [Fact]
    public void Batch_ReportsInvalidUtf8_OnItsRow_AndScoresTheOthers()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "firms.csv");
        var bytes = Encoding.UTF8.GetBytes("id,ruleset,digital_plan\nA,core,written\nB,core,").Concat(new byte[] { 0xFF, 0xFE }).Concat(Encoding.UTF8.GetBytes("\nC,core,funded\n")).ToArray();
        File.WriteAllBytes(path, bytes);
        var output = Path.Combine(dir.Path, "out.csv");

        var run = Cli.Run("batch", "-i", path, "-o", output, "-r", Repo.Rules);

        run.ExitCode.Should().Be(1);
        var lines = File.ReadAllLines(output);
        lines.Should().HaveCount(4);
        lines[2].Should().Contain("MAT002");
        lines[1].Should().Contain(",ok,");
        lines[3].Should().Contain(",ok,");
    }

    [Fact]
    public void Batch_WritesHeader_ForAnInputWithoutRows()
    {
        using var dir = new TempDir();
        var input = dir.Write("firms.csv", "id,naf\n");
        var output = Path.Combine(dir.Path, "out.csv");

        var run = Cli.Run("batch", "-i", input, "-o", output, "-r", Repo.Rules);

        run.ExitCode.Should().Be(0, run.ToString());
        File.ReadAllLines(output).Should().ContainSingle().Which.Should().StartWith("line,status,error,id");
    }

    [Fact]
    public void Batch_ExitsWithUsageError_WhenInputIsMissing()
    {
        using var dir = new TempDir();
        Cli.Run("batch", "-i", Path.Combine(dir.Path, "nope.csv"), "-o", Path.Combine(dir.Path, "o.csv"), "-r", Repo.Rules).ExitCode.Should().Be(2);
    }

    /// <summary>Splits one ';' or ',' row honouring double quotes (test-side check of what the CSV library wrote).</summary>
    private static string[] ParseRow(string line)
    {
        var sep = line.Contains(';') ? ';' : ',';
        var fields = new System.Collections.Generic.List<string>();
        var sb = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '"')
            {
                if (quoted && i + 1 < line.Length && line[i + 1] == '"')
                {
                    sb.Append('"');
                    i++;
                }
                else
                {
                    quoted = !quoted;
                }
            }
            else if (c == sep && !quoted)
            {
                fields.Add(sb.ToString());
                sb.Clear();
            }
            else
            {
                sb.Append(c);
            }
        }

        fields.Add(sb.ToString());
        return fields.ToArray();
    }
}
