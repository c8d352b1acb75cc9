using System.Collections.Generic;

namespace Maturity.Loading;

/// <summary>Safety limits applied while loading rule sets. Every bound exists so that no file,
/// however crafted, can hang the loader, overflow the stack or exhaust memory.</summary>
/// <remarks>Immutable, so one instance can serve every load and thread: change a limit with
/// <c>RuleSetLoaderOptions.Default with { MaxItems = 20_000 }</c>.</remarks>
public sealed record RuleSetLoaderOptions
{
    /// <summary>The defaults documented in docs/rule-format.md.</summary>
    public static RuleSetLoaderOptions Default { get; } = new();

    /// <summary>Largest accepted file, in bytes. Default 4 MiB.</summary>
    public long MaxFileBytes { get; init; } = 4 * 1024 * 1024;

    /// <summary>Deepest accepted YAML nesting (mappings and lists). Default 64.</summary>
    public int MaxYamlDepth { get; init; } = 64;

    /// <summary>Most dimensions, groups and questions in one resolved rule set. Default 10,000.</summary>
    public int MaxItems { get; init; } = 10_000;

    /// <summary>Longest accepted expression, in characters. Default 1,000.</summary>
    public int MaxExpressionLength { get; init; } = 1_000;

    /// <summary>Deepest accepted expression nesting. Default 32.</summary>
    public int MaxExpressionDepth { get; init; } = 32;

    /// <summary>Longest <c>extends</c> chain. Default 8.</summary>
    public int MaxExtendsDepth { get; init; } = 8;

    /// <summary>Returns every problem with these options at once (empty when valid).</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (MaxFileBytes < 1)
        {
            errors.Add("MaxFileBytes must be positive.");
        }

        if (MaxYamlDepth is < 4 or > 1000)
        {
            errors.Add("MaxYamlDepth must be between 4 and 1000.");
        }

        if (MaxItems < 1)
        {
            errors.Add("MaxItems must be positive.");
        }

        if (MaxExpressionLength < 1)
        {
            errors.Add("MaxExpressionLength must be positive.");
        }

        if (MaxExpressionDepth is < 1 or > 256)
        {
            errors.Add("MaxExpressionDepth must be between 1 and 256.");
        }

        if (MaxExtendsDepth < 1)
        {
            errors.Add("MaxExtendsDepth must be positive.");
        }

        return errors;
    }
}
