using System;
using System.Collections.Generic;
using Maturity.Loading;
using Maturity.Scoring;

namespace Maturity.Hosting;

/// <summary>How a <see cref="MaturityEngine"/> loads, reloads and assesses: the options type of
/// <c>AddMaturity</c>, bound through <c>IOptions&lt;MaturityOptions&gt;</c> like every Microsoft.Extensions option
/// (configuration section, <c>services.Configure&lt;MaturityOptions&gt;(...)</c> or the builder's methods).</summary>
/// <remarks>A plain options object, as Microsoft.Extensions expects of one. The engine reads it once, when it is
/// created, and keeps its own copy: changing it afterwards changes nothing. <see cref="Validate"/> reports every
/// problem at once; <c>AddMaturity</c> runs it at start (<c>ValidateOnStart</c>).</remarks>
public sealed class MaturityOptions
{
    /// <summary>Safety limits for loading the rule files. Default: the values of
    /// <see cref="RuleSetLoaderOptions.Default"/> (a fresh instance per options object, so configuration binding
    /// never reaches the shared default).</summary>
    public RuleSetLoaderOptions Loader { get; set; } = new();

    /// <summary>Options used by <see cref="IMaturityEngine.Assess"/> when the call gives none. Default: strict (a fresh
    /// instance, for the same reason as <see cref="Loader"/>).</summary>
    public AssessmentOptions Assessment { get; set; } = new();

    /// <summary>Reload automatically when a watchable source (a folder) changes. Default: false.</summary>
    public bool WatchForChanges { get; set; }

    /// <summary>How long changes must be quiet before the automatic reload (editors write a file in
    /// several steps). Default: 500 ms.</summary>
    public TimeSpan WatchDebounce { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Every problem with these options, each naming its property (empty when valid).</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (Loader is null)
        {
            errors.Add("Loader is required.");
        }
        else
        {
            foreach (var problem in Loader.Validate())
            {
                errors.Add("Loader." + problem);
            }
        }

        if (Assessment is null)
        {
            errors.Add("Assessment is required.");
        }

        if (WatchDebounce < TimeSpan.Zero)
        {
            errors.Add("WatchDebounce must not be negative.");
        }

        return errors;
    }
}
