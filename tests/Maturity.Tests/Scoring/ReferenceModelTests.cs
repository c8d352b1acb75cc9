using System;
using System.IO;
using System.Linq;
using Maturity.Loading;
using Maturity.Answers;
using Maturity.Model;
using Maturity.Output;
using Maturity.Scoring;
using static Maturity.Tests.Scoring.ScoringKit;

namespace Maturity.Tests.Scoring;

/// <summary>The published methodologies of DESIGN.md §2, encoded as YAML, score as published.</summary>
public class ReferenceModelTests
{
    /// <summary>A reference rule set by id, loaded with its folder (the DII's 'latest' file extends a versioned one).</summary>
    private static RuleSet LoadReference(string id)
    {
        var result = RuleSetLoader.LoadDirectory(Path.Combine(TestPaths.Rules, "reference"));
        result.Diagnostics.Should().BeEmpty();
        return result.RuleSets.Single(r => r.Id == id);
    }

    [Fact]
    public void Assess_EmramLikeCumulativeStages_NeedEveryCapabilityAndEveryLowerStage()
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
    public void Assess_WhoGdhmLikeRawMeanOfMeans_LeavesNotApplicableOut()
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
    public void Assess_SammLikeAnswerSetInMeanAndSumNodes_ScoresEachOnTheRawScale()
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

    /// <summary>The 12 components of the 2023 index (DII v3), in the published order.</summary>
    private static readonly string[] Dii2023Components =
    [
        "internet_access_majority", "fast_broadband", "ecommerce_sales", "web_sales_b2c", "cloud_any", "cloud_sophisticated",
        "social_media_two", "social_media", "data_analytics", "ai_any", "erp", "crm",
    ];

    [Theory]
    [InlineData("eurostat-dii-2023")]
    [InlineData("eurostat-dii")]
    public void Load_EurostatDii2023_HasExactlyTheTwelvePublishedComponents(string id)
    {
        var rs = LoadReference(id);

        rs.Questions.Select(q => q.Id).Should().Equal(Dii2023Components);
        rs.Questions.Should().OnlyContain(q => q.Type == QuestionType.Boolean && q.MaxPoints == 1 && !q.AllowsNotApplicable);
        // 2018 (v1) components that the 2023 index does not have
        rs.FindQuestion("ict_specialists").Should().BeNull();
        rs.FindQuestion("einvoices").Should().BeNull();
        rs.Levels.Select(l => (l.Id, l.Min)).Should().Equal(("very_low", 0d), ("low", 4d), ("high", 7d), ("very_high", 10d));
    }

    [Theory]
    [InlineData(0, "very_low")]
    [InlineData(3, "very_low")]
    [InlineData(4, "low")]
    [InlineData(6, "low")]
    [InlineData(7, "high")]
    [InlineData(9, "high")]
    [InlineData(10, "very_high")]
    [InlineData(12, "very_high")]
    public void Assess_EurostatDiiYesCount_ScoresTheRawCountInItsBand(int yes, string level)
    {
        var rs = LoadReference("eurostat-dii");
        var sheet = Sheet();
        for (var i = 0; i < Dii2023Components.Length; i++)
        {
            sheet.Set(Dii2023Components[i], i < yes);
        }

        var r = rs.Assess(sheet);
        r.Score.Should().Be(yes);
        r.MaxScore.Should().Be(12);
        r.Level!.Id.Should().Be(level);
        r.Recommendations.Select(x => x.Id).Should().Equal(yes < 4 ? ["reach-basic-intensity"] : Array.Empty<string>());
        // the Digital Decade "basic level" and the version used, named in every result
        r.Indicators.Select(x => (x.Id, x.Value)).Should().Equal(("at_least_basic", yes >= 4 ? 1d : 0d), ("survey_year", 2023d), ("dii_version", 3d));
    }

    [Fact]
    public void Assess_EurostatDiiLatest_IsThe2023IndexUnderItsOwnId()
    {
        var latest = LoadReference("eurostat-dii");
        var v2023 = LoadReference("eurostat-dii-2023");
        var sheet = Sheet().Set("erp", true).Set("crm", true).Set("cloud_any", true).Set("social_media", true);

        var a = latest.Assess(sheet);
        var b = v2023.Assess(sheet);

        latest.Extends.Should().Be("eurostat-dii-2023");
        a.Score.Should().Be(b.Score);
        a.Level!.Id.Should().Be(b.Level!.Id);
        a.RuleSetId.Should().Be("eurostat-dii");
        AssessmentJson.Write(a).Should().Contain("\"indicators\": {\n    \"at_least_basic\": true,\n    \"survey_year\": 2023,\n    \"dii_version\": 3\n  }".Replace("\n", Environment.NewLine, StringComparison.Ordinal));
    }

    /// <summary>Sub-question → number of options (or items) in the published SME questionnaire.</summary>
    [Theory]
    [InlineData("invested_areas", 10)]
    [InlineData("planned_areas", 10)]
    [InlineData("preparedness", 10)]
    [InlineData("basic_technologies", 10)]
    [InlineData("staff_upskilling", 7)]
    [InlineData("staff_engagement", 8)]
    [InlineData("data_practices", 8)]
    [InlineData("data_security", 6)]
    [InlineData("green_uses", 10)]
    public void Load_EdihDmaCheckboxQuestions_HaveThePublishedOptionCounts(string question, int options)
    {
        LoadReference("edih-dma").FindQuestion(question)!.Options.Should().HaveCount(options);
    }

