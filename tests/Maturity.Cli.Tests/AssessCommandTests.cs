using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Maturity.Cli.Tests;

public sealed class AssessCommandTests
{
    private static readonly Regex Canonical = new(@"^(?<path>.+)\((?<line>\d+),(?<col>\d+)\): (?<severity>error|warning) (?<code>MAT0\d\d): (?<message>.+)$", RegexOptions.CultureInvariant);

    [Fact]
    public void Assess_TextFormat_ShowsScoreLevelDimensionsAndRecommendations()
    {
        using var dir = new TempDir();
        var answers = dir.Write("firm.yaml", Answers.CoreFull);

        var r = Cli.Run("assess", "--lang", "en", "-a", answers, "-r", Repo.CoreRules);

        r.ExitCode.Should().Be(0, r.ToString());
        r.Stdout.Should().MatchRegex(@"Overall score: \d+(\.\d+)? / 100");
        r.Stdout.Should().MatchRegex(@"(?m)^Level: \S+");
        r.Stdout.Should().Contain("Dimensions");
        r.Stdout.Should().MatchRegex(@"(?m)^  Digital business strategy\s.*\d+(\.\d+)? / 100\s*$");
        r.Stdout.Should().MatchRegex(@"(?m)^  Green digitalisation\s.*\d+(\.\d+)? / 100\s*$");
        r.Stdout.Should().Contain("Recommendations");

        // Culture-invariant numbers even though the test runs under fr-FR.
        r.Stdout.Should().NotMatchRegex(@"\d,\d+ / 100");
        r.Stderr.Should().BeEmpty();
    }

