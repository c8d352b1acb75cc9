using System.Linq;
using Maturity.Model;
using static Maturity.Tests.Scoring.ScoringKit;

namespace Maturity.Tests.Scoring;

/// <summary>Levels with thresholds and gates (cumulative or not), per-dimension levels, the next
/// level, and recommendations ranked by their what-if gain.</summary>
public class LevelsAndRecommendationsTests
{
    private static string Gated(bool cumulative) => $$"""
        scoring: { cumulativeLevels: {{(cumulative ? "true" : "false")}} }
        dimensions:
          - id: d
            title: D
            questions:
              - { id: a, type: boolean, text: A }
              - { id: b, type: boolean, text: B }
              - { id: c, type: boolean, text: C }
              - { id: e, type: boolean, text: E }
        levels:
          - { id: l0, min: 0 }
          - { id: l1, min: 25, requires: [a] }
          - { id: l2, min: 50 }
          - { id: l3, min: 75 }
        """;

    [Fact]
    public void Assess_CumulativeLevels_NeedThresholdGatesAndEveryLowerLevel()
    {
        var rs = Rules(Gated(cumulative: true));

        // 50 points but l1's gate 'a' fails: l2 (50) and its own threshold do not help
        var r = rs.Assess(Sheet().Set("a", false).Set("b", true).Set("c", true).Set("e", false));
        r.Score.Should().Be(50);
        r.Level!.Id.Should().Be("l0");
        r.NextLevel!.Id.Should().Be("l1");
        r.NextLevel.PointsMissing.Should().Be(0);
        r.NextLevel.UnmetRequirements.Should().Equal("a");

        // with a: 25 → l1; next l2 needs 25 more points and has no gate
        var r2 = rs.Assess(Sheet().Set("a", true).Set("b", false).Set("c", false).Set("e", false));
        r2.Level!.Id.Should().Be("l1");
        r2.Level.Index.Should().Be(1);
        r2.NextLevel!.Id.Should().Be("l2");
        r2.NextLevel.PointsMissing.Should().Be(25);
        r2.NextLevel.UnmetRequirements.Should().BeEmpty();

        // everything: top level, no next level
        var top = rs.Assess(Sheet().Set("a", true).Set("b", true).Set("c", true).Set("e", true));
        top.Level!.Id.Should().Be("l3");
        top.NextLevel.Should().BeNull();
    }

    [Fact]
    public void Assess_NonCumulativeLevels_TakeTheHighestLevelWhoseOwnConditionsHold()
    {
        var rs = Rules(Gated(cumulative: false));

        var r = rs.Assess(Sheet().Set("a", false).Set("b", true).Set("c", true).Set("e", false));
        r.Level!.Id.Should().Be("l2");
        r.NextLevel!.Id.Should().Be("l3");
        r.NextLevel.PointsMissing.Should().Be(25);
    }

    [Fact]
    public void Assess_LowestThresholdNotMet_HasNoLevel()
    {
        var rs = Rules("""
            dimensions:
              - id: d
                title: D
                questions: [{ id: a, type: boolean, text: A }, { id: b, type: boolean, text: B }]
            levels:
              - { id: l1, min: 40 }
              - { id: l2, min: 90 }
            """);

        var r = rs.Assess(Sheet().Set("a", false).Set("b", false));
        r.Level.Should().BeNull();
        r.NextLevel!.Id.Should().Be("l1");
        r.NextLevel.PointsMissing.Should().Be(40);

        var half = rs.Assess(Sheet().Set("a", true).Set("b", false));
        half.Level!.Id.Should().Be("l1");
        half.NextLevel!.PointsMissing.Should().Be(40);
    }

    [Fact]
    public void Assess_PerDimensionLevels_UseTheDimensionScore()
    {
        var rs = Rules("""
            dimensions:
              - id: d
                title: D
                questions: [{ id: a, type: boolean, text: A }, { id: b, type: boolean, text: B }]
                levels:
                  - { id: basic, min: 0 }
                  - { id: advanced, min: 60 }
              - id: e
                title: E
                questions: [{ id: c, type: boolean, text: C }]
            """);

        var r = rs.Assess(Sheet().Set("a", true).Set("b", false).Set("c", true));
        // d = 50 → basic; the overall 75 is irrelevant to d's levels
        r.Score.Should().Be(75);
        r.Node("d").Level!.Id.Should().Be("basic");
        r.Node("d").NextLevel!.Id.Should().Be("advanced");
        r.Node("d").NextLevel!.PointsMissing.Should().Be(10);
        r.Node("e").Level.Should().BeNull();
        r.Node("e").NextLevel.Should().BeNull();
        rs.Assess(Sheet().Set("a", true).Set("b", true).Set("c", false)).Node("d").Level!.Id.Should().Be("advanced");
    }

    private const string Recommended = """
        dimensions:
          - id: d1
            title: D1
            questions:
              - { id: a, type: boolean, text: A }
              - { id: b, type: boolean, weight: 3, text: B }
          - id: d2
            title: D2
            questions:
              - id: c
                type: choice
                text: C
                answers:
                  - { id: "n", points: 0, label: None }
                  - { id: p, points: 1, label: Partly }
                  - { id: f, points: 2, label: Fully }
        levels:
          - { id: l0, min: 0 }
          - { id: l1, min: 50 }
        recommendations:
          - { id: r-a-medium, when: not a, effort: medium, text: Do a (medium) }
          - { id: r-c, when: "c < 'f'", effort: medium, text: Improve c }
          - { id: r-a-low, when: not a, improves: [a], effort: low, text: Do a (low) }
          - { id: r-b, when: not b, effort: high, text: Do b }
          - { id: r-never, when: "c == 'n'", effort: low, text: Not triggered }
        """;

