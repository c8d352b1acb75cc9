using System.Linq;
using Maturity.Output;
using Maturity.Scoring;
using static Maturity.Tests.Scoring.ScoringKit;

namespace Maturity.Tests.Scoring;

/// <summary>What unlocks the next level: a recommendation whose what-if makes an unmet gate of the next
/// level hold says so (<see cref="RecommendationResult.UnlockedGates"/>, <c>unlocksNextLevel</c> in JSON),
/// and the gain ranking is unchanged by it.</summary>
public class UnlocksNextLevelTests
{
    // a 0/1, b 0–4 scale, c 0/1; 'good' needs 50 points and both a and c. Answers a no, b 1, c no:
    // overall = 100 × (0 + 0.25 + 0) / 3 = 8.33. Recommendations: fix-b (b → 4: +25, meets no gate),
    // fix-a (a → yes: +33.33, meets gate a), fix-c (c → yes: +33.33, meets gate c), fix-ac (both: +66.67, meets both).
    private const string Body = """
        dimensions:
          - id: d
            title: D
            questions:
              - { id: a, type: boolean, text: A }
              - { id: b, type: scale, min: 0, max: 4, text: B }
              - { id: c, type: boolean, text: C }
        levels:
          - { id: low, min: 0, title: Low }
          - { id: good, min: 50, title: Good, requires: [{ when: a, label: A done }, { when: c, label: C done }] }
        recommendations:
          - { id: fix-b, when: b < 4, effort: low, text: B }
          - { id: fix-a, when: not a, effort: low, text: A }
          - { id: fix-c, when: not c, effort: high, text: C }
          - { id: fix-ac, when: not a and not c, improves: [a, c], effort: high, text: AC }
        """;

    private static AssessmentResult Result() => Rules(Body).Assess(Sheet().Set("a", false).Set("b", 1).Set("c", false));

    [Fact]
    public void Recommendation_MeetingAnUnmetGate_UnlocksNextLevel()
    {
        var r = Result();
        r.NextLevel!.UnmetGates.Select(g => g.Expression).Should().Equal("a", "c");
        var byId = r.Recommendations.ToDictionary(x => x.Id);

        byId["fix-a"].UnlockedGates.Select(g => g.Expression).Should().Equal("a");
        byId["fix-c"].UnlockedGates.Select(g => g.Expression).Should().Equal("c");
        byId["fix-ac"].UnlockedGates.Select(g => g.Expression).Should().Equal("a", "c");
        byId["fix-b"].UnlockedGates.Should().BeEmpty();
        r.Recommendations.Where(x => x.UnlocksNextLevel).Select(x => x.Id).Should().BeEquivalentTo("fix-a", "fix-c", "fix-ac");
    }

    [Fact]
    public void Ranking_StaysByGain_ThenEffort()
    {
        // gains subtract rounded scores: 41.666667 − 8.333333 = 33.333334; fix-a before fix-c on lower effort
        Result().Recommendations.Select(x => (x.Id, x.Gain)).Should().Equal(("fix-ac", 66.666667), ("fix-a", 33.333334), ("fix-c", 33.333334), ("fix-b", 25));
    }

    [Fact]
    public void RecommendationsMeeting_AGate_InRankingOrder()
    {
        var r = Result();
        var gateC = r.NextLevel!.UnmetGates[1];
        r.RecommendationsMeeting(gateC).Select(x => x.Id).Should().Equal("fix-ac", "fix-c");
    }

    [Fact]
    public void Json_CarriesUnlocksNextLevel()
    {
        using var doc = System.Text.Json.JsonDocument.Parse(AssessmentJson.Write(Result()));
        var recs = doc.RootElement.GetProperty("recommendations").EnumerateArray().ToDictionary(e => e.GetProperty("id").GetString()!, e => e.GetProperty("unlocksNextLevel").GetBoolean());
        recs.Should().Equal(new System.Collections.Generic.Dictionary<string, bool> { ["fix-ac"] = true, ["fix-a"] = true, ["fix-c"] = true, ["fix-b"] = false });
    }

    [Fact]
    public void AtTheTopLevel_NothingUnlocks()
    {
        // a, c yes and b 3: 91.67 ≥ 50 with both gates → top level; fix-b still triggers but has nothing to unlock
        var r = Rules(Body).Assess(Sheet().Set("a", true).Set("b", 3).Set("c", true));
        r.NextLevel.Should().BeNull();
        r.Recommendations.Should().ContainSingle().Which.UnlocksNextLevel.Should().BeFalse();
    }
}
