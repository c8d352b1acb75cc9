namespace Maturity.Hosting;

/// <summary>What started a reload.</summary>
public enum ReloadTrigger
{
    /// <summary>A call to <see cref="IMaturityEngine.Reload"/>.</summary>
    Explicit,

    /// <summary>A change reported by a watched source.</summary>
    SourceChanged,
}
