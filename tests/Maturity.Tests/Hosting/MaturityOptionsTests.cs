using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Maturity.Diagnostics;
using Maturity.Hosting;
using Maturity.Loading;
using Maturity.Scoring;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Maturity.Tests.Hosting;

/// <summary>Options, logging and asynchronous sources the way a Microsoft.Extensions host uses them: a real
/// generic host, configuration binding, validation on start, the host's logger.</summary>
public class MaturityOptionsTests
{
    [Fact]
    public void AddMaturity_OptionsInConfiguration_BindsThemWithoutTouchingTheSharedDefaults()
    {
        using var host = Host(new Dictionary<string, string?>
        {
            ["Maturity:Loader:MaxItems"] = "1",
            ["Maturity:Assessment:IsLenient"] = "true",
            ["Maturity:WatchDebounce"] = "00:00:02",
        });

        var options = host.Services.GetRequiredService<IOptions<MaturityOptions>>().Value;

        options.Loader.MaxItems.Should().Be(1);
        options.Assessment.IsLenient.Should().BeTrue();
        options.WatchDebounce.Should().Be(TimeSpan.FromSeconds(2));
        RuleSetLoaderOptions.Default.MaxItems.Should().Be(10_000, "binding fills the options' own instances");
        AssessmentOptions.Strict.IsLenient.Should().BeFalse();
        var resolve = () => host.Services.GetRequiredService<IMaturityEngine>();
        resolve.Should().Throw<DiagnosticsException>().Which.Diagnostics.Should().Contain(d => d.Code == DiagnosticCodes.TooMany);
    }

    [Fact]
    public async Task StartAsync_SeveralInvalidOptions_FailsWithEveryProblemAtOnce()
    {
        using var host = Host(new Dictionary<string, string?>
        {
            ["Maturity:Loader:MaxFileBytes"] = "0",
            ["Maturity:Loader:MaxYamlDepth"] = "2",
            ["Maturity:WatchDebounce"] = "-00:00:01",
        });

        var start = () => host.StartAsync();

        var failures = (await start.Should().ThrowAsync<OptionsValidationException>()).Which.Failures;
        failures.Should().BeEquivalentTo("Loader.MaxFileBytes must be positive.", "Loader.MaxYamlDepth must be between 4 and 1000.", "WatchDebounce must not be negative.");
    }

    [Fact]
    public void Constructor_InvalidOptions_ThrowsOneExceptionListingEveryProblem()
    {
        var options = new MaturityOptions { Loader = RuleSetLoaderOptions.Default with { MaxItems = 0, MaxExtendsDepth = 0 } };

        var create = () => new MaturityEngine([new TextRuleSetSource(HostingRules.Core(), "core.yaml")], options);

        create.Should().Throw<OptionsValidationException>().Which.Failures.Should().HaveCount(2);
    }

    [Fact]
    public void Constructor_OptionsChangedAfterwards_KeepsTheValuesItWasCreatedWith()
    {
        var options = new MaturityOptions { Assessment = AssessmentOptions.Lenient };
        using var engine = new MaturityEngine([new TextRuleSetSource(HostingRules.Core(), "core.yaml")], options);

        options.Assessment = AssessmentOptions.Strict;
        var result = engine.Assess(Maturity.Answers.AnswerSheet.For(new Maturity.Answers.CompanyInfo("c1")).Set("no_such_question", true).Build());

        result.Warnings.Should().NotBeEmpty("the engine assesses leniently, as configured when it was created");
    }

    [Fact]
    public void Reload_SourceFails_LogsAWarningWithTheFirstErrorThroughTheHostLogger()
    {
        var source = new SwitchableSource(HostingRules.Core());
        var log = new CapturingLoggerProvider();
        using var host = Host([], services => services.AddMaturity(m => m.AddSource(source)), log);
        var engine = host.Services.GetRequiredService<IMaturityEngine>();

        source.Fail = true;
        var result = engine.Reload();

        result.Success.Should().BeFalse();
        var entry = log.Entries.Should().ContainSingle(e => e.Level == LogLevel.Warning).Which;
        entry.Category.Should().Be(typeof(MaturityEngine).FullName);
        entry.Message.Should().Contain(DiagnosticCodes.FileNotReadable).And.Contain("connection refused");
    }

    [Fact]
    public void Reload_Succeeds_LogsTheRuleSetCount()
    {
        var log = new CapturingLoggerProvider();
        using var host = Host([], services => services.AddMaturity(m => m.AddSource(new SwitchableSource(HostingRules.Core()))), log);

        host.Services.GetRequiredService<IMaturityEngine>().Reload();

        log.Entries.Should().ContainSingle(e => e.Level == LogLevel.Information && e.Message.Contains("1 rule sets", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CreateAsync_AsynchronousSource_LoadsItAndReloadsItAsynchronously()
    {
        var source = new SwitchableSource(HostingRules.Core("1.0.0"));
        using var engine = await MaturityEngine.CreateAsync([source]);
        engine.Current.Find("core")!.Version.Should().Be("1.0.0");

        source.Set(HostingRules.Core("2.0.0"));
        var result = await engine.ReloadAsync();

        result.Success.Should().BeTrue();
        engine.Current.Find("core")!.Version.Should().Be("2.0.0");
        source.Reads.Should().Be(2);
    }

    [Fact]
    public async Task ReloadAsync_Cancelled_KeepsTheRuleSetsInService()
    {
        var source = new SwitchableSource(HostingRules.Core("1.0.0"));
        using var engine = await MaturityEngine.CreateAsync([source]);
        source.Set(HostingRules.Core("2.0.0"));
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var reload = () => engine.ReloadAsync(cancelled.Token);

        await reload.Should().ThrowAsync<OperationCanceledException>();
        engine.Current.Find("core")!.Version.Should().Be("1.0.0");
    }

    [Fact]
    public async Task DelegateRuleSetSource_AsynchronousFunction_IsAwaited()
    {
        var source = new DelegateRuleSetSource("crm-database", async cancellationToken =>
        {
            await Task.Delay(1, cancellationToken);
            return [RuleSetFile.FromText(HostingRules.Core(), "crm://core")];
        });

        using var engine = await MaturityEngine.CreateAsync([source]);

        engine.Current.RuleSets.Select(r => r.Id).Should().Equal("core");
    }

    private static IHost Host(Dictionary<string, string?> settings, Action<IServiceCollection>? configure = null, ILoggerProvider? log = null)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();
        if (log is not null)
        {
            builder.Logging.AddProvider(log);
        }

        (configure ?? (services => services.AddMaturity(m => m.AddRuleSet(HostingRules.Core(), "core.yaml")))).Invoke(builder.Services);
        builder.Services.AddOptions<MaturityOptions>().BindConfiguration("Maturity");
        return builder.Build();
    }

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        public ConcurrentQueue<(string Category, LogLevel Level, string Message)> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, Entries);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<(string, LogLevel, string)> entries) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                entries.Enqueue((category, logLevel, formatter(state, exception)));
        }
    }
}
