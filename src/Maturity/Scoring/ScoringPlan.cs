using System;
using System.Collections.Generic;
using System.Threading;
using Maturity.Model;

namespace Maturity.Scoring;

/// <summary>The flat, slot-indexed form of a rule set that the engine walks: arrays only, no
/// dictionaries, so an assessment is a few tight loops. Built once by the compiler; immutable.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "A plan lives as long as its rule set; ThreadLocal frees its per-thread values when collected, and disposing it would break assessments still running on the plan.")]
internal sealed partial class ScoringPlan
{
    private readonly ThreadLocal<Workspace> _workspace;

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
        Recommendation[] recommendations,
        double[] bestNodeScores,
        double bestScore)
    {
        BestNodeScores = bestNodeScores;
        BestScore = bestScore;
        Questions = questions;
        Nodes = nodes;
        ChildStart = childStart;
        ChildCount = childCount;
        ChildRef = childRef;
        ChildWeight = childWeight;
        ChildWeightedMax = WeightedMax(childRef, childWeight, questions);
        OnlyQuestionChildren = OnlyQuestions(childStart, childCount, childRef);
        DimensionSlots = dimensionSlots;
        DimensionWeights = Array.ConvertAll(dimensionSlots, d => nodes[d].Weight);
        Aggregations = Array.ConvertAll(nodes, n => n.Aggregation);
        WhenOrder = whenOrder;
        ConditionalSlots = (int[])whenOrder.Clone();
        Array.Sort(ConditionalSlots);
        Scale = scale;
        Unanswered = unanswered;
        RootAggregation = rootAggregation;
        CumulativeLevels = cumulativeLevels;
        Levels = levels;
        Recommendations = recommendations;
        (RecommendationQuestions, RecommendationNodes) = PlanWhatIfs(questions, nodes, recommendations, whenOrder);
        RecommendationImproves = Array.ConvertAll(recommendations, r => Array.ConvertAll(RecommendationQuestions[r.Index], slot => Array.IndexOf(r.ImprovesSlots, slot) >= 0));
        (BestValue, BestMask, HasBest) = BestAnswers(questions);
        RecommendationFirstDimension = Array.ConvertAll(RecommendationNodes, changed =>
        {
            var first = dimensionSlots.Length;
            foreach (var n in changed)
            {
                var d = Array.IndexOf(dimensionSlots, n);
                first = d >= 0 && d < first ? d : first;
            }

            return first == dimensionSlots.Length ? 0 : first;
        });
        (LevelGateStart, GateCount, RecommendationMovesGate) = PlanGates(levels, RecommendationQuestions, RecommendationNodes, questions.Length, nodes.Length);
        _workspace = new ThreadLocal<Workspace>(() => new Workspace(this));
        MaxPoints = Array.ConvertAll(questions, q => q.MaxPoints);
        (Types, OptionStart, OptionPoints) = FlattenPoints(questions);
        OptionRatio = OptionRatios(OptionStart, OptionPoints, MaxPoints, Types);
        (BestPoints, BestRatio) = BestScores();
        (WideIndex, WideSlots) = PlaceWideValues(questions);
        LevelResults = Array.ConvertAll(levels, l => new LevelResult(l));
        NodeLevels = new Level[nodes.Length][];
        NodeLevelResults = new LevelResult[nodes.Length][];
        for (var n = 0; n < nodes.Length; n++)
        {
            NodeLevels[n] = new List<Level>(nodes[n].Levels).ToArray();
            NodeLevelResults[n] = Array.ConvertAll(NodeLevels[n], l => new LevelResult(l));
        }

        IsFlatSum = FlatSumScoring.Applies(this);
    }

    public Question[] Questions { get; }

    /// <summary>Per question slot: its type, read by the points loop without touching the question object.</summary>
    public QuestionType[] Types { get; }

    /// <summary>Per slot: where a question's option points start in <see cref="OptionPoints"/> (a yes/no question has
    /// two: no, then yes; number, percent and scale questions none).</summary>
    public int[] OptionStart { get; }

    /// <summary>Per slot: the question's maximum points.</summary>
    public double[] MaxPoints { get; }

    /// <summary>True when answers and states keep each question's ratio (<see cref="AnswerInput.Ratio"/>,
    /// <see cref="ScoreState.QuestionRatio"/>): on the normalised scale, whose mean is the one fold that reads it.</summary>
    public bool KeepsQuestionRatios => Scale == ScoreScale.Normalized;

    /// <summary>True when a score-only evaluation can take <see cref="FlatSumScoring"/>.</summary>
    public bool IsFlatSum { get; }

    /// <summary>Per slot: where a result keeps the question's answered value (see <see cref="AnswerRecord"/>):
    /// -1 in its code byte (yes/no, choice), else this index among its 64-bit values.</summary>
    public int[] WideIndex { get; }

    /// <summary>The questions that keep their value in a 64-bit word, in the order of those words (see <see cref="WideIndex"/>).</summary>
    public int[] WideSlots { get; }


    /// <summary>Every yes/no, choice and multiple-choice question's option points, back to back.</summary>
    public double[] OptionPoints { get; }

    /// <summary>Beside <see cref="OptionPoints"/>: each option's points over its question's maximum (see
    /// <see cref="Aggregator.Ratio"/>), so setting a yes/no or choice answer divides nothing.</summary>
    public double[] OptionRatio { get; }

    /// <summary>Each node's score when every question is answered at its best, as the compiler computed
    /// it for the unreachable-level check (MAT041).</summary>
    public double[] BestNodeScores { get; }

    /// <summary>The overall score when every question is answered at its best (see <see cref="BestNodeScores"/>).</summary>
    public double BestScore { get; }

    /// <summary>This thread's buffers for this plan (see <see cref="Scoring.Workspace"/>).</summary>
    public Workspace Workspace => _workspace.Value!;

    /// <summary>Nodes in pre-order (parents first); the engine walks it backwards so children come first.</summary>
    public RuleNode[] Nodes { get; }

    /// <summary>Per node slot: its aggregation, read by every node computation without touching the node object.</summary>
    public Aggregation[] Aggregations { get; }

    public int[] ChildStart { get; }

    public int[] ChildCount { get; }

    /// <summary>A child: a question slot when ≥ 0, else the node slot <c>~value</c>.</summary>
    public int[] ChildRef { get; }

    public double[] ChildWeight { get; }

    /// <summary>Per node: true when every child is a question (no nested group), the shape the engine's fastest fold takes.</summary>
    public bool[] OnlyQuestionChildren { get; }

    /// <summary>Per child: its weight times its maximum points (question children; 0 for node children), the product every evaluation adds.</summary>
    public double[] ChildWeightedMax { get; }

    public int[] DimensionSlots { get; }

    /// <summary>Per entry of <see cref="DimensionSlots"/>: the dimension's weight.</summary>
    public double[] DimensionWeights { get; }

    /// <summary>Question slots with a <c>when</c>, ordered so that a condition is evaluated after the questions it reads.</summary>
    public int[] WhenOrder { get; }

    /// <summary>The same slots in question order, for reports that follow the rule set's order.</summary>
    public int[] ConditionalSlots { get; }

    public ScoreScale Scale { get; }

    public UnansweredPolicy Unanswered { get; }

    public Aggregation RootAggregation { get; }

    public bool CumulativeLevels { get; }

    public Level[] Levels { get; }

    /// <summary>Per node: its own levels (dimensions only; empty elsewhere).</summary>
    public Level[][] NodeLevels { get; }

    /// <summary>One result object per level of <see cref="Levels"/>, shared by every assessment that reaches it.</summary>
    public LevelResult[] LevelResults { get; }

    /// <summary>One result object per level of <see cref="NodeLevels"/>, like <see cref="LevelResults"/>.</summary>
    public LevelResult[][] NodeLevelResults { get; }

    public Recommendation[] Recommendations { get; }

    /// <summary>Per recommendation: the questions a what-if must re-derive — those it improves and, transitively,
    /// those whose <c>when</c> reads them — ordered so a condition comes after the questions it reads.</summary>
    public int[][] RecommendationQuestions { get; }

    /// <summary>Per recommendation, per question of <see cref="RecommendationQuestions"/>: true when the recommendation
    /// improves it (the others are only re-derived because their condition reads an improved one).</summary>
    public bool[][] RecommendationImproves { get; }

    /// <summary>Per recommendation: the first dimension (in <see cref="DimensionSlots"/> order) its what-if changes,
    /// where the overall fold resumes (see <see cref="ScoringEngine.ComputeRootFrom"/>).</summary>
    public int[] RecommendationFirstDimension { get; }

    /// <summary>Per slot: the value of the best answer a what-if assumes (see <see cref="HasBest"/>).</summary>
    public double[] BestValue { get; }

    /// <summary>Per slot: the best answer's options for a multiple choice (every one).</summary>
    public ulong[] BestMask { get; }

    /// <summary>Per slot: false for an informational question, which a what-if leaves as answered.</summary>
    public bool[] HasBest { get; }

    /// <summary>Per slot: the points of the best answer (see <see cref="HasBest"/>), so a what-if looks them up.</summary>
    public double[] BestPoints { get; }

    /// <summary>Per slot: the ratio of <see cref="BestPoints"/> (see <see cref="Aggregator.Ratio"/>).</summary>
    public double[] BestRatio { get; }

    /// <summary>Per recommendation: the node slots a what-if must recompute (ancestors of its questions),
    /// highest slot first so children come before parents.</summary>
    public int[][] RecommendationNodes { get; }

    private static (QuestionType[], int[], double[]) FlattenPoints(Question[] questions)
    {
        var types = new QuestionType[questions.Length];
        var start = new int[questions.Length];
        var points = new List<double>();
        foreach (var q in questions)
        {
            types[q.Index] = q.Type;
            start[q.Index] = points.Count;
            if (q.Type == QuestionType.Boolean)
            {
                // No, then yes: a yes/no answer's value (0 or 1) indexes its points like a choice's option.
                points.Add(0);
                points.Add(q.Points);
            }
            else if (q.Type is QuestionType.Choice or QuestionType.Multi)
            {
                for (var i = 0; i < q.Options.Count; i++)
                {
                    points.Add(q.Options[i].Points);
                }
            }
        }

        return (types, start, points.ToArray());
    }

    /// <summary>Per level of <see cref="Levels"/>: where its gates start in one numbering of every level's gates.</summary>
    public int[] LevelGateStart { get; }

    /// <summary>How many gates the levels of <see cref="Levels"/> have in all.</summary>
    public int GateCount { get; }

    /// <summary>Per recommendation, per gate (numbered as in <see cref="LevelGateStart"/>): true when the what-if can
    /// change the gate, because the gate reads a question or node the what-if rewrites, or the overall score.</summary>
    public bool[][] RecommendationMovesGate { get; }

    private static double[] OptionRatios(int[] optionStart, double[] optionPoints, double[] maxPoints, QuestionType[] types)
    {
        var ratios = new double[optionPoints.Length];
        for (var slot = 0; slot < types.Length; slot++)
        {
            var end = slot + 1 < types.Length ? optionStart[slot + 1] : optionPoints.Length;
            for (var i = optionStart[slot]; i < end; i++)
            {
                ratios[i] = Aggregator.Ratio(maxPoints[slot], optionPoints[i]);
            }
        }

        return ratios;
    }

    private static bool[] OnlyQuestions(int[] childStart, int[] childCount, int[] childRef)
    {
        var only = new bool[childStart.Length];
        for (var n = 0; n < only.Length; n++)
        {
            only[n] = Array.FindIndex(childRef, childStart[n], childCount[n], c => c < 0) < 0;
        }

        return only;
    }

    private static double[] WeightedMax(int[] childRef, double[] childWeight, Question[] questions)
    {
        var products = new double[childRef.Length];
        for (var i = 0; i < products.Length; i++)
        {
            products[i] = childRef[i] >= 0 ? childWeight[i] * questions[childRef[i]].MaxPoints : 0;
        }

        return products;
    }

    private static (int[], int[]) PlaceWideValues(Question[] questions)
    {
        var index = new int[questions.Length];
        var slots = new List<int>();
        foreach (var q in questions)
        {
            var narrow = q.Type == QuestionType.Boolean || (q.Type == QuestionType.Choice && q.Options.Count <= AnswerRecord.MaxNarrowValue + 1);
            index[q.Index] = narrow ? -1 : slots.Count;
            if (!narrow)
            {
                slots.Add(q.Index);
            }
        }

        return (index, slots.ToArray());
    }
}
