using System.Collections.Generic;
using Maturity.Model;

namespace Maturity.Scoring;

/// <summary>A triggered recommendation with the overall points it would gain. Immutable.</summary>
public sealed class RecommendationResult
{
    internal RecommendationResult(Recommendation recommendation, double gain, LevelResult? levelAfter, IReadOnlyList<Gate> unlockedGates)
    {
        Recommendation = recommendation;
        Gain = gain;
        LevelAfter = levelAfter;
        UnlockedGates = unlockedGates;
    }

    /// <summary>The recommendation definition.</summary>
    public Recommendation Recommendation { get; }

    /// <summary>Recommendation id.</summary>
    public string Id => Recommendation.Id;

    /// <summary>Overall points gained if the questions it improves were at their best answers, everything else unchanged.</summary>
    public double Gain { get; }

    /// <summary>The level the company would reach after that change.</summary>
    public LevelResult? LevelAfter { get; }

    /// <summary>The unmet gates of the next level (<see cref="NextLevelResult.UnmetGates"/>) that would hold after
    /// that change; empty when it meets none.</summary>
    public IReadOnlyList<Gate> UnlockedGates { get; }

    /// <summary>True when the change meets at least one unmet gate of the next level: it removes an obstacle
    /// that points alone cannot (the level may still need more points or other gates).</summary>
    public bool UnlocksNextLevel => UnlockedGates.Count > 0;
}
