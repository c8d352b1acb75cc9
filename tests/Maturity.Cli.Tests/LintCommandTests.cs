using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Maturity.Cli.Tests;

public sealed class LintCommandTests
{
    /// <summary>MSBuild canonical form: <c>path(line,col): error MAT0nn: message</c>.</summary>
    private static readonly Regex Canonical = new(@"^(?<path>.+)\((?<line>\d+),(?<col>\d+)\): (?<severity>error|warning) (?<code>MAT0\d\d): (?<message>.+)$", RegexOptions.CultureInvariant);

    private const string BadRules = """
        ruleset: bad
        version: 1.0.0
        title: Bad
        languages: [en]
        unknownkey: 3
        dimensions:
          - id: d
            title: D
            questions:
              - { id: q, type: boolean, text: Q, when: "nope > 3" }
        """;

    [Fact]
    public void Lint_ShippedRulesFolder_ReportsNoError()
    {
        var r = Cli.Run("lint", Repo.Rules);

        r.ExitCode.Should().Be(0, r.ToString());
        r.Stdout.Should().NotContain(": error ", r.ToString());
        r.Stderr.Should().Contain("valid");
    }

    [Fact]
    public void Lint_ShippedRulesFolderInJson_ReportsNoError()
    {
        var r = Cli.Run("lint", Repo.Rules, "--format", "json");

        r.ExitCode.Should().Be(0, r.ToString());
        using var doc = JsonDocument.Parse(r.Stdout);
        doc.RootElement.ValueKind.Should().Be(JsonValueKind.Array);
        doc.RootElement.EnumerateArray().Should().NotContain(d => d.GetProperty("severity").GetString() == "error");
    }

    [Fact]
    public void Lint_BadFile_ExitsOneWithEveryErrorInCanonicalForm()
    {
        using var dir = new TempDir();
        var file = dir.Write("bad.yaml", BadRules);

        var r = Cli.Run("lint", "--lang", "en", file);

        r.ExitCode.Should().Be(1, r.ToString());
        var lines = r.Stdout.Split('\n', System.StringSplitOptions.RemoveEmptyEntries | System.StringSplitOptions.TrimEntries);
        lines.Should().NotBeEmpty();
        lines.Should().OnlyContain(l => Canonical.IsMatch(l), r.ToString());
        var matches = lines.Select(l => Canonical.Match(l)).ToList();
        matches.Should().OnlyContain(m => Path.GetFileName(m.Groups["path"].Value) == "bad.yaml");

        // Every error at once: the unknown key and the bad expression, each at its own line and column.
        matches.Should().Contain(m => m.Groups["code"].Value == "MAT003" && m.Groups["line"].Value == "5" && m.Groups["col"].Value == "1");
        matches.Should().Contain(m => m.Groups["line"].Value == "10" && m.Groups["message"].Value.Contains("nope"));
        r.Stderr.Should().MatchRegex(@"^\d+ errors?, \d+ warnings?\.");
    }

    [Fact]
    public void Lint_BadFileInJson_WritesAnArrayOfLocatedDiagnostics()
    {
        using var dir = new TempDir();
        var file = dir.Write("bad.yaml", BadRules);

        var r = Cli.Run("lint", file, "--format", "json");

        r.ExitCode.Should().Be(1, r.ToString());
        using var doc = JsonDocument.Parse(r.Stdout);
        doc.RootElement.ValueKind.Should().Be(JsonValueKind.Array);
        var items = doc.RootElement.EnumerateArray().ToList();
        items.Should().HaveCountGreaterThanOrEqualTo(2);
        foreach (var d in items)
        {
            Path.GetFileName(d.GetProperty("file").GetString()).Should().Be("bad.yaml");
            d.GetProperty("line").GetInt32().Should().BePositive();
            d.GetProperty("column").GetInt32().Should().BePositive();
            d.GetProperty("severity").GetString().Should().BeOneOf("error", "warning");
            d.GetProperty("code").GetString().Should().MatchRegex("^MAT0[0-9]{2}$");
            d.GetProperty("message").GetString().Should().NotBeNullOrWhiteSpace();
        }

        items.Should().Contain(d => d.GetProperty("code").GetString() == "MAT003" && d.GetProperty("line").GetInt32() == 5 && d.GetProperty("column").GetInt32() == 1);
    }

    [Fact]
    public void Lint_MalformedYaml_ExitsOneWithDiagnosticsNotACrash()
    {
        using var dir = new TempDir();
        var file = dir.Write("broken.yaml", "ruleset: [unclosed\n  version: {\n");

        var r = Cli.Run("lint", file);

        r.ExitCode.Should().Be(1, r.ToString());
        r.Stdout.Split('\n', System.StringSplitOptions.RemoveEmptyEntries | System.StringSplitOptions.TrimEntries)
            .Should().NotBeEmpty().And.OnlyContain(l => Canonical.IsMatch(l));
    }

    [Theory]
    [InlineData("lint")]
    [InlineData("lint", "--format", "xml", "RULES")]
    [InlineData("lint", "RULES", "--no-such-option")]
    [InlineData("lint", "MISSING")]
    [InlineData("frobnicate")]
    [InlineData()]
    public void Lint_UsageErrors_ExitTwoWithAMessage(params string[] args)
    {
        var missing = Path.Combine(Path.GetTempPath(), "maturity-no-such-" + System.Guid.NewGuid().ToString("N"));
        var resolved = args.Select(a => a switch { "RULES" => Repo.Rules, "MISSING" => missing, _ => a }).ToArray();

        var r = Cli.Run(resolved);

        r.ExitCode.Should().Be(2, r.ToString());
        r.Stderr.Should().NotBeNullOrWhiteSpace();
    }
}
