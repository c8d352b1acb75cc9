using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Maturity.Answers;
using Maturity.Catalog;
using Maturity.Diagnostics;
using Maturity.Hosting;
using Maturity.Loading;
using Maturity.Scoring;
using Microsoft.Extensions.DependencyInjection;

namespace Maturity.Tests.Hosting;

public sealed class MaturityServiceCollectionTests
{
    [Fact]
    public void AddMaturity_CalledTwice_AddsNoServiceTwiceAndCombinesTheSources()
    {
        var crm = new SwitchableSource(HostingRules.Sector);
        var services = new ServiceCollection();
        services.AddMaturity(b => b.AddRuleSet(HostingRules.Core(), "core.yaml"));
        var countAfterFirst = services.Count;
        services.AddMaturity(b => b.AddRuleSet(HostingRules.Core(), "core.yaml").AddSource(crm));
        services.AddMaturity(b => b.AddSource(crm));
        services.AddMaturity();

        services.Count.Should().Be(countAfterFirst);
        services.GroupBy(d => d.ServiceType).Should().OnlyContain(g => g.Count() == 1);
        services.Count(d => d.ServiceType == typeof(IMaturityEngine)).Should().Be(1);
        services.Count(d => d.ServiceType == typeof(MaturityEngine)).Should().Be(1);

        using var provider = services.BuildServiceProvider();
        var engine = provider.GetRequiredService<MaturityEngine>();
        engine.Sources.Should().HaveCount(2, "the same text and the same source instance are read once");
        engine.Current.RuleSets.Select(r => r.Id).Should().BeEquivalentTo("core", "clinic");
        provider.GetRequiredService<IMaturityEngine>().Should().BeSameAs(engine);
    }

    [Fact]
    public void AddMaturity_SameAssemblyAddedTwice_IsReadOnce()
    {
        var services = new ServiceCollection();
        var assembly = typeof(MaturityServiceCollectionTests).Assembly;
        services.AddMaturity(b => b.AddRuleSetsFromAssembly(assembly, "Maturity.Tests.Hosting.Resources."));
        services.AddMaturity(b => b.AddRuleSetsFromAssembly(assembly, "Maturity.Tests.Hosting.Resources."));

        using var provider = services.BuildServiceProvider();
        var engine = provider.GetRequiredService<MaturityEngine>();
        engine.Sources.Should().ContainSingle();
        engine.CurrentDiagnostics.Should().NotContain(d => d.IsError);
    }

    [Fact]
    public void AddMaturity_HostEngineRegisteredBefore_Wins()
    {
        var mine = new FakeEngine();
        var services = new ServiceCollection();
        services.AddSingleton<IMaturityEngine>(mine);
        services.AddMaturity(b => b.AddRuleSet(HostingRules.Core(), "core.yaml"));

        services.Count(d => d.ServiceType == typeof(IMaturityEngine)).Should().Be(1);
        using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<IMaturityEngine>().Should().BeSameAs(mine);
    }

    [Fact]
    public void AddMaturity_HostEngineRegisteredAfter_Wins()
    {
        var mine = new FakeEngine();
        var services = new ServiceCollection();
        services.AddMaturity(b => b.AddRuleSet(HostingRules.Core(), "core.yaml"));
        services.AddSingleton<IMaturityEngine>(mine);

        using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<IMaturityEngine>().Should().BeSameAs(mine);
    }

    [Fact]
    public void AddMaturity_HostMaturityEngineRegistration_Wins()
    {
        var mine = new MaturityEngine([new TextRuleSetSource(HostingRules.Core("9.9.9"), "mine.yaml")]);
        var services = new ServiceCollection();
        services.AddSingleton(mine);
        services.AddMaturity(b => b.AddRuleSet(HostingRules.Core(), "core.yaml"));

        using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<IMaturityEngine>().Should().BeSameAs(mine);
        provider.GetRequiredService<IMaturityEngine>().Current.Find("core")!.Version.Should().Be("9.9.9");
    }

