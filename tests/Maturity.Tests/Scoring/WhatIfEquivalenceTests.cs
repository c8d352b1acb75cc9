using System.Collections.Generic;
using System.IO;
using System.Linq;
using Maturity.Answers;
using Maturity.Catalog;
using Maturity.Loading;
using Maturity.Model;
using Maturity.Scoring;

namespace Maturity.Tests.Scoring;

/// <summary>The engine computes what-if gains incrementally, in place. These tests recompute each gain the
/// slow, obvious way — a whole new answer sheet with the improved answers, assessed from scratch — and
/// require the same number, on every sample company of every shipped rule set.</summary>
public sealed class WhatIfEquivalenceTests
{
    private static readonly RuleSetCatalog Catalog = new(RuleSetLoader.LoadDirectory(TestPaths.Rules).RuleSets);

    public static IEnumerable<object[]> SampleFiles() =>
        Directory.GetFiles(Path.Combine(TestPaths.Samples, "companies"), "*.yaml", SearchOption.AllDirectories)
            .OrderBy(f => f, System.StringComparer.Ordinal)
            .Select(f => new object[] { Path.GetRelativePath(TestPaths.Samples, f) });

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Gain_EqualsAFullReassessmentWithTheImprovedAnswers(string sample)
    {
        var sheet = AnswerFile.Load(Path.Combine(TestPaths.Samples, sample)).Sheet!;
        var ruleSet = Catalog.FindFor(sheet)!;
        var result = ruleSet.Assess(sheet);

        foreach (var rec in result.Recommendations)
        {
            var improved = Improve(ruleSet, sheet, rec.Recommendation);
            var full = ruleSet.Assess(improved, AssessmentOptions.Lenient);
            var expected = System.Math.Max(0, full.Score - result.Score);
            rec.Gain.Should().BeApproximately(expected, 1e-5, "recommendation {0} on {1}", rec.Id, sample);
            (rec.LevelAfter?.Id).Should().Be(full.Level?.Id, "level after {0} on {1}", rec.Id, sample);
        }
    }

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void UnlockedGates_EqualTheUnmetGatesAFullReassessmentMeets(string sample)
    {
        var sheet = AnswerFile.Load(Path.Combine(TestPaths.Samples, sample)).Sheet!;
        var ruleSet = Catalog.FindFor(sheet)!;
        var result = ruleSet.Assess(sheet);
        if (result.NextLevel is not { } next)
        {
            result.Recommendations.Should().NotContain(r => r.UnlockedGates.Count > 0, "nothing to unlock at the top, {0}", sample);
            return;
        }

        foreach (var rec in result.Recommendations)
        {
            var full = ruleSet.Assess(Improve(ruleSet, sheet, rec.Recommendation), AssessmentOptions.Lenient);
            IEnumerable<Gate> met;
            if (full.Level is { } reached && reached.Index >= next.Level.Index)
            {
                met = next.UnmetGates; // the level is reached: every gate of it holds
            }
            else if (full.NextLevel?.Level == next.Level)
            {
                met = next.UnmetGates.Except(full.NextLevel.UnmetGates);
            }
            else
            {
                continue; // the improved answers fall below the next level: its gates are not listed
            }

            rec.UnlockedGates.Should().Equal(met, "gates unlocked by {0} on {1}", rec.Id, sample);
        }
    }

    [Fact]
    public void Gain_AccountsForQuestionsTheImprovedAnswerMakesAsked()
    {
        // Improving 'ehr' makes 'share' asked; unanswered, it scores 0 and pulls the mean down.
        const string yaml = """
            ruleset: t
            version: 1.0.0
            title: T
            languages: [en]
            answerSets:
              a:
                - { id: none, points: 0, label: None }
                - { id: full, points: 1, label: Full }
            dimensions:
              - id: d
                title: D
                questions:
                  - { id: ehr, type: choice, answers: a, text: E }
                  - { id: share, type: percent, when: "ehr != 'none'", text: S }
                  - { id: other, type: boolean, text: O }
            recommendations:
              - { id: r, when: "ehr == 'none'", text: R }
            """;
        var rs = RuleSetLoader.LoadText(yaml).RuleSets.Single();
        var sheet = AnswerSheet.For(new CompanyInfo("c")).Set("ehr", "none").Set("other", true).Build();

        var result = rs.Assess(sheet);

        // Before: (0 + 1) / 2 = 50. After: ehr 1, share asked but unanswered 0, other 1 → 2/3 = 66.67.
        result.Score.Should().Be(50);
        result.Recommendations.Single().Gain.Should().BeApproximately(100.0 * 2 / 3 - 50, 1e-5);
    }

    private static AnswerSheet Improve(RuleSet ruleSet, AnswerSheet sheet, Recommendation rec)
    {
        var builder = AnswerSheet.For(sheet.Company);
        if (sheet.RuleSetId is { } id)
        {
            builder.UseRuleSet(id);
        }

        foreach (var pair in sheet.Answers)
        {
            builder.Set(pair.Key, pair.Value);
        }

        foreach (var qid in rec.Improves)
        {
            var q = ruleSet.FindQuestion(qid)!;
            switch (q.Type)
            {
                case QuestionType.Boolean: builder.Set(qid, true); break;
                case QuestionType.Choice: builder.Set(qid, q.Options.Last(o => o.Points == q.Options.Max(x => x.Points)).Id); break;
                case QuestionType.Multi: builder.Set(qid, Answer.Choices(q.Options.Select(o => o.Id))); break;
                case QuestionType.Scale: builder.Set(qid, q.Max!.Value); break;
                default:
                    if (q.IsScored)
                    {
                        builder.Set(qid, q.Bands.Count > 0 ? q.Bands[^1].Min : 100.0);
                    }

                    break;
            }
        }

        return builder.Build();
    }
}
