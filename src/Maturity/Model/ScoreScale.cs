namespace Maturity.Model;

/// <summary>Whether node scores are normalised to 0–100 or kept as raw points.</summary>
public enum ScoreScale
{
    /// <summary>Every dimension, group and the overall score run 0–100.</summary>
    Normalized,

    /// <summary>Scores are points as the aggregations produce them (counts, means of phases...).</summary>
    Raw,
}
