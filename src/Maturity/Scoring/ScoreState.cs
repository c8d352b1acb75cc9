using Maturity.Expressions;

namespace Maturity.Scoring;

/// <summary>Working buffers of one evaluation: effective answer status (after <c>when</c>), points,
/// node scores. Also the context expressions read. Reused per thread so a what-if allocates nothing.</summary>
internal sealed class ScoreState : IExpressionContext
{
    public ScoreState(int questions, int nodes)
    {
        Status = new AnswerStatus[questions];
        Value = new double[questions];
        Mask = new ulong[questions];
        QuestionPoints = new double[questions];
        NodeScore = new double[nodes];
        NodeMax = new double[nodes];
        NodeCounts = new bool[nodes];
        NodeAnswered = new int[nodes];
        NodeApplicable = new int[nodes];
    }

    public AnswerStatus[] Status { get; }

    public double[] Value { get; }

    public ulong[] Mask { get; }

    public double[] QuestionPoints { get; }

    public double[] NodeScore { get; }

    public double[] NodeMax { get; }

    /// <summary>False when nothing under the node is scored (all N/A or not asked): the node is left out of its parent.</summary>
    public bool[] NodeCounts { get; }

    public int[] NodeAnswered { get; }

    public int[] NodeApplicable { get; }

    public double Score { get; set; }

    /// <summary>When set (an assessment's main state), a full sum or mean root fold records here its running totals
    /// before each dimension, so that a what-if resumes the fold at the first dimension it changes.</summary>
    public RootFold[]? RootPartials { get; set; }

    /// <summary>The first node whose formula gave NaN or an infinity (then counted as 0), or -1.</summary>
    public int NonFiniteNode { get; set; } = -1;

    public double Max { get; set; }

    public int Answered { get; set; }

    public int Applicable { get; set; }

    public double OverallScore => Score;

    /// <summary>Set once the level is decided, for indicators; -1 before.</summary>
    public int LevelIndex { get; set; } = -1;

    AnswerStatus IExpressionContext.Status(int questionSlot) => Status[questionSlot];

    double IExpressionContext.Value(int questionSlot) => Value[questionSlot];

    ulong IExpressionContext.Mask(int questionSlot) => Mask[questionSlot];

    public double Points(int questionSlot) => QuestionPoints[questionSlot];

    double IExpressionContext.NodeScore(int nodeSlot) => NodeCounts[nodeSlot] ? NodeScore[nodeSlot] : 0;
}

/// <summary>The running totals of a sum or mean fold over the dimensions, before one of them.</summary>
internal struct RootFold
{
    public double WeightSum;
    public double Weighted;
    public double WeightedMax;
    public double RatioSum;
    public int Count;
    public int Answered;
    public int Applicable;
}
