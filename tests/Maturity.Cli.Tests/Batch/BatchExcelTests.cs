using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Maturity.Batch.Rows;
using MiniExcelLibs;

namespace Maturity.Cli.Tests.Batch;

public sealed class BatchExcelTests
{
    private const string Header = "id;name;naf;employees;ruleset;digital_plan;mfa;backup_tested;refurbished_share";

    private static readonly Dictionary<string, string> FrenchTitles = new()
    {
        ["initial"] = "Initial", ["emerging"] = "Émergent", ["structured"] = "Structuré", ["advanced"] = "Avancé",
    };

    [Fact]
    public void Batch_FrenchCsv_AnswersInTheFrenchExcelDialect()
    {
        using var dir = new TempDir();
        var input = Path.Combine(dir.Path, "firms.csv");
        File.WriteAllText(input, string.Join("\r\n",
            Header,
            "80-1;Boulangerie Lefèvre;10.71C;4;core;written;oui;non;12,5",
            ";;;;;;;;",
            "80-2;=HYPERLINK(\"http://x\");47.11A;12;core;funded;true;true;50",
            "80-3;Dupont; fils;47.11A;3;core;written;true;true;10",
            "80-4;@SUM(A1);47.11A;3;core;written;true;false;") + "\r\n", new UTF8Encoding(true));
        var output = Path.Combine(dir.Path, "results.csv");

        var run = Cli.Run("batch", "--lang", "en", "-i", input, "-o", output, "-r", Repo.Rules);

        run.ExitCode.Should().Be(1, run.ToString());
        var bytes = File.ReadAllBytes(output);
        bytes.Take(3).Should().Equal(new byte[] { 0xEF, 0xBB, 0xBF }, "French Excel needs the BOM to read UTF-8");
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        text.Should().EndWith("\r\n");
        text.Replace("\r\n", string.Empty).Should().NotContain("\n", "every line ends with CRLF");
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(5, "a header and one row per non-blank input row; the ';;;;' row is skipped");
        var header = lines[0].Split(';');
        header.Should().Contain(["level_title", "next_level_title"]).And.Contain(h => h.StartsWith("dim_"));
        header.Where(h => h.StartsWith("dim_")).Should().Equal("dim_strategy", "dim_readiness", "dim_skills", "dim_data", "dim_automation", "dim_green");
        int Col(string name) => Array.IndexOf(header, name);
        var rows = lines.Skip(1).Select(l => l.Split(';')).ToList();
        rows.Select(r => r[Col("line")]).Should().Equal("2", "4", "5", "6");
        rows.Select(r => r[Col("status")]).Should().Equal("ok", "ok", "error", "ok");
        rows[0][Col("name")].Should().Be("Boulangerie Lefèvre");
        rows[0][Col("score")].Should().MatchRegex(@"^\d+(,\d{1,2})?$");
        rows[0][Col("level_title")].Should().Be(FrenchTitles[rows[0][Col("level")]]);
        rows[1][Col("name")].Should().Be("\"'=HYPERLINK(\"\"http://x\"\")\"", "quoted because of its quotes, neutralised inside");
        rows[2][Col("error")].Should().Contain("MAT091").And.Contain("à partir du champ 10, '10'", "a French-dialect file gets its errors in French");
        rows[3][Col("name")].Should().Be("'@SUM(A1)");
        run.Stdout.Should().Contain("1 blank");
    }

    [Fact]
    public void Batch_DialectEn_OnAFrenchInput_WritesTheMachineDialect()
    {
        using var dir = new TempDir();
        var input = dir.Write("firms.csv", Header + "\n80-1;Boulangerie;10.71C;4;core;written;oui;non;12,5\n");
        var output = Path.Combine(dir.Path, "results.csv");

        Cli.Run("batch", "-i", input, "-o", output, "-r", Repo.Rules, "--dialect", "en").ExitCode.Should().Be(0);

        var bytes = File.ReadAllBytes(output);
        bytes[0].Should().Be((byte)'l', "no BOM");
        var text = Encoding.UTF8.GetString(bytes);
        text.Should().NotContain("\r").And.NotContain(";");
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(',');
        lines[1].Split(',')[Array.IndexOf(header, "coverage")].Should().MatchRegex(@"^[01](\.\d+)?$");
        lines[1].Split(',')[Array.IndexOf(header, "level_title")].Should().BeOneOf("Initial", "Emerging", "Structured", "Advanced");
    }

    [Fact]
    public void Batch_WorkbookInWorkbookOut_OneTypedRowPerInputRow_ErrorsInPlace()
    {
        using var dir = new TempDir();
        var input = Path.Combine(dir.Path, "firms.xlsx");
        using (var file = File.Create(input))
        {
            var sink = new XlsxRowSink(file, "Portefeuille");
            sink.WriteHeader(Header.Split(';'));
            sink.WriteRow("80-1;Boulangerie;10.71C;4;core;written;oui;non;12.5".Split(';'));
            sink.WriteRow("80-2;Bad NAF;XX;4;;written;true;false;".Split(';'));
            sink.WriteRow("80-3;Garage;45.20A;7;core;funded;true;true;50".Split(';'));
            sink.Complete();
            sink.Dispose();
        }

        var output = Path.Combine(dir.Path, "results.xlsx");

        var run = Cli.Run("batch", "-i", input, "-o", output, "-r", Repo.Rules, "--sheet", "portefeuille");

        run.ExitCode.Should().Be(1, run.ToString());
        run.Stderr.Should().Contain("firms.xlsx(3,3): error MAT046");
        var rows = MiniExcel.Query(output, useHeaderRow: false).Cast<IDictionary<string, object?>>().Select(r => r.Values.ToArray()).ToList();
        rows.Should().HaveCount(4);
        var header = rows[0].Select(v => (string)v!).ToList();
        int Col(string name) => header.IndexOf(name);
        rows.Skip(1).Select(r => r[Col("line")]).Should().Equal(2d, 3d, 4d);
        rows.Skip(1).Select(r => r[Col("status")]).Should().Equal("ok", "error", "ok");
        rows[1][Col("score")].Should().BeOfType<double>().Which.Should().BeInRange(0, 100);
        rows[1][Col("coverage")].Should().BeOfType<double>().Which.Should().BeInRange(0, 1);
        rows[2][Col("score")].Should().BeNull();
        ((string)rows[2][Col("error")]!).Should().Contain("MAT046");
        rows[3][Col("id")].Should().Be("80-3");
    }

    [Fact]
    public void Batch_NotAWorkbook_OneDiagnostic_NoOutput()
    {
        using var dir = new TempDir();
        var input = dir.Write("firms.xlsx", "id;name\n1;x\n");
        var output = Path.Combine(dir.Path, "results.xlsx");

        var run = Cli.Run("batch", "--lang", "en", "-i", input, "-o", output, "-r", Repo.Rules);

        run.ExitCode.Should().Be(1, run.ToString());
        run.Stderr.Should().Contain("firms.xlsx: error MAT095: not an .xlsx workbook (not a zip archive)");
        File.Exists(output).Should().BeFalse();
    }
}
