using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Maturity.Answers;
using Maturity.Catalog;
using Maturity.Diagnostics;
using Maturity.Scoring;

namespace Maturity.Hosting;

/// <summary>The facade a host application uses: the rule sets in service (<see cref="Current"/>),
/// assessment with the rule set the catalog picks, and reload. Thread-safe: any number of threads may
/// assess while one reloads.</summary>
public interface IMaturityEngine
{
    /// <summary>The immutable catalog in service now. Replaced as a whole by a successful reload; a
    /// reference taken here never changes under the caller.</summary>
    RuleSetCatalog Current { get; }

    /// <summary>The diagnostics (warnings) of the load that produced <see cref="Current"/>.</summary>
    IReadOnlyList<Diagnostic> CurrentDiagnostics { get; }

    /// <summary>The last reload's outcome, successful or not; null before the first reload.</summary>
    RuleSetReloadResult? LastReload { get; }

    /// <summary>Raised after every reload, successful or not, on the thread that reloaded.</summary>
    event EventHandler<RuleSetReloadedEventArgs>? Reloaded;

    /// <summary>Assesses a company with the rule set its sheet names, else the one for its NAF code, else
    /// the fallback. The rule set is taken from one snapshot, so a concurrent reload never mixes versions.</summary>
    /// <param name="answers">The company and its answers.</param>
    /// <param name="options">Assessment options; null for the engine's default (strict unless configured).</param>
    /// <exception cref="DiagnosticsException">No rule set applies (<c>MAT077</c>), or the answers are invalid in strict mode.</exception>
    AssessmentResult Assess(AnswerSheet answers, AssessmentOptions? options = null);

    /// <summary>Reads every source again, validates and compiles the rule sets, and on success swaps them in
    /// atomically. On failure the previous rule sets stay in service. Never throws for invalid rule files
    /// or unreadable sources: they are in the result's diagnostics.</summary>
    /// <param name="cancellationToken">Cancels the reload; the previous rule sets stay in service.</param>
    RuleSetReloadResult Reload(CancellationToken cancellationToken = default);

    /// <summary>As <see cref="Reload"/>, without blocking a thread while a source reads asynchronously (a
    /// database, a remote store).</summary>
    /// <param name="cancellationToken">Cancels the reload; the previous rule sets stay in service.</param>
    /// <returns>The reload's outcome.</returns>
    Task<RuleSetReloadResult> ReloadAsync(CancellationToken cancellationToken = default);
}
