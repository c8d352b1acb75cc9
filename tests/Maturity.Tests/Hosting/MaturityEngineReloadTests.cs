using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Maturity.Diagnostics;
using Maturity.Hosting;
using Maturity.Loading;
using Maturity.Output;
using Maturity.Scoring;

namespace Maturity.Tests.Hosting;

public sealed class MaturityEngineReloadTests
{
    [Fact]
    public void Reload_ValidRules_SwapsTheCatalogAndReportsIt()
    {
        var crm = new SwitchableSource(HostingRules.Core("1.0.0"));
        using var engine = new MaturityEngine([crm]);
        var before = engine.Current;
        RuleSetReloadResult? raised = null;
        engine.Reloaded += (_, e) => raised = e.Result;

        crm.Set(HostingRules.Core("2.0.0", backupWeight: 3));
        var result = engine.Reload();

        result.Success.Should().BeTrue();
        result.Trigger.Should().Be(ReloadTrigger.Explicit);
        result.Catalog.Should().BeSameAs(engine.Current).And.NotBeSameAs(before);
        engine.Current.Find("core")!.Version.Should().Be("2.0.0");
        engine.LastReload.Should().BeSameAs(result);
        raised.Should().BeSameAs(result);
        before.Find("core")!.Version.Should().Be("1.0.0", "a catalog taken before the reload never changes");
    }

    [Fact]
    public void Reload_InvalidOrUnreadableRules_KeepsThePreviousCatalogAndReportsEveryDiagnostic()
    {
        var crm = new SwitchableSource(HostingRules.Core());
        using var engine = new MaturityEngine([crm]);
        var before = engine.Current;
        var scoreBefore = engine.Assess(HostingRules.Answers()).Score;

        crm.Set(HostingRules.InvalidCore, HostingRules.InvalidOther);
        var result = engine.Reload();

        result.Success.Should().BeFalse();
        result.Catalog.Should().BeSameAs(before);
        engine.Current.Should().BeSameAs(before);
        engine.LastReload.Should().BeSameAs(result);
        result.Errors.Select(d => d.Code).Should().Contain([DiagnosticCodes.UnknownKey, DiagnosticCodes.UnknownAnswerSet]);
        result.Errors.Select(d => d.Location.Path).Distinct().Should().HaveCount(2);
        ((Action)(() => result.ThrowIfFailed())).Should().Throw<DiagnosticsException>();
        engine.Assess(HostingRules.Answers()).Score.Should().Be(scoreBefore);

        crm.Fail = true;
        var unreadable = engine.Reload();
        unreadable.Success.Should().BeFalse();
        unreadable.Errors.Should().ContainSingle(d => d.Code == DiagnosticCodes.FileNotReadable && d.Location.Path == "crm-database");
        engine.Current.Should().BeSameAs(before);
    }

    [Fact]
    public void Reload_Cancelled_ThrowsAndKeepsTheCatalog()
    {
        var crm = new SwitchableSource(HostingRules.Core());
        using var engine = new MaturityEngine([crm]);
        var before = engine.Current;
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        ((Action)(() => engine.Reload(cts.Token))).Should().Throw<OperationCanceledException>();
        engine.Current.Should().BeSameAs(before);
    }

