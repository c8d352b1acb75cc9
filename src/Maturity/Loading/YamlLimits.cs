namespace Maturity.Loading;

/// <summary>Bounds applied while reading any YAML input (rule files and answers files).</summary>
internal readonly struct YamlLimits
{
    public YamlLimits(long maxBytes, int maxDepth)
    {
        MaxBytes = maxBytes;
        MaxDepth = maxDepth;
    }

    public long MaxBytes { get; }

    public int MaxDepth { get; }
}
