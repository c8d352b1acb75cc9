using System.Linq;
using Maturity.Scoring;
using static Maturity.Tests.Scoring.ScoringKit;

namespace Maturity.Tests.Scoring;

/// <summary>Node aggregation on both scales, question points per type, N/A, hidden and unanswered
/// questions, coverage. Every expected number is computed by hand in the comment next to it.</summary>
public class AggregationTests
{
    private const string WeightedMean = """
        dimensions:
          - id: d1
            weight: 3
            title: D1
            questions:
              - { id: a, type: boolean, text: A }
              - { id: b, type: boolean, weight: 3, points: 2, text: B }
          - id: d2
            title: D2
            questions:
              - { id: c, type: scale, min: 0, max: 4, text: C }
        """;

    [Fact]
    public void Assess_NormalizedScale_TakesTheWeightedMeanOfRatios()
    {
        var r = Rules(WeightedMean).Assess(Sheet().Set("a", true).Set("b", false).Set("c", 3));

        // d1 = 100 × (1 × 1/1 + 3 × 0/2) / (1 + 3) = 25; d2 = 100 × 3/4 = 75
        r.Node("d1").Score.Should().Be(25);
        r.Node("d2").Score.Should().Be(75);
        r.Node("d1").MaxScore.Should().Be(100);
        // overall = (3 × 25 + 1 × 75) / 4 = 37.5
        r.Score.Should().Be(37.5);
        r.MaxScore.Should().Be(100);
        r.Q("a").Points.Should().Be(1);
        r.Q("b").Points.Should().Be(0);
        r.Q("b").MaxPoints.Should().Be(2);
        r.Q("c").Points.Should().Be(3);
    }

    [Fact]
    public void Assess_Contributions_OfDimensionsAndQuestionsAddUpToTheOverallScore()
    {
        var r = Rules(WeightedMean).Assess(Sheet().Set("a", true).Set("b", true).Set("c", 1));

        // d1 = 100; d2 = 25; overall = (300 + 25) / 4 = 81.25
        r.Score.Should().Be(81.25);
        // contributions: d1 = 3 × 100 / 4 = 75, d2 = 25 / 4 = 6.25
        r.Node("d1").Contribution.Should().Be(75);
        r.Node("d2").Contribution.Should().Be(6.25);
        r.Dimensions.Sum(d => d.Contribution).Should().BeApproximately(r.Score, 1e-5);
        // inside d1: a = 1 × 1 / 4 of d1's share, b = 3 × 1 / 4 of it
        r.Q("a").Contribution.Should().Be(18.75);
        r.Q("b").Contribution.Should().Be(56.25);
        r.Questions.Sum(q => q.Contribution).Should().BeApproximately(r.Score, 1e-5);
    }

    private static string TwoQuestions(string scale, string aggregate) => $$"""
        scoring: { scale: {{scale}} }
        dimensions:
          - id: d
            title: D
            aggregate: {{aggregate}}
            questions:
              - { id: a, type: boolean, text: A }
              - { id: b, type: scale, min: 0, max: 4, weight: 2, text: B }
        """;

    [Theory]
    // normalized: mean = 100 × (1 × 1 + 2 × 2/4) / 3 = 66.666667
    [InlineData("normalized", "mean", 66.666667, 100)]
    // normalized: sum = 100 × (1 × 1 + 2 × 2) / (1 × 1 + 2 × 4) = 500 / 9 = 55.555556
    [InlineData("normalized", "sum", 55.555556, 100)]
    // normalized: min and max compare ratios: min(1, 0.5) = 50, max = 100
    [InlineData("normalized", "min", 50, 100)]
    [InlineData("normalized", "max", 100, 100)]
    // raw: mean = (1 × 1 + 2 × 2) / 3 = 1.666667, max (1 × 1 + 2 × 4) / 3 = 3
    [InlineData("raw", "mean", 1.666667, 3)]
    // raw: sum = 1 × 1 + 2 × 2 = 5, max 1 + 2 × 4 = 9
    [InlineData("raw", "sum", 5, 9)]
    // raw: min and max compare raw points: min(1, 2) = 1 (a, max 1); max = 2 (b, max 4)
    [InlineData("raw", "min", 1, 1)]
    [InlineData("raw", "max", 2, 4)]
    public void Assess_EachAggregateOnEachScale_ScoresAsComputedByHand(string scale, string aggregate, double score, double max)
    {
        var r = Rules(TwoQuestions(scale, aggregate)).Assess(Sheet().Set("a", true).Set("b", 2));

        r.Node("d").Score.Should().Be(score);
        r.Node("d").MaxScore.Should().Be(max);
        // one dimension: the overall score is that dimension's
        r.Score.Should().Be(score);
        r.MaxScore.Should().Be(max);
        r.Dimensions.Sum(d => d.Contribution).Should().BeApproximately(r.Score, 1e-5);
        r.Questions.Sum(q => q.Contribution).Should().BeApproximately(r.Score, 1e-5);
    }

