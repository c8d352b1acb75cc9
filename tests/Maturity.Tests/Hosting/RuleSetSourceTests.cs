using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Maturity.Diagnostics;
using Maturity.Hosting;
using Maturity.Loading;

namespace Maturity.Tests.Hosting;

public sealed class RuleSetSourceTests
{
    [Fact]
    public async Task Read_DirectorySource_ReadsRuleFilesRecursivelyInAStableOrder()
    {
        var folder = Directory.CreateTempSubdirectory("maturity-dir-");
        try
        {
            Directory.CreateDirectory(Path.Combine(folder.FullName, "sectors"));
            File.WriteAllText(Path.Combine(folder.FullName, "core.yaml"), HostingRules.Core());
            File.WriteAllText(Path.Combine(folder.FullName, "sectors", "clinic.yml"), HostingRules.Sector);
            File.WriteAllText(Path.Combine(folder.FullName, "notes.txt"), "not a rule file");

            var files = (await new DirectoryRuleSetSource(folder.FullName).ReadAsync(CancellationToken.None)).ToList();
            files.Select(f => Path.GetFileName(f.Path)).Should().Equal("core.yaml", "clinic.yml");

            using var engine = new MaturityEngine([new DirectoryRuleSetSource(folder.FullName)]);
            engine.Current.RuleSets.Should().HaveCount(2);
        }
        finally
        {
            folder.Delete(true);
        }
    }

    [Fact]
    public void MaturityEngine_MissingFolder_ThrowsADiagnosticNamingIt()
    {
        var missing = Path.Combine(Path.GetTempPath(), "maturity-missing-" + Guid.NewGuid().ToString("N"));
        var create = () => new MaturityEngine([new DirectoryRuleSetSource(missing)]);
        create.Should().Throw<DiagnosticsException>().Which.Diagnostics
            .Should().Contain(d => d.Code == DiagnosticCodes.FileNotReadable && d.Location.Path == missing);
    }

    [Fact]
    public async Task Read_EmbeddedResourceSource_ReadsTheResourcesUnderItsPrefix()
    {
        var source = new EmbeddedResourceRuleSetSource(typeof(RuleSetSourceTests).Assembly, "Maturity.Tests.Hosting.Resources.");
        (await source.ReadAsync(CancellationToken.None)).Select(f => f.Path).Should().Equal(
            "Maturity.Tests/Maturity.Tests.Hosting.Resources.clinic.yaml",
            "Maturity.Tests/Maturity.Tests.Hosting.Resources.core.yaml");

        using var engine = new MaturityEngine([source]);
        engine.Current.FindByNaf("8610Z")!.Id.Should().Be("clinic");

        (await new EmbeddedResourceRuleSetSource(typeof(RuleSetSourceTests).Assembly, "No.Such.Prefix.").ReadAsync(CancellationToken.None)).Should().BeEmpty();
    }

    [Fact]
    public void Reload_TextAndStreamSources_LoadAgain()
    {
        var opened = 0;
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(HostingRules.Sector)).ToArray();
        var stream = new StreamRuleSetSource(() =>
        {
            Interlocked.Increment(ref opened);
            return new MemoryStream(bytes);
        }, "clinic.yaml");
        using var engine = new MaturityEngine([new TextRuleSetSource(HostingRules.Core(), "core.yaml"), stream]);

        engine.Current.RuleSets.Select(r => r.Id).Should().Equal("core", "clinic");
        engine.Reload().Success.Should().BeTrue();
        opened.Should().Be(2);

        using var once = new MemoryStream(Encoding.UTF8.GetBytes(HostingRules.Core()));
        var copied = StreamRuleSetSource.FromBytesOf(once, "core.yaml");
        using var engine2 = new MaturityEngine([copied]);
        engine2.Reload().Success.Should().BeTrue("the bytes were kept, so the stream is not read again");
    }

    [Fact]
    public void Reload_DelegateSource_ReadsTheHostStoreAgain()
    {
        var version = "1.0.0";
        var crm = new DelegateRuleSetSource("crm-database", _ => [RuleSetFile.FromText(HostingRules.Core(version), "crm://core")]);
        using var engine = new MaturityEngine([crm]);
        engine.Current.Find("core")!.Version.Should().Be("1.0.0");

        version = "1.1.0";
        engine.Reload().Success.Should().BeTrue();
        engine.Current.Find("core")!.Version.Should().Be("1.1.0");
    }

    [Fact]
    public void MaturityEngine_SeveralSources_LoadTogetherSoExtendsCrossesThem()
    {
        using var engine = new MaturityEngine([
            new TextRuleSetSource(HostingRules.Sector, "clinic.yaml"),
            new DelegateRuleSetSource("crm", _ => [RuleSetFile.FromText(HostingRules.Core(), "crm://core")])]);
        engine.Current.Find("clinic")!.Extends.Should().Be("core");
    }

    [Fact]
    public void Constructors_InvalidArguments_Throw()
    {
        ((Action)(() => _ = new TextRuleSetSource(HostingRules.Core(), ""))).Should().Throw<ArgumentException>();
        ((Action)(() => _ = new DirectoryRuleSetSource(" "))).Should().Throw<ArgumentException>();
        ((Action)(() => _ = new MaturityEngine(null!))).Should().Throw<ArgumentNullException>();
        var badLimits = new MaturityOptions { Loader = new RuleSetLoaderOptions { MaxYamlDepth = 1 } };
        ((Action)(() => _ = new MaturityEngine([new TextRuleSetSource(HostingRules.Core(), "c")], badLimits))).Should().Throw<Microsoft.Extensions.Options.OptionsValidationException>();
    }
}
