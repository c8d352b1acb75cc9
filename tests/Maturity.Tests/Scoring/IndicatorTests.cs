using System.Linq;
using Maturity.Diagnostics;
using Maturity.Loading;
using Maturity.Model;
using Maturity.Output;
using Maturity.Scoring;
using Maturity.Tests.Loading;
using static Maturity.Tests.Scoring.ScoringKit;

namespace Maturity.Tests.Scoring;

/// <summary>Named indicators (<c>indicators:</c>): type-checked at load, computed with every assessment, in JSON.</summary>
public class IndicatorTests
{
    private const string Body = """
        dimensions:
          - id: tools
            title: Tools
            questions:
              - { id: website, type: boolean, text: Website }
              - { id: crm, type: boolean, text: CRM }
              - { id: erp, type: boolean, text: ERP }
              - { id: staff, type: number, text: Staff }
        levels:
          - { id: low, min: 0 }
          - { id: mid, min: 50 }
          - { id: high, min: 90 }
        indicators:
          - id: basic
            value: score >= 50
            title: Basic level
          - id: tools_in_use
            value: count(website, crm, erp)
          - id: staff_per_tool
            value: staff / count(website, crm, erp)
          - id: above_low
            value: level > 'low'
          - id: constant
            value: 2023
        """;

    [Fact]
    public void Assess_ComputesEveryIndicator_WithItsKind()
    {
        var rs = Rules(Body);

        var r = rs.Assess(Sheet().Set("website", true).Set("crm", true).Set("erp", false).Set("staff", 12));

        // score = 2 of 3 = 66.67 → mid
        rs.Indicators.Select(i => (i.Id, i.Kind)).Should().Equal(
            ("basic", IndicatorKind.Boolean), ("tools_in_use", IndicatorKind.Number), ("staff_per_tool", IndicatorKind.Number),
            ("above_low", IndicatorKind.Boolean), ("constant", IndicatorKind.Number));
        r.Indicators.Select(i => (i.Id, i.Value)).Should().Equal(
            ("basic", 1d), ("tools_in_use", 2d), ("staff_per_tool", 6d), ("above_low", 1d), ("constant", 2023d));
        rs.Indicators[0].Title.Get("en").Should().Be("Basic level");
        rs.Indicators[1].Title.Get("en").Should().Be("tools_in_use");
    }

    [Fact]
    public void Assess_LevelIndicator_ReadsTheLevelReached_AndNoLevelIsBelowEveryLevel()
    {
        var rs = Rules(Body.Replace("- { id: low, min: 0 }", "- { id: low, min: 10 }", System.StringComparison.Ordinal));

        var none = rs.Assess(Sheet().Set("website", false).Set("crm", false).Set("erp", false));
        var low = rs.Assess(Sheet().Set("website", true).Set("crm", false).Set("erp", false));

        none.Level.Should().BeNull();
        none.Indicators.Single(i => i.Id == "above_low").IsTrue.Should().BeFalse();
        low.Level!.Id.Should().Be("low");
        low.Indicators.Single(i => i.Id == "above_low").IsTrue.Should().BeFalse();
        rs.Assess(Sheet().Set("website", true).Set("crm", true).Set("erp", true)).Indicators.Single(i => i.Id == "above_low").IsTrue.Should().BeTrue();
    }

    [Fact]
    public void Json_WritesIndicatorsAsAnObject_BooleansAsBooleans()
    {
        var r = Rules(Body).Assess(Sheet().Set("website", true).Set("crm", true).Set("erp", true).Set("staff", 3));

        var json = AssessmentJson.Write(r, indented: false);

        json.Should().Contain("\"indicators\":{\"basic\":true,\"tools_in_use\":3,\"staff_per_tool\":1,\"above_low\":true,\"constant\":2023}");
    }

    [Fact]
    public void Json_RuleSetWithoutIndicators_WritesAnEmptyObject()
    {
        var r = Rules("dimensions:\n  - id: d\n    title: D\n    questions: [{ id: q, type: boolean, text: Q }]\n").Assess(Sheet().Set("q", true));

        r.Indicators.Should().BeEmpty();
        AssessmentJson.Write(r, indented: false).Should().Contain("\"indicators\":{}");
    }

    [Fact]
    public void Extends_AppendsTheBasesIndicators()
    {
        var result = RuleSetLoader.Load([
            RuleSetFile.FromText("ruleset: base\nversion: 1.0.0\ntitle: B\nlanguages: [en]\n" + Body, "base.yaml"),
            RuleSetFile.FromText("ruleset: child\nversion: 1.0.0\nextends: base\ntitle: C\nlanguages: [en]\nindicators:\n  - { id: full, value: score >= 100 }\n", "child.yaml"),
        ]);

        result.Diagnostics.Should().BeEmpty();
        result.RuleSets.Single(r => r.Id == "child").Indicators.Select(i => i.Id).Should().Equal("basic", "tools_in_use", "staff_per_tool", "above_low", "constant", "full");
    }

    [Fact]
    public void Load_IndicatorOfAChoiceQuestion_IsATypeErrorAtItsPosition()
    {
        var yaml = LoaderAssert.Minimal + "indicators:\n  - id: bad\n    value: level\n";

        var d = LoaderAssert.LoadAndSingle(yaml, DiagnosticCodes.TypeMismatch);

        d.ShouldBe("MAT052", 14, 12);
        d.Message.Should().StartWith("the expression must be a condition (true or false) or a number, but it is the level");
    }

    [Fact]
    public void Load_LevelOutsideIndicators_IsNotAllowed_WithTheReason()
    {
        var yaml = LoaderAssert.Minimal + "levels:\n  - { id: a }\n  - { id: b, requires: [\"level == 'a'\"] }\n";

        var d = LoaderAssert.LoadAndSingle(yaml, DiagnosticCodes.ReferenceNotAllowed);

        d.Message.Should().Contain("can be read by indicators only");
    }

    [Fact]
    public void Load_UnknownLevelInIndicator_ListsTheLevels()
    {
        var yaml = LoaderAssert.Minimal + "levels:\n  - { id: a }\nindicators:\n  - { id: i, value: \"level >= 'z'\" }\n";

        LoaderAssert.LoadAndSingle(yaml, DiagnosticCodes.UnknownOption).Message.Should().Contain("options: a");
    }

    [Fact]
    public void Load_DuplicateIndicator_AndMissingValue_AreReported()
    {
        var yaml = LoaderAssert.Minimal + "indicators:\n  - { id: i, value: q }\n  - { id: i, value: q }\n  - { id: j }\n";

        var result = RuleSetLoader.LoadText(yaml, LoaderAssert.Path);

        LoaderAssert.Single(result, DiagnosticCodes.DuplicateId).ShouldBe("MAT010", 14, 11);
        LoaderAssert.Single(result, DiagnosticCodes.MissingKey).Message.Should().Contain("value");
        result.RuleSets.Should().BeEmpty();
    }
}
