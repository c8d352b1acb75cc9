using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Maturity.Answers;
using Maturity.Loading;
using Maturity.Model;
using Maturity.Output;
using Maturity.Scoring;

namespace Maturity.Tests.Scoring;

/// <summary>The worked example of docs/scoring.md and the full JSON example of docs/results.md.</summary>
public class WorkedExampleTests
{
    /// <summary>Same text as the rule set in docs/scoring.md ("Worked example").</summary>
    internal const string Yaml = """
        ruleset: example
        version: 1.0.0
        title: Example
        languages: [en]
        dimensions:
          - id: tools
            weight: 2
            title: Tools
            questions:
              - { id: website, type: boolean, text: Website }
              - id: software
                type: multi
                max: 2
                text: Business software
                answers:
                  - { id: accounting, points: 1, label: Accounting }
                  - { id: crm, points: 1, label: CRM }
                  - { id: erp, points: 1, label: ERP }
              - { id: remote, type: boolean, na: true, text: Remote work }
          - id: security
            title: Security
            questions:
              - { id: backup, type: boolean, text: Backups tested }
              - id: updates
                type: choice
                text: Updates
                answers:
                  - { id: none, points: 0, label: None }
                  - { id: manual, points: 1, label: Manual }
                  - { id: automatic, points: 3, label: Automatic }
              - { id: training_share, type: percent, text: Staff trained (%) }
        levels:
          - { id: initial, min: 0 }
          - { id: structured, min: 50, requires: [backup] }
          - { id: advanced, min: 80 }
        recommendations:
          - { id: test-backups, when: not backup, effort: low, text: Test your backups. }
          - { id: automate-updates, when: "updates < 'automatic'", effort: low, text: Automate updates. }
        """;

    internal static AssessmentResult Run()
    {
        var rs = RuleSetLoader.LoadText(Yaml, "example.yaml").ThrowIfFailed().RuleSets.Single();
        var sheet = AnswerSheet.For(new CompanyInfo("example-1", "Atelier Exemple", "25.62A", 8, "80", new DateTime(2026, 3, 9)))
            .Set("website", true)
            .Set("software", "accounting")
            .NotApplicable("remote")
            .Set("backup", false)
            .Set("updates", "manual")
            .Set("training_share", 40)
            .Build();
        return rs.Assess(sheet);
    }

    [Fact]
    public void Assess_ScoringMdWorkedExample_GivesTheDocumentedFigures()
    {
        var r = Run();

        r.Q("software").Points.Should().Be(1);
        r.Q("remote").State.Should().Be(AnswerState.NotApplicable);
        r.Q("training_share").Points.Should().Be(0.4);
        r.Node("tools").Score.Should().Be(75);
        r.Node("security").Score.Should().Be(24.444444);
        r.Score.Should().Be(58.148148);
        r.Coverage.Should().Be(1);
        r.Node("tools").Contribution.Should().Be(50);
        r.Node("security").Contribution.Should().Be(8.148148);
        r.Q("website").Contribution.Should().Be(33.333333);
        r.Q("software").Contribution.Should().Be(16.666667);
        r.Level!.Id.Should().Be("initial");
        r.NextLevel!.Id.Should().Be("structured");
        r.NextLevel.PointsMissing.Should().Be(0);
        r.NextLevel.UnmetRequirements.Should().Equal("backup");
        r.Recommendations.Select(x => (x.Id, x.Gain, x.LevelAfter!.Id)).Should().Equal(
            ("test-backups", 11.111111, "structured"),
            ("automate-updates", 7.407408, "initial"));
    }

    [Fact]
    public void Write_ResultsMdFullExample_IsWhatTheCodeWrites()
    {
        var doc = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "results.md"));
        var block = Regex.Match(doc, "<!-- full-example -->\\s*```json\\n(.*?)```", RegexOptions.Singleline);
        block.Success.Should().BeTrue("docs/results.md has a marked full example");
        block.Groups[1].Value.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd()
            .Should().Be(AssessmentJson.Write(Run()).Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd());
    }
}