    [Fact]
    public void AddMaturity_FirstResolution_LoadsRuleSetsOnceLazily()
    {
        var crm = new SwitchableSource(HostingRules.Core());
        var services = new ServiceCollection();
        services.AddMaturity(b => b.AddSource(crm));

        using var provider = services.BuildServiceProvider();
        crm.Reads.Should().Be(0);

        var engine = provider.GetRequiredService<IMaturityEngine>();
        crm.Reads.Should().Be(1);
        provider.GetRequiredService<IMaturityEngine>().Should().BeSameAs(engine);
        provider.GetRequiredService<MaturityEngine>().Should().BeSameAs(engine);
        engine.Assess(HostingRules.Answers());
        crm.Reads.Should().Be(1);
    }

    [Fact]
    public void AddMaturity_InvalidRuleSets_SurfaceEveryDiagnosticAtFirstResolution()
    {
        var failing = new SwitchableSource { Fail = true };
        var services = new ServiceCollection();
        services.AddMaturity(b => b
            .AddRuleSet(HostingRules.InvalidCore, "core.yaml")
            .AddRuleSet(HostingRules.InvalidOther, "other.yaml")
            .AddSource(failing));

        using var provider = services.BuildServiceProvider();
        var expected = RuleSetLoader.Load([
            RuleSetFile.FromText(HostingRules.InvalidCore, "core.yaml"),
            RuleSetFile.FromText(HostingRules.InvalidOther, "other.yaml")]).Diagnostics;
        expected.Should().Contain(d => d.Location.Path == "core.yaml" && d.Code == DiagnosticCodes.UnknownKey);
        expected.Should().Contain(d => d.Location.Path == "core.yaml" && d.Code == DiagnosticCodes.UnknownAnswerSet);
        expected.Should().Contain(d => d.Location.Path == "other.yaml" && d.IsError);

        var resolve = () => provider.GetRequiredService<IMaturityEngine>();
        var thrown = resolve.Should().ThrowExactly<DiagnosticsException>().Which;

        thrown.Diagnostics.Select(d => d.ToString()).Should().Contain(expected.Select(d => d.ToString()));
        thrown.Diagnostics.Should().Contain(d => d.Code == DiagnosticCodes.FileNotReadable && d.Location.Path == "crm-database" && d.Message.Contains("connection refused"));
        thrown.Diagnostics.Should().HaveCount(expected.Count + 1);
        thrown.Message.Should().Contain("core.yaml(").And.Contain("other.yaml(").And.Contain("crm-database");
    }

    [Fact]
    public void AddMaturity_FailedFirstResolution_IsRetriedAtTheNextOne()
    {
        var crm = new SwitchableSource(HostingRules.InvalidCore);
        var services = new ServiceCollection();
        services.AddMaturity(b => b.AddSource(crm));
        using var provider = services.BuildServiceProvider();

        var resolve = () => provider.GetRequiredService<IMaturityEngine>();
        resolve.Should().Throw<DiagnosticsException>();

        crm.Set(HostingRules.Core());
        resolve().Current.Find("core").Should().NotBeNull();
    }

    [Fact]
    public void AddMaturity_NoSourceOrAnEmptyFolder_IsANoRuleSetError()
    {
        var folder = Directory.CreateTempSubdirectory("maturity-empty-");
        try
        {
            var create = () => new MaturityEngine([new DirectoryRuleSetSource(folder.FullName)]);
            create.Should().Throw<DiagnosticsException>().Which.Diagnostics.Should().ContainSingle(d => d.Code == DiagnosticCodes.NoRuleSet);

            var none = () => new ServiceCollection().AddMaturity().BuildServiceProvider().GetRequiredService<IMaturityEngine>();
            none.Should().Throw<DiagnosticsException>().Which.Diagnostics.Should().ContainSingle(d => d.Code == DiagnosticCodes.NoRuleSet);
        }
        finally
        {
            folder.Delete(true);
        }
    }

