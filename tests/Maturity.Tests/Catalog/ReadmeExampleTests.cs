using System;
using System.IO;
using System.Linq;
using Maturity.Answers;
using Maturity.Catalog;
using Maturity.Output;

namespace Maturity.Tests.Catalog;

/// <summary>The README's embedding example is this file's code: it compiles here (without <c>!</c>, nullable
/// warnings being errors), runs here, and the README shows it line for line.</summary>
public class ReadmeExampleTests
{
    /// <summary>The README runs from the repository root, where the folder is <c>"rules"</c>.</summary>
    private static readonly string RulesFolder = TestPaths.Rules;

    [Fact]
    public void EmbeddingExample_RunsAndAssessesTheCompanyWithItsSector()
    {
        // README:begin
        var catalog = RuleSetCatalog.FromDirectory(RulesFolder);      // throws DiagnosticsException listing every problem
        var sheet = AnswerSheet.For(new CompanyInfo("FR-80-001", naf: "86.10Z"))
            .Set("mfa", true)
            .Set("digital_plan", "written")
            .NotApplicable("remote_work")
            .Build();
        var result = catalog.Assess(sheet);                            // the rule set for its NAF code, or the one it names
        Console.WriteLine(result.Score + " " + result.Level?.Id);
        Console.WriteLine(AssessmentJson.Write(result));               // stable JSON, see docs/results.md
        // README:end

        result.RuleSet.Id.Should().Be("health");
        result.Score.Should().BeInRange(0, result.MaxScore);
        result.Questions.Single(q => q.Id == "mfa").State.Should().Be(Maturity.Scoring.AnswerState.Answered);
    }

    [Fact]
    public void Readme_ShowsTheEmbeddingExampleAsTested()
    {
        var source = File.ReadAllLines(Path.Combine(TestPaths.RepositoryRoot, "tests", "Maturity.Tests", "Catalog", "ReadmeExampleTests.cs"));
        var begin = Array.FindIndex(source, l => l.Trim() == "// README:begin");
        var end = Array.FindIndex(source, l => l.Trim() == "// README:end");
        var tested = source[(begin + 1)..end]
            .Select(l => l.Length >= 8 ? l[8..] : l.TrimStart())
            .Select(l => l.Replace("(RulesFolder);", "(\"rules\");    ", StringComparison.Ordinal))
            .ToArray();

        var readme = File.ReadAllLines(Path.Combine(TestPaths.RepositoryRoot, "README.md"));
        var heading = Array.IndexOf(readme, "## Embedding");
        var open = Array.FindIndex(readme, heading, l => l == "```csharp");
        var close = Array.FindIndex(readme, open + 1, l => l == "```");
        var shown = readme[(open + 1)..close];

        shown.Should().Equal(tested);
    }
}
