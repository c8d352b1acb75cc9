using System.IO;
using Maturity.Answers;
using Maturity.Catalog;
using Maturity.Model;
using Maturity.Scoring;
using Maturity.Tests.Scoring;

namespace Maturity.Tests.Catalog;

/// <summary>Choosing a rule set from a NAF/APE code: any spelling, most specific prefix, fallback.</summary>
public class RuleSetCatalogTests
{
    private static RuleSet Inline(string id, string? naf) => ScoringKit.Rules(
        """
        dimensions:
          - id: d
            title: D
            questions: [{ id: a, type: boolean, text: A }]
        """,
        id,
        naf is null ? null : "appliesTo: { naf: [" + naf + "] }\n");

    private static readonly RuleSetCatalog Inlined = new([
        Inline("core", null),
        Inline("health", "\"86\", \"87\""),
        Inline("hospitals", "\"86.10Z\""),
        Inline("doctors", "\"86.2\""),
    ]);

    [Theory]
    [InlineData("86.10Z", "hospitals")]
    [InlineData("8610Z", "hospitals")]
    [InlineData("8610z", "hospitals")]
    [InlineData("86.21Z", "doctors")]
    [InlineData("86.90A", "health")]
    [InlineData("87.10A", "health")]
    [InlineData("47.52A", "core")]
    [InlineData("01.11Z", "core")]
    [InlineData("", "core")]
    [InlineData(null, "core")]
    public void ForNaf_AnySpelling_PicksTheMostSpecificPrefixOrFallsBackToCore(string? naf, string expected)
    {
        Inlined.FindByNaf(naf)!.Id.Should().Be(expected);
    }

    [Fact]
    public void FindAndFor_ByIdOrBySheet_ReturnTheMatchingRuleSet()
    {
        Inlined.Find("doctors")!.Id.Should().Be("doctors");
        Inlined.Find("nope").Should().BeNull();
        Inlined.Fallback!.Id.Should().Be("core");
        Inlined.FindFor(AnswerSheet.For(new CompanyInfo("x", naf: "8610z")).Build())!.Id.Should().Be("hospitals");
        Inlined.FindFor(AnswerSheet.For(new CompanyInfo("x", naf: "8610z")).UseRuleSet("core").Build())!.Id.Should().Be("core");
        // Compiles without '!' only because the out values are [NotNullWhen]: nullable warnings are errors here.
        (Inlined.TryFind("doctors", out var doctors) ? doctors.Id : null).Should().Be("doctors");
        var unknown = AnswerSheet.For(new CompanyInfo("x")).UseRuleSet("nope").Build();
        (Inlined.TryFindFor(unknown, out _, out var problem) ? null : problem.Code).Should().Be(Maturity.Diagnostics.DiagnosticCodes.NoRuleSet);
    }

    [Fact]
    public void ForNaf_UnclaimedCodeWithoutFallback_ReturnsNoRuleSet()
    {
        new RuleSetCatalog([Inline("health", "\"86\"")]).FindByNaf("47.52A").Should().BeNull();
    }

    [Theory]
    [InlineData("86.10Z")]
    [InlineData("8610Z")]
    [InlineData("8610z")]
    public void ForNaf_ShippedRulesAndAHealthCode_PicksHealth(string naf)
    {
        var catalog = RuleSetCatalog.FromDirectory(TestPaths.Rules);
        var expected = File.Exists(Path.Combine(TestPaths.Rules, "health.yaml")) ? "health" : "core";
        catalog.FindByNaf(naf)!.Id.Should().Be(expected);
        catalog.FindByNaf("99.00Z")!.Id.Should().Be("core");
    }
}
