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

        var r = Cli.Run("assess", "-a", answers, "-r", Repo.Rules);

        r.ExitCode.Should().Be(1, r.ToString());
        r.Stderr.Should().Contain(answers + "(1,1): error MAT077: rule set 'nope' is not among ");
    }
}
