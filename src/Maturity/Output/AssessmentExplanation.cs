using Maturity.Internal;
using Maturity.Scoring;

namespace Maturity.Output;

/// <summary>The explanation of a result as an extension, so that results (Scoring) never name their
/// presentation (Output).</summary>
public static class AssessmentExplanation
{
    /// <summary>A text that traces every number back to answers and weights.</summary>
    /// <param name="result">The assessment to explain.</param>
    /// <param name="language">The language of labels; the rule set's first language when null.</param>
    public static string Explain(this AssessmentResult result, string? language = null)
    {
        return ExplanationWriter.Write(Guard.NotNull(result), language ?? result.RuleSet.Languages[0]);
    }
}
