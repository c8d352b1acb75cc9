using System.Linq;
using Maturity.Diagnostics;
using Maturity.Loading;
using static Maturity.Tests.Loading.LoaderAssert;

namespace Maturity.Tests.Loading;

/// <summary>Loader behaviour beyond single codes: every problem at once, sorted output, extends and merge
/// across in-memory sources, errors of a shared base reported once.</summary>
public class LoaderBehaviourTests
{
    [Fact]
    public void Load_FileWithFiveProblems_ReportsAllFive()
    {
        const string yaml = """
            ruleset: t
            version: 1.0
            title: T
            languages: [en]
            colour: red
            dimensions:
              - id: d
                title: D
                questions:
                  - id: q
                    type: boolean
                    text: Q
                    weight: -2
                  - id: c
                    type: choice
                    answers: missing
                    text: C
            recommendations:
              - id: r
                when: q and nope
                text: R

            """;
        var result = RuleSetLoader.LoadText(yaml, Path);
        result.RuleSets.Should().BeEmpty();
        result.Diagnostics.Select(d => (d.Code, d.Location.Line, d.Location.Column)).Should().Equal(
            ("MAT015", 2, 10),
            ("MAT003", 5, 1),
            ("MAT031", 13, 17),
            ("MAT016", 16, 18),
            ("MAT051", 20, 17));
    }

    [Fact]
    public void Load_Diagnostics_AreSortedByPathLineColumnAndCode()
    {
        var bad = Minimal.Replace("title: T", "title: { en: T, de: T }").Replace("        text: Q\n", "        text: Q\n        weight: -1\n        colour: red\n");
        var result = LoadMany(("z.yaml", bad), ("a.yaml", bad), ("m.yaml", Sector("m", extends: "nope")));
        result.Diagnostics.Should().HaveCountGreaterThan(4);
        result.Diagnostics.Select(d => d.Location.Path).Distinct().Should().Equal("a.yaml", "m.yaml", "z.yaml");
        foreach (var group in result.Diagnostics.GroupBy(d => d.Location.Path))
        {
            group.Select(d => (d.Location.Line, d.Location.Column)).Should().BeInAscendingOrder();
        }
    }

    [Fact]
    public void Load_ErrorInABaseExtendedByTwoSectors_IsReportedOnce()
    {
        // The question is inherited by both sectors: all three rule sets find the same problem.
        var core = Sector("core").Replace("text: Q", "text: { en: Q, de: Q }");
        var result = LoadMany(("core.yaml", core), ("health.yaml", Sector("health", "core")), ("retail.yaml", Sector("retail", "core")));
        var d = Single(result, DiagnosticCodes.UndeclaredLanguage);
        d.ShouldBe("MAT021", 11, 24, path: "core.yaml");
        result.Diagnostics.Should().ContainSingle(LoaderAssert.Describe(result));
        result.RuleSets.Should().BeEmpty("every rule set is built on the broken base");
    }

    [Fact]
    public void Load_BaseLabelMissingALanguageTheSectorDeclares_IsReportedOnTheBase()
    {
        var sector = Sector("health", "core").Replace("languages: [en]", "languages: [en, fr]").Replace("title: T", "title: { en: T, fr: T }")
            .Replace("title: D", "title: { en: D, fr: D }").Replace("text: Q", "text: { en: Q, fr: Q }");
        var core = Sector("core").Replace("text: Q", "text: { en: Q }");
        var result = LoadMany(("core.yaml", core), ("health.yaml", sector));
        Single(result, DiagnosticCodes.MissingTranslation).ShouldBe("MAT020", 11, 15, path: "core.yaml");
        result.RuleSets.Select(r => r.Id).Should().Equal("core");
    }

    [Fact]
    public void Load_ExtendsAcrossTwoInMemorySources_InheritsTheBase()
    {
        var result = LoadMany(("health.yaml", Sector("health", "core")), ("core.yaml", Sector("core")));
        result.Diagnostics.Should().BeEmpty(Describe(result));
        var health = result.RuleSets.Single(r => r.Id == "health");
        health.Extends.Should().Be("core");
        health.Dimensions.Select(d => d.Id).Should().Equal("d_core", "d_health");
        health.Questions.Select(q => q.Id).Should().Equal("q_core", "q_health");
        result.RuleSets.Single(r => r.Id == "core").Questions.Select(q => q.Id).Should().Equal("q_core");
    }

    [Fact]
    public void Load_MergeTrue_AddsQuestionsToTheInheritedDimension()
    {
        var health = Sector("health", "core", "  - id: d_core\n    merge: true\n    questions:\n      - { id: ehr, type: boolean, text: EHR }\n");
        var result = LoadMany(("core.yaml", Sector("core")), ("health.yaml", health));
        result.Diagnostics.Should().BeEmpty(Describe(result));
        var rs = result.RuleSets.Single(r => r.Id == "health");
        rs.Dimensions.Select(d => d.Id).Should().Equal("d_core", "d_health");
        rs.FindNode("d_core")!.Questions.Select(q => q.Id).Should().Equal("q_core", "ehr");
        result.RuleSets.Single(r => r.Id == "core").FindNode("d_core")!.Questions.Should().ContainSingle("the base is never changed by a sector");
    }

    [Fact]
    public void Load_DuplicateIdAcrossBaseAndSector_IsReportedOnTheSector()
    {
        var health = Sector("health", "core").Replace("- id: q_health", "- id: q_core");
        var result = LoadMany(("core.yaml", Sector("core")), ("health.yaml", health));
        var d = Single(result, DiagnosticCodes.DuplicateId);
        d.ShouldBe("MAT010", 10, 13, path: "health.yaml");
        d.Message.Should().Be("question id 'q_core' is already used at core.yaml(9,13)");
    }

    [Fact]
    public void Load_ThreeFileExtendsCycle_IsReportedAndNothingLoops()
    {
        var result = LoadMany(("a.yaml", Sector("a", "c")), ("b.yaml", Sector("b", "a")), ("c.yaml", Sector("c", "b")), ("d.yaml", Sector("d", "a")));
        result.RuleSets.Should().BeEmpty();
        result.Codes().Should().OnlyContain(c => c == DiagnosticCodes.ExtendsCycle);
        result.Diagnostics.Select(d => d.Location.Path).Should().Equal("a.yaml", "b.yaml", "c.yaml");
    }

    [Fact]
    public void Load_NafOverlapBetweenTwoRuleSets_IsReportedOnTheSecond()
    {
        var a = Sector("health").Replace("languages: [en]\n", "languages: [en]\nappliesTo: { naf: [\"86\"] }\n");
        var b = Sector("care").Replace("languages: [en]\n", "languages: [en]\nappliesTo: { naf: [\"86.10\", \"86\"] }\n");
        var result = LoadMany(("health.yaml", a), ("care.yaml", b));
        var d = Single(result, DiagnosticCodes.AmbiguousNaf);
        d.ShouldBe("MAT047", 5, 29, path: "care.yaml");
        result.Success.Should().BeFalse();
    }

    [Fact]
    public void Load_DiagnosticMessages_DoNotDependOnTheCulture()
    {
        using var french = FrenchCulture.Use();
        var yaml = Minimal + "levels:\n  - { id: a, min: 0.5 }\n  - { id: b, min: 0.25 }\n";
        var d = LoadAndSingle(yaml, DiagnosticCodes.LevelThresholdDecreases);
        d.Message.Should().Be("level 'b' starts at 0.25, below the level before it (0.5); list levels from lowest to highest");
    }
}
