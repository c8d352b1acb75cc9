namespace Maturity.Scoring;

/// <summary>How an assessment treats invalid answers. Immutable: use <see cref="Strict"/> or <see cref="Lenient"/>.</summary>
public sealed class AssessmentOptions
{
    /// <summary>Strict (the default): invalid answers are errors and nothing is scored.</summary>
    public static AssessmentOptions Strict { get; } = new() { IsLenient = false };

    /// <summary>Lenient: invalid answers are dropped, the rest is scored, and each problem is a warning in the result.</summary>
    public static AssessmentOptions Lenient { get; } = new() { IsLenient = true };

    /// <summary>True to score despite invalid answers (reported as warnings).</summary>
    public bool IsLenient { get; init; }
}
