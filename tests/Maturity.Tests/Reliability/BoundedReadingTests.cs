using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using Maturity.Answers;
using Maturity.Diagnostics;
using Maturity.Hosting;
using Maturity.Loading;
using Maturity.Tests.Hosting;
using Maturity.Yaml;

namespace Maturity.Tests.Reliability;

/// <summary>Issue 9, bounded reading: /dev/zero, FIFOs, huge sparse files and endless streams are refused fast
/// and with bounded memory, checked by counting bytes and allocations rather than by the clock.</summary>
public sealed class BoundedReadingTests : IDisposable
{
    private const long HundredMegabytes = 100L * 1024 * 1024;
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("maturity-bounded-");

    public void Dispose() => _folder.Delete(true);

    [Fact]
    public void ReadStream_EndlessStream_StopsAtTheLimitPlusOneByte()
    {
        var endless = new CountingStream();
        var bag = new DiagnosticBag();

        SourceText.ReadStream("zero", endless, 1000, bag).Should().BeNull();

        endless.BytesRead.Should().Be(1001);
        bag.Items.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.FileTooLarge);
    }

    [Fact]
    public void LoadFiles_DevZero_IsAnError_WithoutReadingIt()
    {
        var before = GC.GetAllocatedBytesForCurrentThread();

        var result = RuleSetLoader.LoadFiles(["/dev/zero"]);

        (GC.GetAllocatedBytesForCurrentThread() - before).Should().BeLessThan(HundredMegabytes);
        result.Diagnostics.Should().ContainSingle().Which.Message.Should().Contain("not a regular file");
        result.Diagnostics[0].IsError.Should().BeTrue();
    }

    [Fact]
    public void AnswerFile_DevZero_IsAnError()
    {
        var result = AnswerFile.Load("/dev/zero");

        result.Success.Should().BeFalse();
        result.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.FileNotReadable);
    }

    [Fact]
    public void LoadDirectory_DevZeroLinkAndFifo_AreSkippedWithAWarning_AndTheRestLoads()
    {
        File.WriteAllText(Path.Combine(_folder.FullName, "core.yaml"), HostingRules.Core());
        File.CreateSymbolicLink(Path.Combine(_folder.FullName, "zz.yaml"), "/dev/zero");
        MakeFifo(Path.Combine(_folder.FullName, "pipe.yaml"));

        var result = RuleSetLoader.LoadDirectory(_folder.FullName);

        result.RuleSets.Should().ContainSingle();
        result.Diagnostics.Should().HaveCount(2).And.OnlyContain(d => d.Severity == DiagnosticSeverity.Warning && d.Message.Contains("not a regular file"));
    }

    [Fact]
    public void LoadFiles_HugeSparseFile_IsRefusedBeforeReading()
    {
        var huge = Path.Combine(_folder.FullName, "huge.yaml");
        using (var f = File.Create(huge))
        {
            f.SetLength(1536L * 1024 * 1024);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = RuleSetLoader.LoadFiles([huge]);

        (GC.GetAllocatedBytesForCurrentThread() - before).Should().BeLessThan(HundredMegabytes);
        result.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.FileTooLarge);
    }

    [Fact]
    public void Engine_OverAFolderWithASparseFileAndDeviceLinks_RefusesThemWithBoundedMemory()
    {
        File.WriteAllText(Path.Combine(_folder.FullName, "core.yaml"), HostingRules.Core());
        using (var f = File.Create(Path.Combine(_folder.FullName, "huge.yaml")))
        {
            f.SetLength(1536L * 1024 * 1024);
        }

        File.CreateSymbolicLink(Path.Combine(_folder.FullName, "zz.yaml"), "/dev/zero");
        MakeFifo(Path.Combine(_folder.FullName, "pipe.yml"));

        var before = GC.GetAllocatedBytesForCurrentThread();
        var files = ((IBoundedRuleSetSource)new DirectoryRuleSetSource(_folder.FullName)).Read(4096, CancellationToken.None).ToList();

        (GC.GetAllocatedBytesForCurrentThread() - before).Should().BeLessThan(HundredMegabytes);
        files.Single(f => f.Path.EndsWith("huge.yaml", StringComparison.Ordinal)).Problems.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.FileTooLarge);
        files.Single(f => f.Path.EndsWith("zz.yaml", StringComparison.Ordinal)).Problems.Should().ContainSingle().Which.Severity.Should().Be(DiagnosticSeverity.Warning);
        files.Single(f => f.Path.EndsWith("pipe.yml", StringComparison.Ordinal)).Problems.Should().ContainSingle().Which.Severity.Should().Be(DiagnosticSeverity.Warning);

        Action create = () => new MaturityEngine([new DirectoryRuleSetSource(_folder.FullName)]).Dispose();
        create.Should().Throw<DiagnosticsException>().Which.Diagnostics.Should().Contain(d => d.Code == DiagnosticCodes.FileTooLarge);
    }

    [Fact]
    public void StreamSource_EndlessStream_IsRefused_AfterLimitPlusOneBytes()
    {
        var endless = new CountingStream(value: (byte)'a');
        var source = new StreamRuleSetSource(() => endless, "endless.yaml");

        var file = ((IBoundedRuleSetSource)source).Read(2048, CancellationToken.None).Single();

        endless.BytesRead.Should().Be(2049);
        file.Problems.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.FileTooLarge);
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        mkfifo.ExitCode.Should().Be(0);
    }
}
