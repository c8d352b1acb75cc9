namespace Maturity.Expressions;

/// <summary>What a compiled expression reads while it is evaluated: slot-indexed arrays that a node reads
/// directly (through an interface, each read was a dispatch costing more than the read). The scoring engine's
/// state derives from it; values are already validated, so every read is total.</summary>
internal class ExpressionContext
{
    public ExpressionContext(int questions, int nodes)
    {
        Status = new AnswerStatus[questions];
        Value = new double[questions];
        Mask = new ulong[questions];
        QuestionPoints = new double[questions];
        NodeScore = new double[nodes];
        NodeCounts = new bool[nodes];
    }

    /// <summary>Per question: the status of its answer.</summary>
    public AnswerStatus[] Status { get; }

    /// <summary>Per question: an answered question's value: boolean as 0/1, number/percent/scale as the value,
    /// choice as the option's index (0 = first/lowest). Only meaningful when <see cref="Status"/> is Answered.</summary>
    public double[] Value { get; }

    /// <summary>Per question: a multiple-choice answer as a bit mask of option indexes (bit i = option i ticked).</summary>
    public ulong[] Mask { get; }

    /// <summary>Per question: the points it scores (0 when not answered).</summary>
    public double[] QuestionPoints { get; }

    /// <summary>Per node: its score, read only when <see cref="NodeCounts"/> holds.</summary>
    public double[] NodeScore { get; }

    /// <summary>False when nothing under the node is scored (all N/A or not asked): the node is left out of its parent,
    /// and an expression reads its score as 0.</summary>
    public bool[] NodeCounts { get; }

    /// <summary>The overall score.</summary>
    public double Score { get; set; }

    /// <summary>The index of the level reached (0 = lowest), -1 when none is reached or not decided yet.</summary>
    public int LevelIndex { get; set; } = -1;
}
