using System;
using Maturity.Loading;
using Maturity.Scoring;

namespace Maturity.Hosting;

/// <summary>How a <see cref="MaturityEngine"/> loads, reloads and assesses. Read once, when the engine is created.</summary>
public sealed class MaturityEngineOptions
{
    /// <summary>Safety limits for loading the rule files. Default: <see cref="RuleSetLoaderOptions.Default"/>'s values.</summary>
    public RuleSetLoaderOptions LoaderOptions { get; set; } = new();

    /// <summary>Options used by <see cref="IMaturityEngine.Assess"/> when the call gives none. Default: strict.</summary>
    public AssessmentOptions AssessmentOptions { get; set; } = AssessmentOptions.Strict;

    /// <summary>Reload automatically when a watchable source (a folder) changes. Default: false.</summary>
    public bool WatchForChanges { get; set; }

    /// <summary>How long changes must be quiet before the automatic reload (editors write a file in
    /// several steps). Default: 500 ms.</summary>
    public TimeSpan WatchDebounce { get; set; } = TimeSpan.FromMilliseconds(500);

    internal MaturityEngineOptions Clone() => new()
    {
        LoaderOptions = new RuleSetLoaderOptions
        {
            MaxFileBytes = LoaderOptions.MaxFileBytes,
            MaxYamlDepth = LoaderOptions.MaxYamlDepth,
            MaxItems = LoaderOptions.MaxItems,
            MaxExpressionLength = LoaderOptions.MaxExpressionLength,
            MaxExpressionDepth = LoaderOptions.MaxExpressionDepth,
            MaxExtendsDepth = LoaderOptions.MaxExtendsDepth,
        },
        AssessmentOptions = AssessmentOptions,
        WatchForChanges = WatchForChanges,
        WatchDebounce = WatchDebounce,
    };
}
