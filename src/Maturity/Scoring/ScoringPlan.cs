using System;
using System.Collections.Generic;
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
        (RecommendationNodes, RecommendationFullPass) = PlanWhatIfs(questions, nodes, recommendations);
        NodeLevels = new Level[nodes.Length][];
        for (var n = 0; n < nodes.Length; n++)
        {
            NodeLevels[n] = new List<Level>(nodes[n].Levels).ToArray();
        }
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

    /// <summary>Per node: its own levels (dimensions only; empty elsewhere).</summary>
    public Level[][] NodeLevels { get; }

    public Recommendation[] Recommendations { get; }

    /// <summary>Per recommendation: the node slots a what-if must recompute (ancestors of the questions it
    /// improves), highest slot first so children come before parents.</summary>
    public int[][] RecommendationNodes { get; }

    /// <summary>Per recommendation: true when a question it improves is read by a <c>when</c> condition, so
    /// applicability may change and the what-if needs a full evaluation instead of the incremental one.</summary>
    public bool[] RecommendationFullPass { get; }

    private static (int[][] Nodes, bool[] FullPass) PlanWhatIfs(Question[] questions, RuleNode[] nodes, Recommendation[] recommendations)
    {
        var nodeIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var n in nodes)
        {
            nodeIndex[n.Id] = n.Index;
        }

        var readByWhen = new bool[questions.Length];
        foreach (var q in questions)
        {
            if (q.CompiledWhen is { } when)
            {
                foreach (var slot in when.QuestionSlots)
                {
                    readByWhen[slot] = true;
                }
            }
        }

        var affected = new int[recommendations.Length][];
        var fullPass = new bool[recommendations.Length];
        for (var r = 0; r < recommendations.Length; r++)
        {
            var set = new SortedSet<int>(Comparer<int>.Create((a, b) => b.CompareTo(a)));
            foreach (var slot in recommendations[r].ImprovesSlots)
            {
                fullPass[r] |= readByWhen[slot];
                var id = questions[slot].NodeId;
                while (id is not null && nodeIndex.TryGetValue(id, out var n))
                {
                    set.Add(n);
                    id = nodes[n].ParentId;
                }
            }

            affected[r] = new List<int>(set).ToArray();
        }

        return (affected, fullPass);
    }
}
