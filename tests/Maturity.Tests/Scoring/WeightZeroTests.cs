using static Maturity.Tests.Scoring.ScoringKit;

namespace Maturity.Tests.Scoring;

/// <summary>A weight-0 question (a profile question such as health's care_setting) is never part of a score.</summary>
public class WeightZeroTests
{
    private const string Body = """
        dimensions:
          - id: d1
            title: D1
            aggregate: {{aggregate}}
            questions:
              - id: profile
                type: choice
                weight: 0
                text: Profile
                answers: [{ id: x, points: 0, label: X }, { id: y, points: 0, label: Y }]
              - { id: a, type: boolean, na: true, text: A }
          - id: d2
            title: D2
            questions:
              - { id: b, type: boolean, text: B }
        """;

    [Theory]
    [InlineData("mean")]
    [InlineData("sum")]
    [InlineData("min")]
    [InlineData("max")]
    public void Assess_NodeWithOnlyWeightZeroAndNaContent_IsLeftOut(string aggregate)
    {
        var rs = Rules(Body.Replace("{{aggregate}}", aggregate, System.StringComparison.Ordinal));
        var r = rs.Assess(Sheet().Set("profile", "x").NotApplicable("a").Set("b", true));

        // d1 holds only N/A and a weight-0 question: nothing to score, so it must not pull the overall down
        r.Node("d1").Score.Should().BeNull();
        r.Score.Should().Be(100);
        r.Coverage.Should().Be(1);
    }

    [Fact]
    public void Assess_WeightZeroQuestion_LeavesItsNodeScoreUnchanged()
    {
        var rs = Rules(Body.Replace("{{aggregate}}", "min", System.StringComparison.Ordinal));
        // min over d1: the weight-0 profile (0 of 0 points) must not force the minimum to 0
        rs.Assess(Sheet().Set("profile", "x").Set("a", true).Set("b", true)).Node("d1").Score.Should().Be(100);
    }
}
