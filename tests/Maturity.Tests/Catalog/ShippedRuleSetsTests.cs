using System.IO;
using System.Linq;
using Maturity.Answers;
using Maturity.Catalog;
using Maturity.Diagnostics;
using Maturity.Hosting;
using Maturity.Loading;
using Microsoft.Extensions.DependencyInjection;

namespace Maturity.Tests.Catalog;

public class ShippedRuleSetsTests
{
    private const string Bakery = """
        ruleset: bakery
        version: 0.1.0
        extends: core
        title: { fr: Boulangerie, en: Bakery }
        languages: [fr, en]
        appliesTo: { naf: ["10.71"] }
        dimensions:
          - id: bakery_practices
            title: { fr: Pratiques, en: Practices }
            questions:
              - { id: bakery_ordering, type: boolean, text: { fr: "Commande en ligne ?", en: "Online ordering?" } }
        """;

    [Fact]
    public void Files_EmbedEveryRuleFileOfTheRulesFolder()
    {
        var onDisk = RuleSetLoader.FindRuleFiles(TestPaths.Rules)
            .Select(f => "shipped:rules/" + Path.GetRelativePath(TestPaths.Rules, f).Replace('\\', '/')).OrderBy(f => f, System.StringComparer.Ordinal);
        ShippedRuleSets.Files.Select(f => f.Path).Should().Equal(onDisk);
    }

    [Fact]
    public void Catalog_CompilesEveryShippedFile_WithoutDiagnostics()
    {
        ShippedRuleSets.Load().Diagnostics.Should().BeEmpty();
        RuleSetCatalog.Shipped.RuleSets.Should().HaveCount(ShippedRuleSets.Files.Count);
        RuleSetCatalog.Shipped.Should().BeSameAs(ShippedRuleSets.Catalog);
        RuleSetCatalog.Shipped.RuleSets.Should().OnlyContain(r => ShippedRuleSets.IsShipped(r));
        RuleSetCatalog.Shipped.FindByNaf("86.10Z")!.Id.Should().Be("health");
    }

    [Fact]
    public void SchemaJson_IsTheRepositorySchema_WithTheStableId()
    {
        ShippedRuleSets.SchemaJson.Should().Be(File.ReadAllText(Path.Combine(TestPaths.Rules, "schema", "ruleset.schema.json")));
        ShippedRuleSets.SchemaJson.Should().Contain("\"$id\": \"" + ShippedRuleSets.SchemaId + "\"");
    }

    [Fact]
    public void Load_HostFileExtendingCore_ResolvesTheShippedCore_AndTakesItsNafCodes()
    {
        var result = ShippedRuleSets.Load([RuleSetFile.FromText(Bakery, "bakery.yaml")]);

        result.Diagnostics.Should().BeEmpty();
        var catalog = new RuleSetCatalog(result.RuleSets);
        var bakery = catalog.FindByNaf("10.71C")!;
        bakery.Id.Should().Be("bakery");
        ShippedRuleSets.IsShipped(bakery).Should().BeFalse();
        bakery.FindQuestion("digital_plan").Should().NotBeNull("core's questions are inherited");
        catalog.FindByNaf("10.11Z")!.Id.Should().Be("agrifood", "the shipped sector keeps the codes the host file does not claim");
    }

    [Fact]
    public void Load_HostFileWithAShippedId_ReplacesTheShippedRuleSet()
    {
        var mine = Bakery.Replace("ruleset: bakery", "ruleset: agrifood").Replace("\"10.71\"", "\"10\"");

        var result = ShippedRuleSets.Load([RuleSetFile.FromText(mine, "my-agrifood.yaml")]);

        result.Diagnostics.Should().BeEmpty();
        result.RuleSets.Should().ContainSingle(r => r.Id == "agrifood").Which.SourcePath.Should().Be("my-agrifood.yaml");
    }

    [Fact]
    public void LoadFiles_LoneFileExtendingCore_LoadsOnlyTheShippedBaseItNeeds()
    {
        var path = Path.Combine(Path.GetTempPath(), "maturity-bakery-" + System.Guid.NewGuid().ToString("N") + ".yaml");
        File.WriteAllText(path, Bakery);
        try
        {
            var result = ShippedRuleSets.LoadFiles([path]);

            result.Diagnostics.Should().BeEmpty();
            result.RuleSets.Select(r => r.Id).Should().BeEquivalentTo("bakery", "core");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void AddShippedRuleSets_GivesAReadyEngine_WithHostRuleSetsOnTop()
    {
        using var provider = new ServiceCollection()
            .AddMaturity(b => b.AddShippedRuleSets().AddRuleSet(Bakery, "bakery.yaml"))
            .BuildServiceProvider();
        var engine = provider.GetRequiredService<IMaturityEngine>();

        var bakery = engine.Assess(AnswerSheet.For(new CompanyInfo("b-1", naf: "10.71C")).Set("bakery_ordering", true).Build());
        var clinic = engine.Assess(AnswerSheet.For(new CompanyInfo("c-1", naf: "86.10Z")).Set("mfa", true).Build());

        bakery.RuleSetId.Should().Be("bakery");
        bakery.Score.Should().BeGreaterThan(0);
        clinic.RuleSetId.Should().Be("health");
    }

    [Fact]
    public void Assess_NafCodeNoSectorCovers_UsesTheFallback_WithAWarning()
    {
        var sheet = AnswerSheet.For(new CompanyInfo("x-1", naf: "97.00Z")).Set("mfa", true).Build();

        var result = RuleSetCatalog.Shipped.Assess(sheet);

        result.RuleSetId.Should().Be("core");
        var warning = result.Warnings.Should().ContainSingle().Subject;
        warning.Code.Should().Be(DiagnosticCodes.FallbackRuleSet);
        warning.Severity.Should().Be(DiagnosticSeverity.Warning);
        warning.Message.Should().Be("no sector rule set covers NAF code '9700Z'; assessed with the general rule set 'core'");
    }

    [Fact]
    public void Assess_NafCodeASectorCovers_HasNoFallbackWarning()
    {
        var sheet = AnswerSheet.For(new CompanyInfo("x-2", naf: "47.11B")).Build();

        RuleSetCatalog.Shipped.Assess(sheet).Warnings.Should().BeEmpty();
    }

    [Theory]
    [InlineData("digtal_plan", "rule set 'core' has no question 'digtal_plan'; did you mean 'digital_plan'?")]
    [InlineData("zzzzzz", "rule set 'core' has no question 'zzzzzz'")]
    public void Assess_UnknownQuestionId_SuggestsTheNearest(string id, string message)
    {
        var sheet = AnswerSheet.For(new CompanyInfo("x-3")).Set(id, true).Build();

        var act = () => RuleSetCatalog.Shipped.Find("core")!.Assess(sheet);

        act.Should().Throw<DiagnosticsException>().Which.Diagnostics.Should().ContainSingle().Which.Message.Should().Be(message);
    }

    [Fact]
    public void Assess_MisspelledOption_SuggestsTheNearest()
    {
        var sheet = AnswerSheet.For(new CompanyInfo("x-4")).Set("digital_plan", "writen").Build();

        var errors = RuleSetCatalog.Shipped.Find("core")!.ValidateAnswers(sheet);

        errors.Should().ContainSingle().Which.Message.Should().EndWith("; did you mean 'written'?");
    }
}