    [Fact]
    public void Load_EdihDma_HasThePublishedDimensionsBatteriesAndScales()
    {
        var rs = LoadReference("edih-dma");

        rs.Dimensions.Select(d => d.Id).Should().Equal("digital_strategy", "digital_readiness", "human_centric", "data_management", "automation_ai", "green_digitalisation");
        rs.FindNode("advanced_technologies")!.Questions.Should().HaveCount(7).And.OnlyContain(q => q.Type == QuestionType.Scale && q.Min == 0 && q.Max == 5);
        rs.FindNode("automation_ai")!.Questions.Should().HaveCount(5).And.OnlyContain(q => q.Type == QuestionType.Scale && q.Min == 0 && q.Max == 5);
        rs.FindNode("green_choices")!.Questions.Should().HaveCount(5).And.OnlyContain(q => q.Type == QuestionType.Choice && q.Options.Count == 3);
        // 1.1's two columns share the ten areas
        rs.FindQuestion("invested_areas")!.Options.Select(o => o.Id).Should().Equal(rs.FindQuestion("planned_areas")!.Options.Select(o => o.Id));
        rs.FindQuestion("invested_areas")!.Options.Select(o => o.Id).Should().Contain("value_chain_collaboration");
        rs.Levels.Select(l => (l.Id, l.Min)).Should().Equal(("basic", 0d), ("average", 26d), ("moderately_advanced", 51d), ("advanced", 76d));
    }

    [Fact]
    public void Assess_EdihDmaStrategy_WeighsEachOfTheThirtyBoxesTheSame()
    {
        var rs = LoadReference("edih-dma");

        // 3 invested + 6 planned + 3 preparedness boxes of 30 = 40 %
        var r = rs.Assess(Sheet()
            .Set("invested_areas", "product_design", "operations", "delivery")
            .Set("planned_areas", "product_design", "operations", "delivery", "purchasing", "administration_hr", "marketing_sales")
            .Set("preparedness", "needs_identified", "it_ready", "risks_considered"));

        r.Node("digital_strategy").Score.Should().Be(40);
    }

    [Fact]
    public void Assess_EdihDmaNegativeDataStatement_ScoresNothing()
    {
        var rs = LoadReference("edih-dma");

        var positive = rs.Assess(Sheet().Set("data_practices", "data_policy", "stored_digitally"));
        var withNegative = rs.Assess(Sheet().Set("data_practices", "data_policy", "stored_digitally", "not_collected_digitally"));

        // 2 of the 7 positive statements; ticking "data is not collected digitally" adds nothing
        positive.Questions.Single(q => q.Id == "data_practices").Points.Should().Be(2);
        positive.Node("data_management").Score.Should().Be(14.285714);
        withNegative.Node("data_management").Score.Should().Be(positive.Node("data_management").Score);
    }

    [Fact]
    public void Assess_EdihDmaHumanCentricWorkedExample_GivesTheDocumentedScore()
    {
        var rs = LoadReference("edih-dma");
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

    /// <summary>Every EMRAM capability in place, all coverage figures at 100 %.</summary>
    private static AnswerSheetBuilder EmramComplete(RuleSet rs)
    {
        var sheet = Sheet();
        foreach (var q in rs.Questions)
        {
            if (q.Type == QuestionType.Boolean)
            {
                sheet.Set(q.Id, true);
            }
            else
            {
                sheet.Set(q.Id, 100);
            }
        }

        return sheet;
    }

    [Fact]
    public void Assess_HimssEmram_HasEightCumulativeStagesWithoutPointThresholds()
    {
        var rs = LoadReference("himss-emram");

        rs.Levels.Select(l => l.Id).Should().Equal("stage_0", "stage_1", "stage_2", "stage_3", "stage_4", "stage_5", "stage_6", "stage_7");
        rs.Levels.Should().OnlyContain(l => l.Min == 0);
        rs.CumulativeLevels.Should().BeTrue();
        var full = rs.Assess(EmramComplete(rs));
        full.Level!.Id.Should().Be("stage_7");
        full.Indicators.Single().Value.Should().Be(7);

        // a stage-1 capability missing stops the hospital at stage 0 although every higher capability is there
        var r = rs.Assess(EmramComplete(rs).Set("non_dicom_images", false));
        r.Level!.Id.Should().Be("stage_0");
        r.NextLevel!.UnmetRequirements.Should().Equal("pacs and non_dicom_images");
        r.Indicators.Single(x => x.Id == "stage").Value.Should().Be(0);
    }

    [Theory]
    [InlineData(49.9, 100, 100, "stage_5")]
    [InlineData(50, 100, 100, "stage_6")]
    [InlineData(95, 89.9, 100, "stage_6")]
    [InlineData(95, 100, 89.9, "stage_6")]
    [InlineData(95, 90, 90, "stage_7")]
    public void Assess_HimssEmramNumericCriteria_GateStages6And7(double closedLoop, double cpoe, double physicianNotes, string stage)
    {
        var rs = LoadReference("himss-emram");

        var r = rs.Assess(EmramComplete(rs)
            .Set("closed_loop_share", closedLoop)
            .Set("cpoe_share", cpoe)
            .Set("physician_documentation_share", physicianNotes));

        r.Level!.Id.Should().Be(stage);
        r.Indicators.Single(x => x.Id == "stage").Value.Should().Be(stage[^1] - '0');
    }
}
