using System.Collections.Generic;
using Maturity.Model;

namespace Maturity.Scoring;

/// <summary>The next level above the one reached, and what stands between. Immutable.</summary>
public sealed class NextLevelResult
{
    internal NextLevelResult(Level level, double pointsMissing, IReadOnlyList<string> unmetRequirements)
    {
        Level = level;
        PointsMissing = pointsMissing;
        UnmetRequirements = unmetRequirements;
    }

    /// <summary>The level definition.</summary>
    public Level Level { get; }

    /// <summary>Level id.</summary>
    public string Id => Level.Id;

    /// <summary>Points still needed to reach its threshold (0 when only gates are missing).</summary>
    public double PointsMissing { get; }

    /// <summary>Its gate conditions that do not hold, as written.</summary>
    public IReadOnlyList<string> UnmetRequirements { get; }
}