    [Fact]
    public void Assess_FormulaNodeOnTheNormalizedScale_ScoresTheFormulaUpTo100()
    {
        var rs = Rules("""
            dimensions:
              - id: d
                title: D
                aggregate: formula
                formula: (x + y) * 12.5
                questions:
                  - { id: x, type: scale, min: 0, max: 4, text: X }
                  - { id: y, type: scale, min: 0, max: 4, text: Y }
            """);

        // (2 + 4) × 12.5 = 75
        rs.Assess(Sheet().Set("x", 2).Set("y", 4)).Score.Should().Be(75);
        // (4 + 4) × 12.5 = 100 (at the top of the range)
        rs.Assess(Sheet().Set("x", 4).Set("y", 4)).Score.Should().Be(100);
    }

    [Fact]
    public void Assess_FormulaNodeOnTheRawScale_IsClampedToItsDeclaredMax()
    {
        var rs = Rules("""
            scoring: { scale: raw }
            dimensions:
              - id: d
                title: D
                aggregate: formula
                formula: x + y * 2
                max: 10
                questions:
                  - { id: x, type: scale, min: 0, max: 4, text: X }
                  - { id: y, type: scale, min: 0, max: 4, text: Y }
            """);

        // 2 + 3 × 2 = 8, max 10
        var r = rs.Assess(Sheet().Set("x", 2).Set("y", 3));
        r.Node("d").Score.Should().Be(8);
        r.Node("d").MaxScore.Should().Be(10);
        // 4 + 4 × 2 = 12, clamped to the declared max 10
        rs.Assess(Sheet().Set("x", 4).Set("y", 4)).Score.Should().Be(10);
    }

    [Fact]
    public void Assess_FormulaOverGroups_ReadsTheirNormalizedScores()
    {
        var rs = Rules("""
            dimensions:
              - id: d
                title: D
                aggregate: formula
                formula: (g1 * 3 + g2) / 4
                groups:
                  - id: g1
                    title: G1
                    questions: [{ id: a, type: boolean, text: A }, { id: b, type: boolean, text: B }]
                  - id: g2
                    title: G2
                    questions: [{ id: c, type: boolean, text: C }]
            """);

        // g1 = 50, g2 = 100 → (150 + 100) / 4 = 62.5
        rs.Assess(Sheet().Set("a", true).Set("b", false).Set("c", true)).Score.Should().Be(62.5);
    }

    [Fact]
    public void Assess_NotApplicable_LeavesTheScoreAndCountsAsAnswered()
    {
        var rs = Rules("""
            dimensions:
              - id: d1
                title: D1
                questions:
                  - { id: a, type: boolean, na: true, text: A }
                  - { id: b, type: boolean, text: B }
                  - { id: c, type: boolean, text: C }
              - id: d2
                title: D2
                questions:
                  - { id: e, type: boolean, na: true, text: E }
            """);

        var r = rs.Assess(Sheet().NotApplicable("a").Set("b", true).Set("c", false).NotApplicable("e"));

        // d1 = 100 × 1 / 2 = 50 (not 33.3: a is out of the denominator)
        r.Node("d1").Score.Should().Be(50);
        // d2 has nothing applicable: no score, left out of the overall mean
        r.Node("d2").Score.Should().BeNull();
        r.Node("d2").Contribution.Should().Be(0);
        r.Score.Should().Be(50);
        r.Coverage.Should().Be(1);
        r.Q("a").State.Should().Be(AnswerState.NotApplicable);
        r.Q("a").Points.Should().Be(0);
        r.NotApplicable.Should().Equal("a", "e");
        r.Unanswered.Should().BeEmpty();
    }

    [Fact]
    public void Assess_QuestionWhoseWhenIsFalse_IsNotAskedScoredOrCounted()
    {
        var rs = Rules("""
            dimensions:
              - id: d
                title: D
                questions:
                  - { id: gate, type: boolean, text: Gate }
                  - { id: x, type: boolean, when: gate, text: X }
                  - { id: y, type: boolean, text: Y }
            """);

        var r = rs.Assess(Sheet().Set("gate", false).Set("y", true));

        // x hidden: d = 100 × (0 + 1) / 2 = 50
        r.Score.Should().Be(50);
        r.Q("x").State.Should().Be(AnswerState.NotAsked);
        r.Q("x").Answer.Should().BeNull();
        r.Unanswered.Should().BeEmpty();
        // 2 applicable questions, both answered
        r.Coverage.Should().Be(1);

        // once asked and unanswered, x scores 0 and lowers coverage: 100 × 1 / 3, coverage 2 / 3
        var asked = rs.Assess(Sheet().Set("gate", true).Set("y", true));
        asked.Q("x").State.Should().Be(AnswerState.Unanswered);
        asked.Score.Should().Be(66.666667);
        asked.Coverage.Should().Be(0.666667);
    }

