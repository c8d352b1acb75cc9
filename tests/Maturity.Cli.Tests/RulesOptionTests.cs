using System.IO;

namespace Maturity.Cli.Tests;

public sealed class RulesOptionTests
{
    [Fact]
    public void Assess_WithASectorFile_LoadsItsBaseFromTheSameFolder()
    {
        var answers = Path.Combine(Repo.Samples, "companies", "retail", "leader.yaml");

        var r = Cli.Run("assess", "-a", answers, "-r", Path.Combine(Repo.Rules, "retail.yaml"), "--format", "json");

        r.ExitCode.Should().Be(0, r.ToString());
        r.Stdout.Should().Contain("\"id\": \"retail\"");
    }

    [Fact]
    public void Assess_WithASingleFile_IgnoresABrokenSiblingItDoesNotExtend()
    {
        using var dir = new TempDir();
        File.Copy(Repo.CoreRules, Path.Combine(dir.Path, "core.yaml"));
        dir.Write("broken.yaml", "ruleset: broken\nversion: nope\n");
        var answers = dir.Write("a.yaml", "company: { id: A }\nanswers:\n  mfa: true\n");

        var r = Cli.Run("assess", "-a", answers, "-r", Path.Combine(dir.Path, "core.yaml"));

        r.ExitCode.Should().Be(0, r.ToString());
    }

    [Fact]
    public void Assess_AnswersNamingAnUnknownRuleSet_ExitsWithMat077OnTheAnswersFile()
    {
        using var dir = new TempDir();
        var answers = dir.Write("a.yaml", "ruleset: nope\ncompany: { id: A }\nanswers:\n  mfa: true\n");

        var r = Cli.Run("assess", "--lang", "en", "-a", answers, "-r", Repo.Rules);

        r.ExitCode.Should().Be(1, r.ToString());
        r.Stderr.Should().Contain(answers + "(1,1): error MAT077: rule set 'nope' is not among ");
    }

    [Fact]
    public void Lint_OfOneFile_ReportsOnlyThatFile_NotItsNeighboursOrSubfolders()
    {
        using var dir = new TempDir();
        var bad = dir.Write("bad.yaml", "ruleset: bad\nversion: 1.0.0\ntitle: B\nlanguages: [en]\nfoo: 1\ndimensions:\n  - id: d\n    title: D\n    questions: [{ id: q, type: boolean, text: Q }]\n");
        dir.Write("other.yaml", "ruleset: other\nversion: nope\n");
        Directory.CreateDirectory(Path.Combine(dir.Path, "sub"));
        dir.Write(Path.Combine("sub", "deep.yaml"), "not: [a rule file\n");

        var r = Cli.Run("lint", bad);

        r.ExitCode.Should().Be(1, r.ToString());
        r.Stdout.Should().Contain("bad.yaml(5,1): error MAT003").And.NotContain("other.yaml").And.NotContain("deep.yaml");
    }

    [Fact]
    public void Lint_OfAFileWhoseBaseIsBroken_ShowsTheBasesErrors()
    {
        using var dir = new TempDir();
        dir.Write("core.yaml", "ruleset: core\nversion: 1.0.0\ntitle: C\nlanguages: [en]\nfoo: 1\ndimensions:\n  - id: d\n    title: D\n    questions: [{ id: q, type: boolean, text: Q }]\n");
        var sector = dir.Write("sector.yaml", "ruleset: sector\nversion: 1.0.0\nextends: core\ntitle: S\nlanguages: [en]\n");

        var r = Cli.Run("lint", sector);

        r.ExitCode.Should().Be(1, r.ToString());
        r.Stdout.Should().Contain("core.yaml(5,1): error MAT003");
    }

    [Fact]
    public void Assess_WithASingleFile_WinsOverASiblingDeclaringTheSameId_WhichIsAWarning()
    {
        using var dir = new TempDir();
        var named = Path.Combine(dir.Path, "core.yaml");
        File.Copy(Repo.CoreRules, named);
        // sorts before core.yaml: it used to be loaded first and make the named file a duplicate
        File.Copy(Repo.CoreRules, Path.Combine(dir.Path, "core-copy.yaml"));
        var answers = dir.Write("a.yaml", "company: { id: A }\nanswers:\n  mfa: true\n");

        var assess = Cli.Run("assess", "--lang", "en", "-a", answers, "-r", named, "--format", "json");
        var lint = Cli.Run("lint", "--lang", "en", named);

        assess.ExitCode.Should().Be(0, assess.ToString());
        lint.ExitCode.Should().Be(0, lint.ToString());
        lint.Stdout.Should().Contain("core-copy.yaml(").And.Contain("warning MAT048: rule set 'core' is already declared in ")
            .And.Contain("that file is used and this one ignored");
    }
}
