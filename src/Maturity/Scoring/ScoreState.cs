using Maturity.Expressions;

namespace Maturity.Scoring;

/// <summary>Working buffers of one evaluation: effective answer status (after <c>when</c>), points,
/// node scores (the <see cref="ExpressionContext"/> part, which expressions read) and the node and root totals.
/// Reused per thread so a what-if allocates nothing.</summary>
internal sealed class ScoreState : ExpressionContext
{
    public ScoreState(int questions, int nodes)
        : base(questions, nodes)
    {
        QuestionRatio = new double[questions];
        NodeMax = new double[nodes];
        NodeAnswered = new int[nodes];
        NodeApplicable = new int[nodes];
    }

    /// <summary>Per question: its points over its maximum (<see cref="Aggregator.Ratio"/>), 0 when not answered. Kept on
    /// the normalised scale only: the normalised mean is the one fold that reads it.</summary>
    public double[] QuestionRatio { get; }

    public double[] NodeMax { get; }

    public int[] NodeAnswered { get; }

    public int[] NodeApplicable { get; }

    /// <summary>When set (an assessment's main state), a full sum or mean root fold records here its running totals
    /// before each dimension, so that a what-if resumes the fold at the first dimension it changes.</summary>
    public FoldTotals[]? RootPartials { get; set; }

    /// <summary>The first node whose formula gave NaN or an infinity (then counted as 0), or -1.</summary>
    public int NonFiniteNode { get; set; } = -1;

    public double Max { get; set; }

    public int Answered { get; set; }

    public int Applicable { get; set; }

    /// <summary>Question <paramref name="slot"/>'s <c>when</c> is false: it is not asked, and scores nothing.</summary>
    public void Hide(int slot)
    {
        Status[slot] = AnswerStatus.Hidden;
        QuestionPoints[slot] = 0;
        QuestionRatio[slot] = 0;
    }
}

/// <summary>The running totals of a sum or mean fold: over a node's children, or over the dimensions before one of
/// them (where a what-if resumes the root's fold).</summary>
internal struct FoldTotals
{
    public double WeightSum;
    public double Weighted;
    public double WeightedMax;
    public double RatioSum;
    public int Count;
    public int Answered;
    public int Applicable;
}
