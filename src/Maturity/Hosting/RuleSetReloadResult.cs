using System;
using System.Collections.Generic;
using System.Linq;
using Maturity.Catalog;
using Maturity.Diagnostics;

namespace Maturity.Hosting;

/// <summary>The outcome of a reload: whether the new rule sets replaced the old ones, and every diagnostic
/// (warnings on success, errors and warnings on failure). Immutable.</summary>
public sealed class RuleSetReloadResult
{
    internal RuleSetReloadResult(bool success, IReadOnlyList<Diagnostic> diagnostics, RuleSetCatalog catalog, ReloadTrigger trigger, DateTimeOffset completedAt)
    {
        Success = success;
        Diagnostics = diagnostics;
        Catalog = catalog;
        Trigger = trigger;
        CompletedAt = completedAt;
    }

    /// <summary>True when the rule sets loaded without error and now serve every new assessment;
    /// false when the previous rule sets were kept.</summary>
    public bool Success { get; }

    /// <summary>Every diagnostic of this load, sorted by source and position.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>The errors only (empty on success).</summary>
    public IReadOnlyList<Diagnostic> Errors => Diagnostics.Where(d => d.IsError).ToList();

    /// <summary>The catalog in service after this reload: the new one on success, the previous one on failure.</summary>
    public RuleSetCatalog Catalog { get; }

    /// <summary>What started the reload.</summary>
    public ReloadTrigger Trigger { get; }

    /// <summary>When the reload finished.</summary>
    public DateTimeOffset CompletedAt { get; }

    /// <summary>Throws a <see cref="DiagnosticsException"/> listing every diagnostic when the reload failed.</summary>
    public RuleSetReloadResult ThrowIfFailed() =>
        Success ? this : throw new DiagnosticsException("Rule sets are invalid; the previous rule sets stay in service", Diagnostics);
}
