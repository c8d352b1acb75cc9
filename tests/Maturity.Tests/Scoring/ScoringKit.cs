using System;
using System.Linq;
using Maturity.Answers;
using Maturity.Loading;
using Maturity.Model;
using Maturity.Scoring;

namespace Maturity.Tests.Scoring;

/// <summary>Small helpers to write inline rule sets and answer sheets in scoring tests.</summary>
internal static class ScoringKit
{
    /// <summary>Compiles one inline rule set; <paramref name="body"/> holds everything after the header
    /// (scoring, answerSets, dimensions, levels, recommendations). Fails the test on any load error.</summary>
    public static RuleSet Rules(string body, string id = "t", string? extra = null)
    {
        var yaml = "ruleset: " + id + "\nversion: 1.0.0\ntitle: Test\nlanguages: [en]\n" + (extra ?? string.Empty) + body;
        var result = RuleSetLoader.LoadText(yaml, id + ".yaml");
        var errors = result.Diagnostics.Where(d => d.IsError).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("rule set does not load:\n" + string.Join("\n", errors) + "\n---\n" + yaml);
        }

        return result.RuleSets.Single();
    }

    public static AnswerSheetBuilder Sheet(string id = "c1") => AnswerSheet.For(new CompanyInfo(id));

    public static AssessmentResult Assess(this RuleSet rs, AnswerSheetBuilder sheet) => rs.Assess(sheet.Build(), AssessmentOptions.Strict);

    public static NodeResult Node(this AssessmentResult r, string id) => r.Nodes.Single(n => n.Id == id);

    public static QuestionResult Q(this AssessmentResult r, string id) => r.Questions.Single(q => q.Id == id);
}
