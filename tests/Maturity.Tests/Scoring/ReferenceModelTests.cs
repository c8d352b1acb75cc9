using System;
using System.IO;
using System.Linq;
using Maturity.Loading;
using Maturity.Model;
using static Maturity.Tests.Scoring.ScoringKit;

namespace Maturity.Tests.Scoring;

/// <summary>The published methodologies of DESIGN.md §2, encoded as YAML, score as published.</summary>
public class ReferenceModelTests
{
    private static RuleSet LoadReference(string file)
    {
        var result = RuleSetLoader.LoadFiles([Path.Combine(TestPaths.Rules, "reference", file)]);
        result.Diagnostics.Where(d => d.IsError).Should().BeEmpty();
        return result.RuleSets.Single();
    }

    [Fact]
    public void Emram_like_stages_need_every_capability_and_every_lower_stage()
    {
        const string body = """
            scoring: { scale: raw, cumulativeLevels: {{cumulative}} }
            dimensions:
              - id: caps
                title: Capabilities
                aggregate: sum
                questions:
                  - { id: s1_lab, type: boolean, text: Lab }
                  - { id: s1_pharmacy, type: boolean, text: Pharmacy }
                  - { id: s2_cdr, type: boolean, text: Clinical data repository }
                  - { id: s3_nursing, type: boolean, text: Nursing documentation }
            levels:
              - { id: stage0 }
              - { id: stage1, requires: [s1_lab, s1_pharmacy] }
              - { id: stage2, requires: [s2_cdr] }
              - { id: stage3, requires: [s3_nursing] }
            """;
        var cumulative = Rules(body.Replace("{{cumulative}}", "true", StringComparison.Ordinal));
        var sheet = Sheet().Set("s1_lab", true).Set("s1_pharmacy", false).Set("s2_cdr", true).Set("s3_nursing", true);

        // stages 2 and 3 hold on their own, but stage 1 lacks the pharmacy: stage 0
        var r = cumulative.Assess(sheet);
        r.Score.Should().Be(3);
        r.MaxScore.Should().Be(4);
        r.Level!.Id.Should().Be("stage0");
        r.NextLevel!.Id.Should().Be("stage1");
        r.NextLevel.PointsMissing.Should().Be(0);
        r.NextLevel.UnmetRequirements.Should().Equal("s1_pharmacy");

        cumulative.Assess(sheet.Set("s1_pharmacy", true)).Level!.Id.Should().Be("stage3");
        cumulative.Assess(sheet.Set("s2_cdr", false)).Level!.Id.Should().Be("stage1");

        // the same stages without cumulative gates: the highest stage whose own gate holds
        var flat = Rules(body.Replace("{{cumulative}}", "false", StringComparison.Ordinal));
        flat.Assess(Sheet().Set("s1_lab", true).Set("s1_pharmacy", false).Set("s2_cdr", true).Set("s3_nursing", true))
            .Level!.Id.Should().Be("stage3");
    }

    private const string Gdhm = """
        scoring: { scale: raw }
        dimensions:
          - id: leadership
            title: Leadership
            questions:
              - { id: i1, type: scale, min: 1, max: 5, na: true, text: I1 }
              - { id: i2, type: scale, min: 1, max: 5, na: true, text: I2 }
              - { id: i3, type: scale, min: 1, max: 5, na: true, text: I3 }
          - id: workforce
            title: Workforce
            questions:
              - { id: i4, type: scale, min: 1, max: 5, na: true, text: I4 }
              - { id: i5, type: scale, min: 1, max: 5, na: true, text: I5 }
          - id: services
            title: Services
            questions:
              - { id: i6, type: scale, min: 1, max: 5, na: true, text: I6 }
        """;

    [Fact]
    public void Who_gdhm_like_raw_mean_of_means_leaves_na_out()
    {
        var r = Rules(Gdhm).Assess(Sheet().Set("i1", 3).NotApplicable("i2").Set("i3", 5).Set("i4", 2).Set("i5", 1).NotApplicable("i6"));

        // leadership = (3 + 5) / 2 = 4 (not 8 / 3), workforce = (2 + 1) / 2 = 1.5, services all N/A: left out
        r.Node("leadership").Score.Should().Be(4);
        r.Node("leadership").MaxScore.Should().Be(5);
        r.Node("workforce").Score.Should().Be(1.5);
        r.Node("services").Score.Should().BeNull();
        // overall = (4 + 1.5) / 2 = 2.75 phases, out of 5
        r.Score.Should().Be(2.75);
        r.MaxScore.Should().Be(5);
        r.Dimensions.Sum(d => d.Contribution).Should().BeApproximately(2.75, 1e-6);
    }