    [Fact]
    public async Task Reload_UnderConcurrentAssessments_NeverTearsAResult()
    {
        string[] v1 = [HostingRules.Core("1.0.0", backupWeight: 1), HostingRules.Sector];
        string[] v2 = [HostingRules.Core("2.0.0", backupWeight: 3), HostingRules.Sector];
        string[] invalid = [HostingRules.InvalidCore, HostingRules.Sector];
        var answers = new[] { HostingRules.Answers("a", "86.10Z"), HostingRules.Answers("b", "47.11B") };

        // Sequential truth: each valid version's hash -> the score of each company.
        var expected = new Dictionary<string, double>();
        foreach (var version in new[] { v1, v2 })
        {
            var loaded = RuleSetLoader.Load(version.Select((t, i) => RuleSetFile.FromText(t, "crm://rules/" + i))).ThrowIfFailed();
            var catalog = new Maturity.Catalog.RuleSetCatalog(loaded.RuleSets);
            foreach (var sheet in answers)
            {
                var r = catalog.FindFor(sheet)!.Assess(sheet);
                expected[r.RuleSetHash + "|" + sheet.Company.Id] = r.Score;
            }
        }

        expected.Values.Distinct().Should().HaveCountGreaterThan(2, "the versions must score differently for the test to mean anything");

        var crm = new SwitchableSource(v1);
        using var engine = new MaturityEngine([crm]);
        var errors = new ConcurrentQueue<Exception>();
        var results = new ConcurrentBag<(string Key, double Score, string Json)>();
        var counts = new int[4];
        using var stop = new CancellationTokenSource();
        var assessors = Enumerable.Range(0, 4).Select(t => Task.Factory.StartNew(() =>
        {
            var i = 0;
            while (!stop.IsCancellationRequested || counts[t] < 50)
            {
                try
                {
                    var sheet = answers[i++ % answers.Length];
                    var r = engine.Assess(sheet);
                    if (counts[t] % 16 == 0)
                    {
                        results.Add((r.RuleSetHash + "|" + sheet.Company.Id, r.Score, AssessmentJson.Write(r, indented: false)));
                    }
                    else
                    {
                        results.Add((r.RuleSetHash + "|" + sheet.Company.Id, r.Score, string.Empty));
                    }

                    counts[t]++;
                }
                catch (Exception ex)
                {
                    errors.Enqueue(ex);
                    return;
                }
            }
        }, TaskCreationOptions.LongRunning)).ToArray();

        var reloads = new List<RuleSetReloadResult>();
        for (var n = 0; n < 50; n++)
        {
            crm.Set((n % 3) switch { 0 => v2, 1 => invalid, _ => v1 });
            reloads.Add(engine.Reload());
            Thread.Yield();
        }

        stop.Cancel();
        await Task.WhenAll(assessors);

        errors.Should().BeEmpty();
        reloads.Count(r => r.Success).Should().Be(33);
        reloads.Where(r => !r.Success).Should().OnlyContain(r => r.Errors.Count > 0);
        results.Should().NotBeEmpty();
        foreach (var (key, score, json) in results)
        {
            expected.Should().ContainKey(key, "every result comes from one of the valid versions");
            score.Should().Be(expected[key], "a result's score is the sequential score of its version");
            if (json.Length > 0)
            {
                json.Should().Contain(key.Split('|')[0]);
            }
        }

        results.Select(r => r.Key.Split('|')[0]).Distinct().Should().HaveCountGreaterThan(1, "assessments ran across reloads");
    }

    [Fact]
    public async Task WatchForChanges_FolderChanged_ReloadsAfterChangesSettle()
    {
        var folder = Directory.CreateTempSubdirectory("maturity-watch-");
        try
        {
            var file = Path.Combine(folder.FullName, "core.yaml");
            File.WriteAllText(file, HostingRules.Core("1.0.0"));
            using var engine = new MaturityEngine(
                [new DirectoryRuleSetSource(folder.FullName)],
                new MaturityOptions { WatchForChanges = true, WatchDebounce = TimeSpan.FromMilliseconds(100) });
            engine.IsWatching.Should().BeTrue();
            var reloaded = new ConcurrentQueue<RuleSetReloadResult>();
            engine.Reloaded += (_, e) => reloaded.Enqueue(e.Result);

            File.WriteAllText(file, HostingRules.Core("2.0.0"));
            (await WaitFor(() => engine.Current.Find("core")!.Version == "2.0.0")).Should().BeTrue();
            engine.LastReload!.Trigger.Should().Be(ReloadTrigger.SourceChanged);

            File.WriteAllText(file, HostingRules.InvalidCore);
            (await WaitFor(() => engine.LastReload is { Success: false })).Should().BeTrue();
            engine.Current.Find("core")!.Version.Should().Be("2.0.0", "a failed automatic reload keeps the previous rule sets");
            engine.LastReload!.Errors.Should().Contain(d => d.Location.Path == file);
            reloaded.Should().NotBeEmpty();
        }
        finally
        {
            folder.Delete(true);
        }
    }

    private static async Task<bool> WaitFor(Func<bool> condition)
    {
        for (var i = 0; i < 200; i++)
        {
            if (condition())
            {
                return true;
            }

            await Task.Delay(50);
        }

        return condition();
    }
}
