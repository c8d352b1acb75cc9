using Maturity.Model;

namespace Maturity.Scoring;

/// <summary>The flat, slot-indexed form of a rule set that the engine walks: arrays only, no
/// dictionaries, so an assessment is a few tight loops. Built once by the compiler; immutable.</summary>
internal sealed class ScoringPlan
{
    public ScoringPlan(
        Question[] questions,
        RuleNode[] nodes,
        int[] childStart,
        int[] childCount,
        int[] childRef,
        double[] childWeight,
        int[] dimensionSlots,
        int[] whenOrder,
        ScoreScale scale,
        UnansweredPolicy unanswered,
        Aggregation rootAggregation,
        bool cumulativeLevels,
        Level[] levels,
        Recommendation[] recommendations)
    {
        Questions = questions;
        Nodes = nodes;
        ChildStart = childStart;
        ChildCount = childCount;
        ChildRef = childRef;
        ChildWeight = childWeight;
        DimensionSlots = dimensionSlots;
        WhenOrder = whenOrder;
        Scale = scale;
        Unanswered = unanswered;
        RootAggregation = rootAggregation;
        CumulativeLevels = cumulativeLevels;
        Levels = levels;
        Recommendations = recommendations;
    }

    public Question[] Questions { get; }

    /// <summary>Nodes in pre-order (parents first); the engine walks it backwards so children come first.</summary>
    public RuleNode[] Nodes { get; }

    public int[] ChildStart { get; }

    public int[] ChildCount { get; }

    /// <summary>A child: a question slot when ≥ 0, else the node slot <c>~value</c>.</summary>
    public int[] ChildRef { get; }

    public double[] ChildWeight { get; }

    public int[] DimensionSlots { get; }

    /// <summary>Question slots with a <c>when</c>, ordered so that a condition is evaluated after the questions it reads.</summary>
    public int[] WhenOrder { get; }

    public ScoreScale Scale { get; }

    public UnansweredPolicy Unanswered { get; }

    public Aggregation RootAggregation { get; }

    public bool CumulativeLevels { get; }

    public Level[] Levels { get; }

    public Recommendation[] Recommendations { get; }
}