    [Fact]
    public void Samm_like_answer_set_with_a_mean_node_and_a_sum_node()
    {
        var rs = Rules("""
            scoring: { scale: raw }
            answerSets:
              samm:
                - { id: "no", points: 0, label: "No" }
                - { id: some, points: 0.25, label: Some }
                - { id: half, points: 0.5, label: Half }
                - { id: "yes", points: 1, label: "Yes" }
            dimensions:
              - id: governance
                title: Governance
                aggregate: mean
                questions:
                  - { id: g1, type: choice, answers: samm, text: G1 }
                  - { id: g2, type: choice, answers: samm, text: G2 }
              - id: design
                title: Design
                aggregate: sum
                questions:
                  - { id: d1, type: choice, answers: samm, text: D1 }
                  - { id: d2, type: choice, answers: samm, text: D2 }
                  - { id: d3, type: choice, answers: samm, text: D3 }
            """);

        var r = rs.Assess(Sheet().Set("g1", "some").Set("g2", "yes").Set("d1", "half").Set("d2", "some").Set("d3", "yes"));

        // governance = (0.25 + 1) / 2 = 0.625 of 1; design = 0.5 + 0.25 + 1 = 1.75 of 3
        r.Node("governance").Score.Should().Be(0.625);
        r.Node("governance").MaxScore.Should().Be(1);
        r.Node("design").Score.Should().Be(1.75);
        r.Node("design").MaxScore.Should().Be(3);
        // overall (raw mean of dimensions) = (0.625 + 1.75) / 2 = 1.1875 of (1 + 3) / 2 = 2
        r.Score.Should().Be(1.1875);
        r.MaxScore.Should().Be(2);
    }

    private static readonly string[] DiiIndicators =
    [
        "internet_access_majority", "ict_specialists", "fast_broadband", "ecommerce_sales", "web_sales_b2c", "erp",
        "crm", "social_media", "cloud_advanced", "ai_any", "data_analytics", "einvoices",
    ];

    [Theory]
    [InlineData(0, "very_low")]
    [InlineData(3, "very_low")]
    [InlineData(4, "low")]
    [InlineData(6, "low")]
    [InlineData(7, "high")]
    [InlineData(9, "high")]
    [InlineData(10, "very_high")]
    [InlineData(12, "very_high")]
    public void Eurostat_dii_raw_count_and_band_boundaries(int yes, string level)
    {
        var rs = LoadReference("eurostat-dii.yaml");
        rs.Questions.Select(q => q.Id).Should().BeEquivalentTo(DiiIndicators);
        var sheet = Sheet();
        for (var i = 0; i < DiiIndicators.Length; i++)
        {
            sheet.Set(DiiIndicators[i], i < yes);
        }

        var r = rs.Assess(sheet);
        r.Score.Should().Be(yes);
        r.MaxScore.Should().Be(12);
        r.Level!.Id.Should().Be(level);
        r.Recommendations.Select(x => x.Id).Should().Equal(yes < 4 ? ["reach-basic-intensity"] : Array.Empty<string>());
    }

    [Fact]
    public void Edih_dma_human_centric_worked_example()
    {
        var rs = LoadReference("edih-dma.yaml");
        var sheet = Sheet()
            .Set("staff_upskilling", "skills_assessment", "training_plan", "short_training", "learning_by_doing")
            .Set("staff_engagement", "awareness", "transparent_communication", "acceptance_monitoring", "staff_codesign");

        var r = rs.Assess(sheet);

        // (4/7 + 4/8) / 2 × 100 = 53.571429
        r.Node("human_centric").Score.Should().Be(53.571429);
        Math.Round(r.Node("human_centric").Score!.Value, 1).Should().Be(53.6);
        r.Node("human_centric").Coverage.Should().Be(1);
        // the other five dimensions are unanswered (score 0): overall = 53.571429 / 6 = 8.928571
        r.Score.Should().Be(8.928571);
        r.Level!.Id.Should().Be("basic");
    }
}