    [Fact]
    public void Assess_JsonFormat_FollowsTheResultsContract()
    {
        using var dir = new TempDir();
        var answers = dir.Write("firm.yaml", Answers.CoreFull);

        var r = Cli.Run("assess", "-a", answers, "-r", Repo.CoreRules, "--format", "json");

        r.ExitCode.Should().Be(0, r.ToString());
        using var doc = JsonDocument.Parse(r.Stdout);
        var root = doc.RootElement;

        var ruleSet = root.GetProperty("ruleSet");
        ruleSet.GetProperty("id").GetString().Should().Be("core");
        ruleSet.GetProperty("version").GetString().Should().MatchRegex(@"^\d+\.\d+\.\d+");
        ruleSet.GetProperty("hash").GetString().Should().MatchRegex("^[0-9a-f]{64}$");

        var company = root.GetProperty("company");
        company.GetProperty("id").GetString().Should().Be("80-CORE-001");
        company.GetProperty("naf").GetString().Should().Be("6201Z");

        var score = root.GetProperty("score").GetDouble();
        var maxScore = root.GetProperty("maxScore").GetDouble();
        maxScore.Should().Be(100);
        score.Should().BeInRange(0, maxScore);

        CheckLevel(root.GetProperty("level"));
        root.GetProperty("coverage").GetDouble().Should().BeInRange(0, 1);

        var dimensions = root.GetProperty("dimensions").EnumerateArray().ToList();
        dimensions.Select(d => d.GetProperty("id").GetString()).Should().Equal("strategy", "readiness", "skills", "data", "automation", "green");
        foreach (var d in dimensions)
        {
            var max = d.GetProperty("maxScore").GetDouble();
            var s = d.GetProperty("score");
            if (s.ValueKind != JsonValueKind.Null)
            {
                s.GetDouble().Should().BeInRange(0, max);
            }

            CheckLevel(d.GetProperty("level"));
        }

        var next = root.GetProperty("nextLevel");
        if (next.ValueKind != JsonValueKind.Null)
        {
            next.GetProperty("id").GetString().Should().NotBeNullOrEmpty();
            next.GetProperty("pointsMissing").GetDouble().Should().BeGreaterThanOrEqualTo(0);
            next.GetProperty("unmetRequirements").ValueKind.Should().Be(JsonValueKind.Array);
            next.GetProperty("unmetRequirements").EnumerateArray().Should().OnlyContain(x => x.ValueKind == JsonValueKind.String);
        }

        var gains = root.GetProperty("recommendations").EnumerateArray()
            .Select(x =>
            {
                x.GetProperty("id").GetString().Should().NotBeNullOrEmpty();
                return x.GetProperty("gain").GetDouble();
            })
            .ToList();
        gains.Should().NotBeEmpty();
        gains.Should().BeInDescendingOrder();
        gains.Should().OnlyContain(g => g >= 0);

        root.GetProperty("warnings").ValueKind.Should().Be(JsonValueKind.Array);
        root.GetProperty("warnings").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public void Assess_SampleCompanyInJsonAndText_ReportsTheSameScore()
    {
        var answers = Path.Combine(Repo.Samples, "companies", "retail", "intermediate.yaml");
        if (!File.Exists(answers))
        {
            return;
        }

        var json = Cli.Run("assess", "--lang", "en", "-a", answers, "-r", Repo.Rules, "--format", "json");
        var text = Cli.Run("assess", "--lang", "en", "-a", answers, "-r", Repo.Rules);

        json.ExitCode.Should().Be(0, json.ToString());
        text.ExitCode.Should().Be(0, text.ToString());
        using var doc = JsonDocument.Parse(json.Stdout);
        doc.RootElement.GetProperty("ruleSet").GetProperty("id").GetString().Should().Be("retail");
        var score = doc.RootElement.GetProperty("score").GetDouble();
        text.Stdout.Should().Contain("Overall score: " + System.Math.Round(score, 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + " / 100");
    }

    [Fact]
    public void Assess_InvalidAnswers_ExitsOneWithEveryProblemLocated()
    {
        using var dir = new TempDir();
        var answers = dir.Write("invalid.yaml", Answers.Invalid);

        var r = Cli.Run("assess", "-a", answers, "-r", Repo.CoreRules);

        r.ExitCode.Should().Be(1, r.ToString());
        r.Stdout.Should().BeEmpty();
        var lines = r.Stderr.Split('\n', System.StringSplitOptions.RemoveEmptyEntries | System.StringSplitOptions.TrimEntries);
        var matches = lines.Select(l => Canonical.Match(l)).Where(m => m.Success).ToList();
        matches.Should().HaveCount(2, r.ToString());
        matches.Should().OnlyContain(m => m.Groups["severity"].Value == "error" && m.Groups["path"].Value == answers);
        matches.Should().Contain(m => m.Groups["line"].Value == "3" && m.Groups["col"].Value == "3" && m.Groups["message"].Value.Contains("bogus"));
        matches.Should().Contain(m => m.Groups["line"].Value == "4" && m.Groups["col"].Value == "3" && m.Groups["message"].Value.Contains("no_such_question"));
    }

    [Fact]
    public void Assess_LenientWithInvalidAnswers_ScoresAndReportsWarnings()
    {
        using var dir = new TempDir();
        var answers = dir.Write("invalid.yaml", Answers.Invalid);

        var json = Cli.Run("assess", "--lang", "en", "-a", answers, "-r", Repo.CoreRules, "--lenient", "--format", "json");
        var text = Cli.Run("assess", "--lang", "en", "-a", answers, "-r", Repo.CoreRules, "--lenient");

        json.ExitCode.Should().Be(0, json.ToString());
        using var doc = JsonDocument.Parse(json.Stdout);
        var warnings = doc.RootElement.GetProperty("warnings").EnumerateArray().ToList();
        warnings.Should().HaveCount(2);
        warnings.Select(w => w.GetProperty("code").GetString()).Should().OnlyContain(c => c!.StartsWith("MAT0"));

        text.ExitCode.Should().Be(0, text.ToString());
        text.Stdout.Should().Contain("Warnings");
        text.Stdout.Should().MatchRegex(@"invalid\.yaml\(3,3\): warning MAT0\d\d: .*bogus");
    }

    [Fact]
    public void Assess_LangFr_UsesFrenchHeadings()
    {
        using var dir = new TempDir();
        var answers = dir.Write("firm.yaml", Answers.CoreFull);

        var r = Cli.Run("assess", "-a", answers, "-r", Repo.CoreRules, "--lang", "fr");

        r.ExitCode.Should().Be(0, r.ToString());
        r.Stdout.Should().Contain("Entreprise").And.Contain("Référentiel").And.Contain("Score global").And.Contain("Niveau").And.Contain("Recommandations");
        r.Stdout.Should().Contain("Stratégie numérique");
        r.Stdout.Should().NotContain("Overall score");
    }

    [Fact]
    public void Explain_FullAnswers_PrintsOneLinePerQuestion()
    {
        using var dir = new TempDir();
        var answers = dir.Write("firm.yaml", Answers.CoreFull);

        var r = Cli.Run("explain", "-a", answers, "-r", Repo.CoreRules, "--lang", "en");

        r.ExitCode.Should().Be(0, r.ToString());
        r.Stdout.Should().MatchRegex(@"(?m)^\[strategy\] ");
        r.Stdout.Should().MatchRegex(@"(?m)^  - digital_plan: answer informal → \d+ / \d+ pts");
        r.Stdout.Should().MatchRegex(@"(?m)^  - mfa: answer false → 0 / \d+ pts?");
        r.Stdout.Should().MatchRegex(@"(?m)^  - headcount: answer 12 ");
        var questionLines = r.Stdout.Split('\n').Count(l => l.StartsWith("  - ", System.StringComparison.Ordinal));
        questionLines.Should().BeGreaterThanOrEqualTo(Answers.CoreFull.Split('\n').Count(l => l.StartsWith("  ", System.StringComparison.Ordinal) && l.Contains(':')));
    }

    [Fact]
    public void Explain_WithFormatOption_ExitsTwo()
    {
        using var dir = new TempDir();
        var answers = dir.Write("firm.yaml", Answers.CoreFull);

        Cli.Run("explain", "-a", answers, "-r", Repo.CoreRules, "--format", "json").ExitCode.Should().Be(2);
    }

    [Fact]
    public void Assess_UsageErrors_ExitTwo()
    {
        using var dir = new TempDir();
        var answers = dir.Write("firm.yaml", Answers.CoreFull);
        var missing = Path.Combine(dir.Path, "missing.yaml");

        Cli.Run("assess").ExitCode.Should().Be(2, "the answers option is required");
        Cli.Run("assess", "-a").ExitCode.Should().Be(2, "the option needs a value");
        Cli.Run("assess", "-a", answers, "-r", Repo.CoreRules, "--bogus").ExitCode.Should().Be(2);
        Cli.Run("assess", "-a", answers, "-r", Repo.CoreRules, "--format", "xml").ExitCode.Should().Be(2);
        Cli.Run("assess", "-a", answers, "-r", Repo.CoreRules, "--lang", "de").ExitCode.Should().Be(2);
        Cli.Run("assess", "-a", missing, "-r", Repo.CoreRules).ExitCode.Should().Be(2);
        Cli.Run("assess", "-a", answers, "-r", Path.Combine(dir.Path, "no-rules")).ExitCode.Should().Be(2);
    }

    [Theory]
    [InlineData("company: {id: x}\nanswers: [1, 2\n")]
    [InlineData("company: {id: x, naf: 62.01Z}\nanswers:\n  mfa: true\n  mfa: false\n")]
    [InlineData("company: [unclosed\n")]
    public void Assess_MalformedAnswersFile_ExitsOneWithADiagnostic(string content)
    {
        using var dir = new TempDir();
        var answers = dir.Write("broken.yaml", content);

        var r = Cli.Run("assess", "-a", answers, "-r", Repo.CoreRules);

        r.ExitCode.Should().Be(1, r.ToString());
        r.Stderr.Should().NotContain("Unhandled exception");
        r.Stderr.Split('\n', System.StringSplitOptions.RemoveEmptyEntries | System.StringSplitOptions.TrimEntries)
            .Should().Contain(l => Canonical.IsMatch(l));
    }

    /// <summary>YamlDotNet 11.2.1's scanner throws a bare <see cref="System.Exception"/> (not a YamlException) on this
    /// input; the reader turns it into MAT001 instead of letting it crash the command.</summary>
    [Fact]
    public void Assess_ReportsMalformedAnswersThatBreakTheYamlScanner_AsDiagnostics()
    {
        using var dir = new TempDir();
        var answers = dir.Write("broken.yaml", "company: {id: \"x\"\nanswers: [\n");

        var r = Cli.Run("assess", "-a", answers, "-r", Repo.CoreRules);

        r.ExitCode.Should().Be(1, r.ToString());
        r.Stderr.Should().NotContain("Unhandled exception");
        r.Stderr.Split('\n', System.StringSplitOptions.RemoveEmptyEntries | System.StringSplitOptions.TrimEntries)
            .Should().Contain(l => Canonical.IsMatch(l));
    }

    private static void CheckLevel(JsonElement level)
    {
        if (level.ValueKind == JsonValueKind.Null)
        {
            return;
        }

        level.ValueKind.Should().Be(JsonValueKind.Object);
        level.GetProperty("id").GetString().Should().NotBeNullOrEmpty();
        level.GetProperty("index").GetInt32().Should().BeGreaterThanOrEqualTo(0);
    }
}
