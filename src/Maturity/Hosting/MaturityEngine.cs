using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Maturity.Answers;
using Maturity.Catalog;
using Maturity.Diagnostics;
using Maturity.Loading;
using Maturity.Scoring;

namespace Maturity.Hosting;

/// <summary>The default <see cref="IMaturityEngine"/>: loads its sources once when created (throwing one
/// <see cref="DiagnosticsException"/> with every diagnostic if they are invalid), then serves an immutable
/// snapshot that a reload replaces atomically. Register it with <c>services.AddMaturity(...)</c>, or create
/// it directly.</summary>
/// <remarks>Thread-safe. Assessments read the snapshot once and never lock; reloads are serialised with each
/// other. Dispose it to stop watching sources (the DI container does so for you).</remarks>
public sealed class MaturityEngine : IMaturityEngine, IDisposable
{
    private readonly IRuleSetSource[] _sources;
    private readonly MaturityEngineOptions _options;
    private readonly object _reloadGate = new();
    private readonly List<IDisposable> _watchers = [];
    private readonly Timer? _debounce;
    private Snapshot _snapshot;
    private RuleSetReloadResult? _lastReload;
    private int _disposed;

    /// <summary>Loads the sources and builds the first catalog.</summary>
    /// <param name="sources">Where the rule files are; loaded together, so <c>extends</c> works across sources.</param>
    /// <param name="options">Loading, assessment and watching options; null for the defaults.</param>
    /// <exception cref="DiagnosticsException">The rule sets are invalid or a source cannot be read; lists every diagnostic.</exception>
    public MaturityEngine(IEnumerable<IRuleSetSource> sources, MaturityEngineOptions? options = null)
    {
        if (sources is null)
        {
            throw new ArgumentNullException(nameof(sources));
        }

        _sources = sources.ToArray();
        if (_sources.Any(s => s is null))
        {
            throw new ArgumentException("A rule set source is null.", nameof(sources));
        }

        _options = (options ?? new MaturityEngineOptions()).Clone();
        var problems = _options.LoaderOptions.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid loader options: " + string.Join(" ", problems), nameof(options));
        }

        if (_options.WatchDebounce < TimeSpan.Zero)
        {
            throw new ArgumentException("WatchDebounce must not be negative.", nameof(options));
        }

        var (catalog, diagnostics) = LoadAll(CancellationToken.None);
        if (catalog is null)
        {
            throw new DiagnosticsException("Maturity rule sets are invalid", diagnostics);
        }

        _snapshot = new Snapshot(catalog, diagnostics);
        if (_options.WatchForChanges)
        {
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
        if (answers is null)
        {
            throw new ArgumentNullException(nameof(answers));
        }

        // One read of the snapshot: the whole assessment uses one immutable rule set, whatever reloads meanwhile.
        return Current.Assess(answers, options ?? _options.AssessmentOptions);
    }

    /// <inheritdoc />
    public RuleSetReloadResult Reload(CancellationToken cancellationToken = default) =>
        Reload(ReloadTrigger.Explicit, cancellationToken);

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

    private RuleSetReloadResult Reload(ReloadTrigger trigger, CancellationToken cancellationToken)
    {
        RuleSetReloadResult result;
        lock (_reloadGate)
        {
            var (catalog, diagnostics) = LoadAll(cancellationToken);
            if (catalog is not null)
            {
                Volatile.Write(ref _snapshot, new Snapshot(catalog, diagnostics));
                result = new RuleSetReloadResult(true, diagnostics, catalog, trigger, DateTimeOffset.UtcNow);
            }
            else
            {
                result = new RuleSetReloadResult(false, diagnostics, Current, trigger, DateTimeOffset.UtcNow);
            }

            Volatile.Write(ref _lastReload, result);
        }

        Reloaded?.Invoke(this, new RuleSetReloadedEventArgs(result));
        return result;
    }

    /// <summary>Reads every source and loads the files together; a null catalog when anything is an error.</summary>
    private (RuleSetCatalog? Catalog, IReadOnlyList<Diagnostic> Diagnostics) LoadAll(CancellationToken cancellationToken)
    {
        var files = new List<RuleSetSource>();
        var diagnostics = new List<Diagnostic>();
        foreach (var source in _sources)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                var read = new List<RuleSetSource>();
                var given = source is IBoundedRuleSetSource bounded ? bounded.Read(_options.LoaderOptions.MaxFileBytes, cancellationToken) : source.Read(cancellationToken);
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

        var loaded = RuleSetLoader.Load(files, _options.LoaderOptions);
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
                _debounce?.Change(_options.WatchDebounce, Timeout.InfiniteTimeSpan);
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
            Reload(ReloadTrigger.SourceChanged, CancellationToken.None);
        }
#pragma warning disable CA1031 // A timer thread must not crash the host; failures are in LastReload and the Reloaded event.
        catch (Exception)
#pragma warning restore CA1031
        {
            // Only a Reloaded handler can throw here; the reload itself is recorded in LastReload.
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
