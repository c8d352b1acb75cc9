using System.Collections.Generic;
using System.Linq;
using Maturity.Diagnostics;
using Maturity.Model;
using Maturity.Scoring;

namespace Maturity.Loading;

/// <summary>What loading produced: the rule sets that compiled and every diagnostic, sorted by file and position.</summary>
public sealed class RuleSetLoadResult
{
    internal RuleSetLoadResult(IReadOnlyList<RuleSet> ruleSets, IReadOnlyList<Diagnostic> diagnostics)
    {
        RuleSets = ruleSets;
        Diagnostics = diagnostics;
    }

    /// <summary>Rule sets that compiled without error.</summary>
    public IReadOnlyList<RuleSet> RuleSets { get; }

    /// <summary>Every error and warning.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>True when no diagnostic is an error.</summary>
    public bool Success => Diagnostics.All(d => !d.IsError);

    /// <summary>Throws a <see cref="DiagnosticsException"/> listing every error when loading failed.</summary>
    public RuleSetLoadResult ThrowIfFailed()
    {
        if (!Success)
        {
            throw new DiagnosticsException("Rule sets are invalid", Diagnostics);
        }

        return this;
    }
}
