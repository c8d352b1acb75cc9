using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Maturity.Answers;
using Maturity.Catalog;
using Maturity.Diagnostics;
using Maturity.Internal;
using Maturity.Loading;
using Maturity.Scoring;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Maturity.Hosting;

/// <summary>The default <see cref="IMaturityEngine"/>: loads its sources once when created (throwing one
/// <see cref="DiagnosticsException"/> with every diagnostic if they are invalid), then serves an immutable
/// snapshot that a reload replaces atomically. Register it with <c>services.AddMaturity(...)</c>, or create
/// it directly (<see cref="CreateAsync"/> when a source reads asynchronously).</summary>
/// <remarks>Thread-safe. Assessments read the snapshot once and never lock; reloads are serialised with each
/// other. Dispose it to stop watching sources (the DI container does so for you).</remarks>
public sealed class MaturityEngine : IMaturityEngine, IDisposable
{
    private readonly IRuleSetSource[] _sources;
    private readonly RuleSetLoaderOptions _loader;
    private readonly AssessmentOptions _assessment;
    private readonly TimeSpan _watchDebounce;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _reloadGate = new(1, 1);
    private readonly List<IDisposable> _watchers = [];
    private Timer? _debounce;
    private Snapshot _snapshot = null!;
    private RuleSetReloadResult? _lastReload;
    private int _disposed;

    /// <summary>Loads the sources and builds the first catalog. A source that reads asynchronously is waited for
    /// here; <see cref="CreateAsync"/> does not block.</summary>
    /// <param name="sources">Where the rule files are; loaded together, so <c>extends</c> works across sources.</param>
    /// <param name="options">Loading, assessment and watching options, copied now; null for the defaults.</param>
    /// <param name="logger">Where reloads and their failures are logged; null for none.</param>
    /// <exception cref="OptionsValidationException">The options are invalid; lists every problem.</exception>
    /// <exception cref="DiagnosticsException">The rule sets are invalid or a source cannot be read; lists every diagnostic.</exception>
    public MaturityEngine(IEnumerable<IRuleSetSource> sources, MaturityOptions? options = null, ILogger<MaturityEngine>? logger = null)
        : this(sources, options, (ILogger?)logger)
    {
        Start(LoadAllAsync(CancellationToken.None).GetAwaiter().GetResult(), options?.WatchForChanges ?? false);
    }

