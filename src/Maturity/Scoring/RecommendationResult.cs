using Maturity.Model;

namespace Maturity.Scoring;

/// <summary>A triggered recommendation with the overall points it would gain. Immutable.</summary>
public sealed class RecommendationResult
{
    internal RecommendationResult(Recommendation recommendation, double gain, LevelResult? levelAfter)
    {
        Recommendation = recommendation;
        Gain = gain;
        LevelAfter = levelAfter;
    }

    /// <summary>The recommendation definition.</summary>
    public Recommendation Recommendation { get; }

    /// <summary>Recommendation id.</summary>
    public string Id => Recommendation.Id;

    /// <summary>Overall points gained if the questions it improves were at their best answers, everything else unchanged.</summary>
    public double Gain { get; }

    /// <summary>The level the company would reach after that change.</summary>
    public LevelResult? LevelAfter { get; }
}