    [Fact]
    public void Assess_ResolvedEngine_UsesTheRuleSetTheCatalogPicks()
    {
        var services = new ServiceCollection();
        services.AddMaturity(b => b.AddRuleSet(HostingRules.Core(), "core.yaml").AddRuleSet(HostingRules.Sector, "clinic.yaml"));
        using var provider = services.BuildServiceProvider();
        var engine = provider.GetRequiredService<IMaturityEngine>();

        engine.Assess(HostingRules.Answers(naf: "86.10Z")).RuleSetId.Should().Be("clinic");
        engine.Assess(HostingRules.Answers(naf: "47.11B")).RuleSetId.Should().Be("core");
        engine.Assess(HostingRules.Answers()).RuleSetId.Should().Be("core");

        var unknown = AnswerSheet.For(new CompanyInfo("x")).UseRuleSet("nope").Build();
        var assess = () => engine.Assess(unknown);
        assess.Should().Throw<DiagnosticsException>().Which.Diagnostics.Should().ContainSingle(d => d.Code == DiagnosticCodes.NoRuleSet);
    }

    [Fact]
    public void Assess_OptionsConfiguredInTheBuilder_Apply()
    {
        var services = new ServiceCollection();
        services.AddMaturity(b => b.AddRuleSet(HostingRules.Core(), "core.yaml").UseAssessmentOptions(AssessmentOptions.Lenient));
        using var provider = services.BuildServiceProvider();
        var engine = provider.GetRequiredService<IMaturityEngine>();
        var sheet = AnswerSheet.For(new CompanyInfo("x")).Set("mfa", true).Set("no_such_question", true).Build();

        engine.Assess(sheet).Warnings.Should().Contain(d => d.Code == DiagnosticCodes.UnknownQuestion);
        var strict = () => engine.Assess(sheet, AssessmentOptions.Strict);
        strict.Should().Throw<DiagnosticsException>();
    }

    [Fact]
    public void AddSource_SourceType_ResolvesFromTheContainerOnce()
    {
        var services = new ServiceCollection();
        services.AddSingleton(new RulesTable(HostingRules.Core()));
        services.AddMaturity(b => b.AddSource<RulesTableSource>().AddSource<RulesTableSource>());
        using var provider = services.BuildServiceProvider();

        var engine = provider.GetRequiredService<MaturityEngine>();
        engine.Sources.Should().ContainSingle().Which.Should().BeOfType<RulesTableSource>();
        engine.Current.Find("core").Should().NotBeNull();
    }

    [Fact]
    public void AddRuleSetsFromDirectory_ShippedRules_LoadThroughTheContainer()
    {
        var services = new ServiceCollection();
        services.AddMaturity(b => b.AddRuleSetsFromDirectory(TestPaths.Rules).AddRuleSetsFromDirectory(TestPaths.Rules));
        using var provider = services.BuildServiceProvider();

        var engine = provider.GetRequiredService<IMaturityEngine>();
        engine.Current.Fallback!.Id.Should().Be("core");
    }

    [Fact]
    public void Dispose_Container_DisposesTheEngine()
    {
        var folder = Directory.CreateTempSubdirectory("maturity-dispose-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "core.yaml"), HostingRules.Core());
            var services = new ServiceCollection();
            services.AddMaturity(b => b.AddRuleSetsFromDirectory(folder.FullName).WatchForChanges());
            var provider = services.BuildServiceProvider();
            var engine = provider.GetRequiredService<MaturityEngine>();
            engine.IsWatching.Should().BeTrue();

            provider.Dispose();
            engine.IsWatching.Should().BeFalse();
        }
        finally
        {
            folder.Delete(true);
        }
    }

    internal sealed class RulesTable(string text)
    {
        public string Text { get; } = text;
    }

    internal sealed class RulesTableSource(RulesTable table) : IRuleSetSource
    {
        public string Name => "rules-table";

        public Task<IReadOnlyList<RuleSetFile>> ReadAsync(CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<RuleSetFile>>([RuleSetFile.FromText(table.Text, "rules-table/core")]);
    }

    private sealed class FakeEngine : IMaturityEngine
    {
        public event EventHandler<RuleSetReloadedEventArgs>? Reloaded
        {
            add { }
            remove { }
        }

        public RuleSetCatalog Current { get; } = new([]);

        public IReadOnlyList<Diagnostic> CurrentDiagnostics => [];

        public RuleSetReloadResult? LastReload => null;

        public AssessmentResult Assess(AnswerSheet answers, AssessmentOptions? options = null) => throw new NotSupportedException();

        public RuleSetReloadResult Reload(CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<RuleSetReloadResult> ReloadAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException();
    }
}