    private static string Unanswered(string policy) => $$"""
        scoring: { unanswered: {{policy}} }
        dimensions:
          - id: d1
            title: D1
            questions:
              - { id: a, type: boolean, text: A }
              - { id: b, type: boolean, text: B }
              - { id: c, type: boolean, text: C }
          - id: d2
            title: D2
            questions:
              - { id: e, type: boolean, text: E }
          - id: d3
            title: D3
            questions:
              - { id: f, type: boolean, text: F }
        """;

    [Fact]
    public void Assess_UnansweredZero_ScoresMissingAnswersAsZero()
    {
        var r = Rules(Unanswered("zero")).Assess(Sheet().Set("a", true).Set("e", true));

        // d1 = 100 / 3 = 33.333333; d2 = 100; d3 = 0 → overall = 133.333333 / 3 = 44.444444
        r.Node("d1").Score.Should().Be(33.333333);
        r.Node("d3").Score.Should().Be(0);
        r.Score.Should().Be(44.444444);
        // 2 of 5 applicable questions answered
        r.Coverage.Should().Be(0.4);
        r.Node("d1").Coverage.Should().Be(0.333333);
        r.Node("d3").Coverage.Should().Be(0);
        r.Unanswered.Should().Equal("b", "c", "f");
    }

    [Fact]
    public void Assess_UnansweredExclude_LeavesMissingAnswersOutButReportsCoverage()
    {
        var r = Rules(Unanswered("exclude")).Assess(Sheet().Set("a", true).Set("e", true));

        // d1 = 100 × 1 / 1 = 100; d2 = 100; d3 has nothing answered: no score → overall 100
        r.Node("d1").Score.Should().Be(100);
        r.Node("d3").Score.Should().BeNull();
        r.Score.Should().Be(100);
        r.Coverage.Should().Be(0.4);
        r.Unanswered.Should().Equal("b", "c", "f");
    }

    [Theory]
    // share: ticked / offered = 2 / 3
    [InlineData("share", "", new[] { "a", "c" }, 0.666667, 1)]
    [InlineData("share", "", new string[0], 0, 1)]
    // sum: 2 + 3 = 5, capped at 4
    [InlineData("sum", ", max: 4", new[] { "b", "c" }, 4, 4)]
    // sum: 1 + 2 = 3 of max min(4, 6) = 4
    [InlineData("sum", ", max: 4", new[] { "a", "b" }, 3, 4)]
    // sum without cap: 1 + 3 = 4 of 6
    [InlineData("sum", "", new[] { "a", "c" }, 4, 6)]
    public void Assess_MultipleChoiceShareOrSum_ScoresTickedOptionsUpToTheCap(string scoring, string cap, string[] ticked, double points, double max)
    {
        var maxLine = cap.Length == 0 ? string.Empty : "\n        max: 4";
        var rs = Rules($$"""
            dimensions:
              - id: d
                title: D
                questions:
                  - id: m
                    type: multi
                    scoring: {{scoring}}
                    text: M{{maxLine}}
                    answers:
                      - { id: a, points: 1, label: A }
                      - { id: b, points: 2, label: B }
                      - { id: c, points: 3, label: C }
            """);

        var r = rs.Assess(Sheet().Set("m", ticked));
        r.Q("m").Points.Should().Be(points);
        r.Q("m").MaxPoints.Should().Be(max);
        r.Score.Should().BeApproximately(points / max * 100, 1e-4);
    }

    [Theory]
    // linear: value / 100 × points (2): 30 % → 0.6 of 2
    [InlineData(30, 0.6)]
    [InlineData(0, 0)]
    [InlineData(100, 2)]
    [InlineData(12.5, 0.25)]
    public void Assess_PercentWithoutBands_ScoresLinearly(double value, double points)
    {
        var rs = Rules("""
            dimensions:
              - id: d
                title: D
                questions:
                  - { id: p, type: percent, points: 2, text: P }
            """);

        var r = rs.Assess(Sheet().Set("p", value));
        r.Q("p").Points.Should().Be(points);
        r.Q("p").MaxPoints.Should().Be(2);
        r.Score.Should().Be(value);
    }

