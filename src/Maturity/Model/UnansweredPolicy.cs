namespace Maturity.Model;

/// <summary>How an applicable question left unanswered is scored. Either way it lowers coverage.</summary>
public enum UnansweredPolicy
{
    /// <summary>Scores 0 points out of its maximum (conservative; the default).</summary>
    Zero,

    /// <summary>Left out of its parent's aggregation, like an N/A answer.</summary>
    Exclude,
}