    [Fact]
    public void Assess_Recommendations_RankedByWhatIfGainThenEffort()
    {
        var r = Rules(Recommended).Assess(Sheet().Set("a", false).Set("b", false).Set("c", "p"));

        // now: d1 = 0, d2 = 100 × 1/2 = 50 → overall 25
        r.Score.Should().Be(25);
        // r-b: b = true → d1 = 100 × 3/4 = 75 → overall (75 + 50) / 2 = 62.5 → gain 37.5
        // r-c: c = f → d2 = 100 → overall 50 → gain 25
        // r-a: a = true → d1 = 25 → overall 37.5 → gain 12.5 (twice: low effort first, although declared last)
        r.Recommendations.Select(x => x.Id).Should().Equal("r-b", "r-c", "r-a-low", "r-a-medium");
        r.Recommendations.Select(x => x.Gain).Should().Equal(37.5, 25, 12.5, 12.5);
        r.Recommendations[0].LevelAfter!.Id.Should().Be("l1");
        r.Recommendations[2].LevelAfter!.Id.Should().Be("l0");
        r.Recommendations[0].Recommendation.Improves.Should().Equal("b");
    }

    [Theory]
    [InlineData(20)] // ranked by insertion
    [InlineData(90)] // past the insertion limit: ranked by Array.Sort
    public void Assess_ManyTriggeredRecommendations_RankedByGainThenEffortThenDeclaration(int count)
    {
        // Question i weighs (i % 7) + 1, so gains repeat and the effort and declaration order decide ties.
        var efforts = new[] { "high", "low", "medium" };
        var questions = string.Concat(Enumerable.Range(0, count).Select(i => $"\n      - {{ id: q{i}, type: boolean, weight: {i % 7 + 1}, text: Q{i} }}"));
        var recommendations = string.Concat(Enumerable.Range(0, count).Select(i => $"\n  - {{ id: r{i}, when: not q{i}, improves: [q{i}], effort: {efforts[i % 3]}, text: R{i} }}"));
        var rs = Rules($"dimensions:\n  - id: d\n    title: D\n    questions:{questions}\nrecommendations:{recommendations}\n");
        var sheet = Sheet();
        for (var i = 0; i < count; i++)
        {
            sheet.Set("q" + i, false);
        }

        var r = rs.Assess(sheet);

        r.Recommendations.Should().HaveCount(count);
        var expected = r.Recommendations
            .OrderByDescending(x => x.Gain)
            .ThenBy(x => x.Recommendation.Effort)
            .ThenBy(x => int.Parse(x.Id.Substring(1), System.Globalization.CultureInfo.InvariantCulture))
            .Select(x => x.Id);
        r.Recommendations.Select(x => x.Id).Should().Equal(expected);
        r.Recommendations.Select(x => x.Gain).Distinct().Should().HaveCount(7);
    }

    [Fact]
    public void Assess_ImprovedQuestionNotAsked_WhatIfGainIsZero()
    {
        var rs = Rules("""
            dimensions:
              - id: d
                title: D
                questions:
                  - { id: gate, type: boolean, text: Gate }
                  - { id: x, type: boolean, when: gate, text: X }
            recommendations:
              - { id: do-x, when: not x, improves: [x], effort: low, text: Do x }
              - { id: do-gate, when: not gate, effort: low, text: Do gate }
            """);

        var r = rs.Assess(Sheet().Set("gate", false));
        // do-gate: gate = true makes x asked and unanswered: 100 × 1 / 2 = 50 → gain 50
        // do-x: x stays hidden while gate is false → gain 0
        r.Recommendations.Select(x => (x.Id, x.Gain)).Should().Equal(("do-gate", 50.0), ("do-x", 0.0));
    }

    [Fact]
    public void Effort_Values_OrderLowMediumHigh()
    {
        ((int)Effort.Low).Should().BeLessThan((int)Effort.Medium);
        ((int)Effort.Medium).Should().BeLessThan((int)Effort.High);
    }

    [Fact]
    public void Hash_SameOrChangedRules_StableAndChangesWithARule()
    {
        const string body = """
            dimensions:
              - id: d
                title: D
                questions: [{ id: a, type: boolean, points: 1, text: A }]
            """;
        var first = Rules(body);
        var again = Rules(body);
        var changed = Rules(body.Replace("points: 1", "points: 2", System.StringComparison.Ordinal));

        first.Hash.Should().MatchRegex("^[0-9a-f]{64}$");
        again.Hash.Should().Be(first.Hash);
        changed.Hash.Should().NotBe(first.Hash);
        Rules(body.Replace("\n", "\r\n", System.StringComparison.Ordinal)).Hash.Should().Be(first.Hash, "line endings are normalised");

        var r = first.Assess(Sheet().Set("a", true));
        r.RuleSetHash.Should().Be(first.Hash);
        r.RuleSetId.Should().Be("t");
        r.RuleSetVersion.Should().Be("1.0.0");
    }
}