    [Theory]
    // the last band whose min ≤ value; a band's min is inclusive
    [InlineData(0, 0)]
    [InlineData(19.99, 0)]
    [InlineData(20, 1)]
    [InlineData(49.9, 1)]
    [InlineData(50, 3)]
    [InlineData(100, 3)]
    public void Assess_PercentWithBands_ScoresTheLastBandReached(double value, double points)
    {
        var rs = Rules("""
            dimensions:
              - id: d
                title: D
                questions:
                  - id: p
                    type: percent
                    text: P
                    bands: [{ min: 0, points: 0 }, { min: 20, points: 1 }, { min: 50, points: 3 }]
            """);

        var r = rs.Assess(Sheet().Set("p", value));
        r.Q("p").Points.Should().Be(points);
        r.Q("p").MaxPoints.Should().Be(3);
    }

    [Theory]
    // below the first band: 0 points
    [InlineData(0, 0)]
    [InlineData(0.5, 0)]
    [InlineData(1, 1)]
    [InlineData(9.99, 1)]
    [InlineData(10, 2)]
    [InlineData(5000, 2)]
    public void Assess_NumberWithBands_ScoresTheLastBandReached(double value, double points)
    {
        var rs = Rules("""
            dimensions:
              - id: d
                title: D
                questions:
                  - id: n
                    type: number
                    text: N
                    bands: [{ min: 1, points: 1 }, { min: 10, points: 2 }]
            """);

        var r = rs.Assess(Sheet().Set("n", value));
        r.Q("n").Points.Should().Be(points);
        r.Q("n").MaxPoints.Should().Be(2);
        r.Score.Should().Be(points / 2 * 100);
    }

    [Fact]
    public void Assess_NumberWithoutBands_IsNotScoredNorInCoverage()
    {
        var rs = Rules("""
            dimensions:
              - id: d
                title: D
                questions:
                  - { id: staff, type: number, min: 0, text: Staff }
                  - { id: plan, type: boolean, when: staff >= 10, text: Plan }
                  - { id: b, type: boolean, text: B }
            """);

        var r = rs.Assess(Sheet().Set("staff", 12).Set("b", true));
        // plan asked (12 ≥ 10) but unanswered: 100 × 1 / 2 = 50; staff is not part of the score
        r.Score.Should().Be(50);
        r.Q("staff").Points.Should().Be(0);
        r.Coverage.Should().Be(0.5);

        // no answer at all for staff: plan not asked; coverage counts b only
        var small = rs.Assess(Sheet().Set("b", true));
        small.Score.Should().Be(100);
        small.Coverage.Should().Be(1);
    }

    [Theory]
    // a scale scores its value out of its max: 3 / 5 = 60 (a scale 1..5 answered 1 gives 20, not 0)
    [InlineData(3, 60)]
    [InlineData(1, 20)]
    [InlineData(5, 100)]
    public void Assess_Scale_ScoresItsValueOutOfItsMax(double value, double score)
    {
        var rs = Rules("""
            dimensions:
              - id: d
                title: D
                questions:
                  - { id: s, type: scale, min: 1, max: 5, text: S }
            """);

        var r = rs.Assess(Sheet().Set("s", value));
        r.Q("s").Points.Should().Be(value);
        r.Q("s").MaxPoints.Should().Be(5);
        r.Score.Should().Be(score);
    }

    [Fact]
    public void Assess_Choice_ScoresItsOptionPointsOutOfTheLargest()
    {
        var rs = Rules("""
            answerSets:
              adoption:
                - { id: none, points: 0, label: None }
                - { id: some, points: 1, label: Some }
                - { id: full, points: 4, label: Full }
            dimensions:
              - id: d
                title: D
                questions:
                  - { id: c, type: choice, answers: adoption, text: C }
            """);

        var r = rs.Assess(Sheet().Set("c", "some"));
        r.Q("c").Points.Should().Be(1);
        r.Q("c").MaxPoints.Should().Be(4);
        r.Score.Should().Be(25);
    }

    [Fact]
    public void Assess_NestedGroups_EachNodeReportsItsOwnScoreAndCoverage()
    {
        var rs = Rules("""
            dimensions:
              - id: d
                title: D
                questions:
                  - { id: a, type: boolean, text: A }
                groups:
                  - id: g
                    weight: 3
                    title: G
                    questions:
                      - { id: b, type: boolean, text: B }
                      - { id: c, type: boolean, text: C }
            """);

        var r = rs.Assess(Sheet().Set("a", false).Set("b", true));
        // g = 100 × 1 / 2 = 50; d = (1 × 0 + 3 × 0.5) / 4 × 100 = 37.5
        r.Node("g").Score.Should().Be(50);
        r.Node("g").Coverage.Should().Be(0.5);
        r.Node("d").Score.Should().Be(37.5);
        r.Node("d").Coverage.Should().Be(0.666667);
        r.Node("g").Contribution.Should().Be(37.5);
        r.Q("b").Contribution.Should().Be(37.5);
        r.Nodes.Select(n => n.Id).Should().Equal("d", "g");
        r.Dimensions.Select(n => n.Id).Should().Equal("d");
    }
}