    private MaturityEngine(IEnumerable<IRuleSetSource> sources, MaturityOptions? options, ILogger? logger)
    {
        _sources = Guard.NotNull(sources).ToArray();
        if (_sources.Any(s => s is null))
        {
            throw new ArgumentException("A rule set source is null.", nameof(sources));
        }

        options ??= new MaturityOptions();
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(MaturityOptions), problems);
        }

        // A copy of the values: the options object may be changed or reused by the host afterwards.
        _loader = options.Loader;
        _assessment = options.Assessment;
        _watchDebounce = options.WatchDebounce;
        _logger = logger ?? NullLogger.Instance;
    }

    /// <summary>Loads the sources without blocking a thread on them (a CRM database, a remote store) and returns
    /// the engine serving them.</summary>
    /// <param name="sources">Where the rule files are; loaded together, so <c>extends</c> works across sources.</param>
    /// <param name="options">Loading, assessment and watching options, copied now; null for the defaults.</param>
    /// <param name="logger">Where reloads and their failures are logged; null for none.</param>
    /// <param name="cancellationToken">Cancels the first load.</param>
    /// <returns>The engine, its rule sets loaded.</returns>
    /// <exception cref="OptionsValidationException">The options are invalid; lists every problem.</exception>
    /// <exception cref="DiagnosticsException">The rule sets are invalid or a source cannot be read; lists every diagnostic.</exception>
    public static async Task<MaturityEngine> CreateAsync(
        IEnumerable<IRuleSetSource> sources, MaturityOptions? options = null, ILogger<MaturityEngine>? logger = null, CancellationToken cancellationToken = default)
    {
        var engine = new MaturityEngine(sources, options, (ILogger?)logger);
        engine.Start(await engine.LoadAllAsync(cancellationToken).ConfigureAwait(false), options?.WatchForChanges ?? false);
        return engine;
    }

    /// <inheritdoc />
    public event EventHandler<RuleSetReloadedEventArgs>? Reloaded;

    /// <inheritdoc />
    public RuleSetCatalog Current => Volatile.Read(ref _snapshot).Catalog;

    /// <inheritdoc />
    public IReadOnlyList<Diagnostic> CurrentDiagnostics => Volatile.Read(ref _snapshot).Diagnostics;

    /// <inheritdoc />
    public RuleSetReloadResult? LastReload => Volatile.Read(ref _lastReload);

    /// <summary>The sources, in load order.</summary>
    public IReadOnlyList<IRuleSetSource> Sources => _sources;

    /// <summary>True when watching sources for changes.</summary>
    public bool IsWatching => _watchers.Count > 0 && Volatile.Read(ref _disposed) == 0;

    /// <inheritdoc />
    public AssessmentResult Assess(AnswerSheet answers, AssessmentOptions? options = null)
    {
        Guard.NotNull(answers);

        // One read of the snapshot: the whole assessment uses one immutable rule set, whatever reloads meanwhile.
        return Current.Assess(answers, options ?? _assessment);
    }

    /// <inheritdoc />
    public RuleSetReloadResult Reload(CancellationToken cancellationToken = default) =>
        ReloadAsync(ReloadTrigger.Explicit, cancellationToken).GetAwaiter().GetResult();

    /// <inheritdoc />
    public Task<RuleSetReloadResult> ReloadAsync(CancellationToken cancellationToken = default) =>
        ReloadAsync(ReloadTrigger.Explicit, cancellationToken);

    /// <inheritdoc />
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _debounce?.Dispose();
    }

    /// <summary>Puts the first load in service, or throws with its diagnostics; then starts watching.</summary>
    private void Start((RuleSetCatalog? Catalog, IReadOnlyList<Diagnostic> Diagnostics) first, bool watch)
    {
        if (first.Catalog is null)
        {
            throw new DiagnosticsException("Maturity rule sets are invalid", first.Diagnostics);
        }

        _snapshot = new Snapshot(first.Catalog, first.Diagnostics);
        if (!watch)
        {
            return;
        }

        _debounce = new Timer(_ => OnDebounceElapsed(), null, Timeout.Infinite, Timeout.Infinite);
        try
        {
            foreach (var source in _sources.OfType<IWatchableRuleSetSource>())
            {
                _watchers.Add(source.Watch(OnSourceChanged));
            }
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    private async Task<RuleSetReloadResult> ReloadAsync(ReloadTrigger trigger, CancellationToken cancellationToken)
    {
        RuleSetReloadResult result;
        await _reloadGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var (catalog, diagnostics) = await LoadAllAsync(cancellationToken).ConfigureAwait(false);
            if (catalog is not null)
            {
                Volatile.Write(ref _snapshot, new Snapshot(catalog, diagnostics));
                result = new RuleSetReloadResult(true, diagnostics, catalog, trigger, DateTimeOffset.UtcNow);
                EngineLog.Reloaded(_logger, result);
            }
            else
            {
                result = new RuleSetReloadResult(false, diagnostics, Current, trigger, DateTimeOffset.UtcNow);
                EngineLog.ReloadFailed(_logger, result);
            }

            Volatile.Write(ref _lastReload, result);
        }
        finally
        {
            _reloadGate.Release();
        }

        Reloaded?.Invoke(this, new RuleSetReloadedEventArgs(result));
        return result;
    }

    /// <summary>Reads every source and loads the files together; a null catalog when anything is an error.</summary>
    private async Task<(RuleSetCatalog? Catalog, IReadOnlyList<Diagnostic> Diagnostics)> LoadAllAsync(CancellationToken cancellationToken)
    {
        var files = new List<RuleSetFile>();
        var diagnostics = new List<Diagnostic>();
        foreach (var source in _sources)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                var given = source is IBoundedRuleSetSource bounded
                    ? bounded.Read(_loader.MaxFileBytes, cancellationToken)
                    : await (source.ReadAsync(cancellationToken) ?? throw new InvalidOperationException("the source returned no task")).ConfigureAwait(false);
                var read = new List<RuleSetFile>();
                foreach (var file in given ?? throw new InvalidOperationException("the source returned null"))
                {
                    read.Add(file ?? throw new InvalidOperationException("the source returned a null file"));
                }

                files.AddRange(read);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
#pragma warning disable CA1031 // A host's source may fail in any way (I/O, database, network); that is a diagnostic, never a crash.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                diagnostics.Add(new Diagnostic(
                    DiagnosticCodes.FileNotReadable,
                    DiagnosticSeverity.Error,
                    Messages.SourceNotReadable(ex.Message),
                    SourceLocation.FileOnly(source.Name ?? source.GetType().Name)));
            }
        }

        return Compile(files, diagnostics);
    }

    /// <summary>Loads the files read from every source into one catalog; a null catalog when anything is an error.</summary>
    private (RuleSetCatalog? Catalog, IReadOnlyList<Diagnostic> Diagnostics) Compile(List<RuleSetFile> files, List<Diagnostic> diagnostics)
    {
        var loaded = RuleSetLoader.Load(files, _loader);
        diagnostics.AddRange(loaded.Diagnostics);
        if (diagnostics.Any(d => d.IsError))
        {
            return (null, diagnostics);
        }

        if (loaded.RuleSets.Count == 0)
        {
            var why = _sources.Length == 0 ? Messages.NoSourceConfigured() : Messages.NoRuleFileInSources(_sources.Select(s => s.Name).ToList());
            diagnostics.Add(new Diagnostic(DiagnosticCodes.NoRuleSet, DiagnosticSeverity.Error, why, SourceLocation.FileOnly("<maturity>")));
            return (null, diagnostics);
        }

        // The loader reports a rule set declared twice (MAT048) per file; two sources may still each hold one.
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rs in loaded.RuleSets)
        {
            if (!ids.Add(rs.Id))
            {
                diagnostics.Add(new Diagnostic(DiagnosticCodes.DuplicateRuleSet, DiagnosticSeverity.Error, Messages.RuleSetTwice(rs.Id), SourceLocation.FileOnly("<maturity>"), rs.Id));
            }
        }

        return diagnostics.Any(d => d.IsError) ? (null, diagnostics) : (new RuleSetCatalog(loaded.RuleSets), diagnostics);
    }

    private void OnSourceChanged()
    {
        if (Volatile.Read(ref _disposed) == 0)
        {
            try
            {
                _debounce?.Change(_watchDebounce, Timeout.InfiniteTimeSpan);
            }
            catch (ObjectDisposedException)
            {
                // Disposed between the check and the call: nothing to reload any more.
            }
        }
    }

    private void OnDebounceElapsed()
    {
        if (Volatile.Read(ref _disposed) != 0)
        {
            return;
        }

        try
        {
            ReloadAsync(ReloadTrigger.SourceChanged, CancellationToken.None).GetAwaiter().GetResult();
        }
#pragma warning disable CA1031 // A timer thread must not crash the host; failures are in LastReload, the Reloaded event and the log.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            // Only a Reloaded handler can throw here; the reload itself is recorded in LastReload.
            EngineLog.HandlerFailed(_logger, ex);
        }
    }

    private sealed class Snapshot
    {
        public Snapshot(RuleSetCatalog catalog, IReadOnlyList<Diagnostic> diagnostics)
        {
            Catalog = catalog;
            Diagnostics = diagnostics;
        }

        public RuleSetCatalog Catalog { get; }

        public IReadOnlyList<Diagnostic> Diagnostics { get; }
    }
}
