namespace Maturity.Scoring;

/// <summary>How an assessment treats invalid answers.</summary>
public sealed class AssessmentOptions
{
    /// <summary>Strict (the default): invalid answers are errors and nothing is scored.</summary>
    public static AssessmentOptions Strict { get; } = new() { Lenient = false };

    /// <summary>Lenient: invalid answers are dropped, the rest is scored, and each problem is a warning in the result.</summary>
    public static AssessmentOptions LenientMode { get; } = new() { Lenient = true };

    /// <summary>True to score despite invalid answers (reported as warnings).</summary>
    public bool Lenient { get; init; }
}
