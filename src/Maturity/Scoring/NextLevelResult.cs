using System.Collections.Generic;
using Maturity.Model;

namespace Maturity.Scoring;

/// <summary>The next level above the one reached, and what stands between. Immutable.</summary>
public sealed class NextLevelResult
{
    private IReadOnlyList<string>? _unmetRequirements;

    internal NextLevelResult(Level level, double pointsMissing, IReadOnlyList<Gate> unmetGates)
    {
        Level = level;
        PointsMissing = pointsMissing;
        UnmetGates = unmetGates;
    }

    /// <summary>The level definition.</summary>
    public Level Level { get; }

    /// <summary>Level id.</summary>
    public string Id => Level.Id;

    /// <summary>Points still needed to reach its threshold (0 when only gates are missing).</summary>
    public double PointsMissing { get; }

    /// <summary>Its gate conditions that do not hold, as written.</summary>
    public IReadOnlyList<string> UnmetRequirements => _unmetRequirements ??= Expressions(UnmetGates);

    /// <summary>Its gates that do not hold, with their labels (what a report shows).</summary>
    public IReadOnlyList<Gate> UnmetGates { get; }

    // Built on first read (reports read the gates' labels instead); a race builds equal copies.
    private static string[] Expressions(IReadOnlyList<Gate> gates)
    {
        var texts = new string[gates.Count];
        for (var i = 0; i < texts.Length; i++)
        {
            texts[i] = gates[i].Expression;
        }

        return texts;
    }
}
