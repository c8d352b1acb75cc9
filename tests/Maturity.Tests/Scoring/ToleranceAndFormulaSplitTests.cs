using System.Linq;
using static Maturity.Tests.Scoring.ScoringKit;

namespace Maturity.Tests.Scoring;

/// <summary>Gaps found while encoding the reference models: gates compare like thresholds, and a formula's
/// constant part is still split among its children.</summary>
public class ToleranceAndFormulaSplitTests
{
    [Fact]
    public void Gate_ComparesWithTheToleranceOfMin_SoFloatNoiseCannotSplitThemApart()
    {
        // 57 % scores 57 / 100 × 100 = 56.99999999999999 in doubles: `min: 57` holds, and so must `d >= 57`.
        var rs = Rules("""
            dimensions:
              - id: d
                title: D
                questions:
                  - { id: share, type: percent, text: Share }
            levels:
              - { id: start, min: 0 }
              - { id: by_min, min: 57 }
              - { id: by_gate, min: 57, requires: ["d >= 57", "d == 57", "not (d < 57)", "d in [57]"] }
            """);

        var r = rs.Assess(Sheet().Set("share", 57));

        r.Score.Should().Be(57);
        r.Level!.Id.Should().Be("by_gate");
        rs.Assess(Sheet().Set("share", 56.99)).Level!.Id.Should().Be("start", "a real difference is far above the tolerance");
    }

    [Fact]
    public void Contributions_OfAConstantFormula_WhoseChildrenScoreZero_AreSplitByWeight()
    {
        var rs = Rules("""
            dimensions:
              - id: d
                title: D
                aggregate: formula
                formula: "40"
                questions:
                  - { id: a, type: boolean, weight: 3, text: A }
                  - { id: b, type: boolean, text: B }
            """);

        var r = rs.Assess(Sheet().Set("a", false).Set("b", false));

        // a constant formula scores 40 whenever a child counts, although both children score 0 here:
        // they share its 40 points 3 : 1
        r.Score.Should().Be(40);
        r.Node("d").Contribution.Should().Be(40);
        r.Q("a").Contribution.Should().Be(30);
        r.Q("b").Contribution.Should().Be(10);
        r.Questions.Sum(q => q.Contribution).Should().BeApproximately(r.Score, 1e-6);
    }

    [Fact]
    public void Contributions_OfAFormula_WithScoringChildren_StayProportional()
    {
        var rs = Rules("""
            dimensions:
              - id: d
                title: D
                aggregate: formula
                formula: (points(a) + points(b)) * 25
                questions:
                  - { id: a, type: boolean, text: A }
                  - { id: b, type: boolean, text: B }
            """);

        var r = rs.Assess(Sheet().Set("a", true).Set("b", false));

        r.Score.Should().Be(25);
        r.Q("a").Contribution.Should().Be(25);
        r.Q("b").Contribution.Should().Be(0);
    }
}
