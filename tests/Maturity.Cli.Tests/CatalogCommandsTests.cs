using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace Maturity.Cli.Tests;

/// <summary>rules, questions, template, init and schema: what a person filling answers or writing a rule set uses.</summary>
public sealed class CatalogCommandsTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("maturity-catalog-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Rules_ListsEveryRuleSet_WithVersionNafQuestionsAndSource()
    {
        var r = Cli.Run("rules", "--rules", Repo.Rules, "--format", "json");

        r.ExitCode.Should().Be(0, r.ToString());
        var rows = JsonDocument.Parse(r.Stdout).RootElement.EnumerateArray().ToList();
        rows.Select(e => e.GetProperty("id").GetString()).Should().Contain(["core", "health", "retail"]);
        var health = rows.Single(e => e.GetProperty("id").GetString() == "health");
        health.GetProperty("naf").EnumerateArray().Select(e => e.GetString()).Should().Contain("86");
        health.GetProperty("questions").GetInt32().Should().BeGreaterThan(10);
        health.GetProperty("source").GetString().Should().EndWith("health.yaml");
    }

    [Fact]
    public void Questions_Text_ListsEachQuestionWithItsOptionsAndPoints()
    {
        var r = Cli.Run("questions", "--ruleset", "core", "--rules", Repo.Rules, "--lang", "fr");

        r.ExitCode.Should().Be(0, r.ToString());
        r.Stdout.Should().Contain("digital_plan (choix unique)");
        r.Stdout.Should().Contain("written = Plan écrit (2 pts)");
    }

    [Fact]
    public void Questions_Json_HasEveryQuestionInOrder()
    {
        var r = Cli.Run("questions", "--ruleset", "health", "--rules", Repo.Rules, "--format", "json");

        r.ExitCode.Should().Be(0, r.ToString());
        var questions = JsonDocument.Parse(r.Stdout).RootElement.GetProperty("questions").EnumerateArray().ToList();
        questions.Should().HaveCountGreaterThan(30);
        questions.Should().Contain(q => q.GetProperty("when").ValueKind == JsonValueKind.String, "health asks some questions only under a condition");
        questions.Select(q => q.GetProperty("id").GetString()).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Questions_Markdown_HasATablePerDimension()
    {
        var r = Cli.Run("questions", "--ruleset", "core", "--rules", Repo.Rules, "--format", "markdown");

        r.ExitCode.Should().Be(0, r.ToString());
        r.Stdout.Should().StartWith("# ").And.Contain("| `digital_plan` |");
    }

    [Fact]
    public void Questions_UnknownRuleSet_IsAUsageError_ListingTheIds()
    {
        var r = Cli.Run("questions", "--lang", "en", "--ruleset", "helth", "--rules", Repo.Rules);

        r.ExitCode.Should().Be(2);
        r.Stderr.Should().Contain("no rule set 'helth'").And.Contain("health");
    }

    [Fact]
    public void Template_Yaml_FilledIn_Assesses()
    {
        var path = Path.Combine(_dir, "answers.yaml");
        Cli.Run("template", "--lang", "en", "--ruleset", "health", "--rules", Repo.Rules, "-o", path).ExitCode.Should().Be(0);
        var entry = new System.Text.RegularExpressions.Regex("^  # ([a-z][a-z0-9_]*): ");
        var lines = File.ReadAllLines(path).Select(l =>
            l.StartsWith("  id: \"\"", StringComparison.Ordinal) ? "  id: \"T-1\""
            : entry.IsMatch(l) && !l.Contains("only asked when", StringComparison.Ordinal) ? "  " + l[4..]
            : l);
        File.WriteAllLines(path, lines);

        var r = Cli.Run("assess", "--lang", "en", "-a", path, "--rules", Repo.Rules, "--format", "json");

        r.ExitCode.Should().Be(0, r.ToString() + File.ReadAllText(path));
        JsonDocument.Parse(r.Stdout).RootElement.GetProperty("ruleSet").GetProperty("id").GetString().Should().Be("health");
    }

    [Fact]
    public void Template_Csv_French_IsExcelReady_AndScoresInBatch()
    {
        var csv = Path.Combine(_dir, "firms.csv");
        Cli.Run("template", "--ruleset", "retail", "--rules", Repo.Rules, "--format", "csv", "--lang", "fr", "-o", csv).ExitCode.Should().Be(0);
        var bytes = File.ReadAllBytes(csv);
        bytes.Take(3).Should().Equal(0xEF, 0xBB, 0xBF);
        var header = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n")[0];
        header.Should().StartWith("id;name;naf;employees;territory;date;ruleset;digital_plan;");

        var r = Cli.Run("batch", "--lang", "fr", "-i", csv, "-o", Path.Combine(_dir, "out.csv"), "--rules", Repo.Rules);

        r.ExitCode.Should().Be(0, r.ToString());
        r.Stdout.Should().StartWith("1\u00A0ligne\u202F: 1\u00A0évaluée, 0\u00A0en erreur".Replace("\u00A0", " "));
    }

    [Fact]
    public void Template_Xlsx_HoldsTheCsvTemplateCellByCell_AndScoresInBatch()
    {
        var csv = Path.Combine(_dir, "firms.csv");
        var xlsx = Path.Combine(_dir, "firms.xlsx");
        Cli.Run("template", "--ruleset", "retail", "--rules", Repo.Rules, "--format", "csv", "--lang", "fr", "-o", csv).ExitCode.Should().Be(0);
        var made = Cli.Run("template", "--ruleset", "retail", "--rules", Repo.Rules, "--format", "xlsx", "--lang", "fr", "-o", xlsx);
        made.ExitCode.Should().Be(0, made.ToString());

        // every cell of the workbook is the CSV template's cell (employees a number, empty cells absent)
        var expected = File.ReadAllText(csv, Encoding.UTF8).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(';')).ToList();
        MiniExcelLibs.MiniExcel.GetSheetNames(xlsx).Should().Equal("entreprises");
        var rows = MiniExcelLibs.MiniExcel.Query(xlsx, useHeaderRow: false).Cast<System.Collections.Generic.IDictionary<string, object?>>().Select(r => r.Values.ToArray()).ToList();
        rows.Should().HaveCount(2);
        for (var r = 0; r < 2; r++)
        {
            for (var c = 0; c < expected[0].Length; c++)
            {
                var cell = c < rows[r].Length ? rows[r][c] : null;
                var text = cell switch { null => string.Empty, double d => d.ToString(System.Globalization.CultureInfo.InvariantCulture), _ => (string)cell };
                text.Should().Be(expected[r][c], "row {0}, column {1} ({2})", r + 1, c + 1, expected[0][c]);
            }
        }

        rows[1][Array.IndexOf(expected[0], "employees")].Should().Be(10d, "a count is a numeric cell");

        var r2 = Cli.Run("batch", "-i", xlsx, "-o", Path.Combine(_dir, "out.csv"), "--rules", Repo.Rules, "--lang", "fr");
        r2.ExitCode.Should().Be(0, r2.ToString());
        r2.Stdout.Should().StartWith("1\u00A0ligne\u202F: 1\u00A0évaluée, 0\u00A0en erreur".Replace("\u00A0", " "));
    }

    [Fact]
    public void Template_Xlsx_NeedsAFile()
    {
        var r = Cli.Run("template", "--ruleset", "retail", "--rules", Repo.Rules, "--format", "xlsx");
        r.ExitCode.Should().Be(2);
        r.Stderr.Should().Contain("-o");
    }

    [Fact]
    public void Template_ExistingOutput_IsNotOverwritten()
    {
        var path = Path.Combine(_dir, "mine.yaml");
        File.WriteAllText(path, "precious");

        var r = Cli.Run("template", "--ruleset", "core", "--rules", Repo.Rules, "-o", path);

        r.ExitCode.Should().Be(2);
        File.ReadAllText(path).Should().Be("precious");
    }

    [Fact]
    public void Init_WritesASkeletonThatLintsClean_AloneInItsFolder_WithTheSchemaBesideIt()
    {
        var r = Cli.Run("init", "bakery", "--extends", "core", "--naf", "10.71", "-o", _dir);

        r.ExitCode.Should().Be(0, r.ToString());
        var file = Path.Combine(_dir, "bakery.yaml");
        File.ReadAllText(file).Should().StartWith("# yaml-language-server: $schema=schema/ruleset.schema.json");
        File.Exists(Path.Combine(_dir, "schema", "ruleset.schema.json")).Should().BeTrue();
        var lint = Cli.Run("lint", file);
        lint.ExitCode.Should().Be(0, lint.ToString());
        lint.Stdout.Should().BeEmpty();
    }

    [Fact]
    public void Init_InvalidId_WritesNothing()
    {
        var r = Cli.Run("init", "Bad!", "-o", _dir);

        r.ExitCode.Should().Be(2);
        r.Stderr.Should().Contain("MAT014");
        Directory.EnumerateFileSystemEntries(_dir).Should().BeEmpty();
    }

    [Fact]
    public void Schema_Out_WritesTheShippedSchema()
    {
        var path = Path.Combine(_dir, "ruleset.schema.json");

        Cli.Run("schema", "-o", path).ExitCode.Should().Be(0);

        File.ReadAllText(path).Should().Be(File.ReadAllText(Path.Combine(Repo.Rules, "schema", "ruleset.schema.json")));
    }

    [Fact]
    public void Help_NamesTheToolMaturity()
    {
        var r = Cli.Run("--help");

        r.ExitCode.Should().Be(0);
        r.Stdout.Should().Contain("maturity [command] [options]");
    }
}
