using System;
using System.Runtime.CompilerServices;
using Maturity.Expressions;
using Maturity.Model;

namespace Maturity.Scoring;

/// <summary>The arithmetic of docs/scoring.md, over a <see cref="ScoringPlan"/>. Stateless; all
/// state lives in the <see cref="ScoreState"/> passed in, so one plan serves any number of threads.</summary>
internal static partial class ScoringEngine
{
    public static void Evaluate(ScoringPlan plan, AnswerInput input, ScoreState state)
    {
        var questions = plan.Questions;
        // Span copies: Array.Copy checks the two arrays' types on every call, a cost per array here.
        input.Status.AsSpan().CopyTo(state.Status);
        input.Value.AsSpan().CopyTo(state.Value);
        input.Mask.AsSpan().CopyTo(state.Mask);
        input.Points.AsSpan().CopyTo(state.QuestionPoints);
        if (plan.KeepsQuestionRatios)
        {
            input.Ratio.AsSpan().CopyTo(state.QuestionRatio);
        }
        state.Score = 0;
        state.NonFiniteNode = -1;

        // Applicability first, in dependency order: a hidden question is missing for the conditions after it.
        foreach (var q in plan.WhenOrder)
        {
            if (!questions[q].CompiledWhen!.EvaluateBoolean(state))
            {
                state.Hide(q);
            }
        }

        ComputeNodes(plan, state);
    }

    /// <summary>Points, nodes and root from the effective answers already in <paramref name="state"/> (statuses
    /// after <c>when</c>, points not yet worked out): how a result rebuilds its details from its recorded answers,
    /// on demand, so one plain loop over the answers does.</summary>
    public static void Compute(ScoringPlan plan, ScoreState state)
    {
        var status = state.Status;
        for (var q = 0; q < status.Length; q++)
        {
            var points = status[q] == AnswerStatus.Answered ? Points(plan, q, state.Value[q], state.Mask[q]) : 0;
            state.QuestionPoints[q] = points;
            if (plan.KeepsQuestionRatios)
            {
                state.QuestionRatio[q] = Aggregator.Ratio(plan.MaxPoints[q], points);
            }
        }

        ComputeNodes(plan, state);
    }

    /// <summary>Every node, from the last slot to the first (children before parents), then the root.</summary>
    private static void ComputeNodes(ScoringPlan plan, ScoreState state)
    {
        for (var n = plan.Nodes.Length - 1; n >= 0; n--)
        {
            ComputeNode(plan, state, n);
        }

        ComputeRoot(plan, state);
    }

    /// <summary>Recomputes one node from its children's current values in <paramref name="state"/>.
    /// Children must be up to date (nodes are walked from the last slot to the first).</summary>
    public static void ComputeNode(ScoringPlan plan, ScoreState state, int n)
    {
        var aggregation = plan.Aggregations[n];
        if (aggregation is Aggregation.Sum or Aggregation.Mean)
        {
            ComputeSumOrMean(plan, state, n, aggregation == Aggregation.Sum);
        }
        else
        {
            ComputeNodeWithAggregator(plan, state, n);
        }
    }

    /// <summary><see cref="ComputeNode"/> through the <see cref="Aggregator"/>, for any aggregation: min, max and
    /// formula nodes go this way, and tests compare it with the sum and mean loop.</summary>
    internal static void ComputeNodeWithAggregator(ScoringPlan plan, ScoreState state, int n)
    {
        // Unchecked: counts are bounded by the rule set's size (the project checks arithmetic by default).
        unchecked
        {
            var normalized = plan.Scale == ScoreScale.Normalized;
            var zeroUnanswered = plan.Unanswered == UnansweredPolicy.Zero;
            var node = plan.Nodes[n];
            var acc = new Aggregator(node.Aggregation, normalized);
            int answered = 0, applicable = 0;
            var start = plan.ChildStart[n];
            var end = start + plan.ChildCount[n];

            // Arrays in locals: this loop runs for every node of every evaluation and what-if.
            var childRef = plan.ChildRef;
            var childWeight = plan.ChildWeight;
            var maxPoints = plan.MaxPoints;
            var statuses = state.Status;
            var points = state.QuestionPoints;
            for (var i = start; i < end; i++)
            {
                var child = childRef[i];
                if (child >= 0)
                {
                    var status = statuses[child];
                    if (status == AnswerStatus.Hidden)
                    {
                        continue;
                    }

                    applicable++;
                    if (status != AnswerStatus.Unanswered)
                    {
                        answered++;
                    }

                    if (Scored(status, zeroUnanswered))
                    {
                        acc.Add(points[child], maxPoints[child], childWeight[i]);
                    }
                }
                else
                {
                    var c = ~child;
                    answered += state.NodeAnswered[c];
                    applicable += state.NodeApplicable[c];
                    if (state.NodeCounts[c])
                    {
                        acc.Add(state.NodeScore[c], state.NodeMax[c], childWeight[i]);
                    }
                }
            }

            state.NodeAnswered[n] = answered;
            state.NodeApplicable[n] = applicable;
            state.NodeCounts[n] = acc.Count > 0;
            if (node.Aggregation == Aggregation.Formula)
            {
                var max = node.Max ?? 100;
                var value = acc.Count > 0 ? node.CompiledFormula!.EvaluateNumber(state) : 0;
                if (double.IsNaN(value) || double.IsInfinity(value))
                {
                    // An overflow is not a score: the assessment reports it (docs/scoring.md), nothing prints NaN.
                    if (state.NonFiniteNode < 0)
                    {
                        state.NonFiniteNode = n;
                    }

                    value = 0;
                }

                value = Clamp(value, 0, max);
                state.NodeScore[n] = normalized ? value / max * 100 : value;
                state.NodeMax[n] = normalized ? 100 : max;
            }
            else
            {
                state.NodeScore[n] = acc.Score;
                state.NodeMax[n] = acc.Max;
            }
        }
    }

    /// <summary>Combines the dimensions into the overall score and coverage counts.</summary>
    public static void ComputeRoot(ScoringPlan plan, ScoreState state)
    {
        if (plan.RootAggregation is Aggregation.Sum or Aggregation.Mean)
        {
            ComputeSumOrMeanRoot(plan, state, plan.RootAggregation == Aggregation.Sum, 0, state.RootPartials);
        }
        else
        {
            ComputeRootWithAggregator(plan, state);
        }
    }

    /// <summary><see cref="ComputeRoot"/> after a what-if that changed no dimension before <paramref name="firstChanged"/>
    /// (in <see cref="ScoringPlan.DimensionSlots"/> order): a sum or mean fold resumes there from the totals the full
    /// fold recorded, making the same additions on the same numbers, so the result is the full fold's.</summary>
    public static void ComputeRootFrom(ScoringPlan plan, ScoreState state, int firstChanged)
    {
        if (plan.RootAggregation is Aggregation.Sum or Aggregation.Mean && state.RootPartials is { } partials)
        {
            ComputeSumOrMeanRoot(plan, state, plan.RootAggregation == Aggregation.Sum, firstChanged, partials, record: false);
        }
        else
        {
            ComputeRoot(plan, state);
        }
    }

    /// <summary><see cref="ComputeRoot"/> through the <see cref="Aggregator"/>, for any aggregation (see <see cref="ComputeNodeWithAggregator"/>).</summary>
    internal static void ComputeRootWithAggregator(ScoringPlan plan, ScoreState state)
    {
        // Unchecked: counts are bounded by the rule set's size.
        unchecked
        {
            var normalized = plan.Scale == ScoreScale.Normalized;
            var root = new Aggregator(plan.RootAggregation, normalized);
            int totalAnswered = 0, totalApplicable = 0;
            var dimensions = plan.DimensionSlots;
            var weights = plan.DimensionWeights;
            for (var i = 0; i < dimensions.Length; i++)
            {
                var d = dimensions[i];
                totalAnswered += state.NodeAnswered[d];
                totalApplicable += state.NodeApplicable[d];
                if (state.NodeCounts[d])
                {
                    root.Add(state.NodeScore[d], state.NodeMax[d], weights[i]);
                }
            }

            state.Score = root.Score;
            state.Max = root.Count > 0 ? root.Max : (normalized ? 100 : 0);
            state.Answered = totalAnswered;
            state.Applicable = totalApplicable;
        }
    }

    /// <summary>Whether a question child with <paramref name="status"/> takes part in its node's fold: answered, or
    /// unanswered when the rule set counts unanswered questions as 0 (docs/scoring.md). The one statement of that rule
    /// for the engine's loops.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Scored(AnswerStatus status, bool zeroUnanswered) =>
        status == AnswerStatus.Answered || (status == AnswerStatus.Unanswered && zeroUnanswered);

    /// <summary>Points of the answered question in <paramref name="slot"/>: yes/no and choice questions (most of
    /// any rule set) from the plan's flat tables, the others from the question.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // in the loops over every answer; the rare types are a call
    public static double Points(ScoringPlan plan, int slot, double value, ulong mask) =>
        plan.Types[slot] <= QuestionType.Choice ? plan.OptionPoints[unchecked(plan.OptionStart[slot] + (int)value)] : OtherPoints(plan, slot, value, mask);

    private static double OtherPoints(ScoringPlan plan, int slot, double value, ulong mask) =>
        plan.Types[slot] == QuestionType.Multi && plan.Questions[slot].MultiScoring != MultiScoring.Share
            ? TickedPoints(plan, slot, mask)
            : Points(plan.Questions[slot], value, mask);

    /// <summary>A points-scored multiple choice from the flat tables: the same additions, in the same order, as
    /// <see cref="Points(Question, double, ulong)"/>.</summary>
    private static double TickedPoints(ScoringPlan plan, int slot, ulong mask)
    {
        var options = plan.OptionPoints;
        var start = plan.OptionStart[slot];
        double sum = 0;
        for (var i = start; mask != 0; i = unchecked(i + 1), mask >>= 1)
        {
            if ((mask & 1) != 0)
            {
                sum += options[i];
            }
        }

        return Math.Min(sum, plan.MaxPoints[slot]);
    }

    /// <summary>Points of an answered question (see the table in docs/rule-format.md).</summary>
    public static double Points(Question q, double value, ulong mask)
    {
        switch (q.Type)
        {
            case QuestionType.Boolean:
                return value != 0 ? q.Points : 0;
            case QuestionType.Choice:
                return q.Options[(int)value].Points;
            case QuestionType.Multi:
                if (q.MultiScoring == MultiScoring.Share)
                {
                    return q.Options.Count == 0 ? 0 : (double)PopCount(mask) / q.Options.Count;
                }

                double sum = 0;
                for (var i = 0; i < q.Options.Count; i++)
                {
                    if ((mask & (1UL << i)) != 0)
                    {
                        sum += q.Options[i].Points;
                    }
                }

                return Math.Min(sum, q.MaxPoints);
            case QuestionType.Scale:
                return value;
            default:
                if (q.Bands.Count > 0)
                {
                    double points = 0;
                    var bands = q.Bands;
                    for (var i = 0; i < bands.Count; i++)
                    {
                        if (value >= bands[i].Min)
                        {
                            points = bands[i].Points;
                        }
                    }

                    return points;
                }

                return q.Type == QuestionType.Percent ? value / 100 * q.Points : 0;
        }
    }

    public static int PopCount(ulong mask)
    {
        var count = 0;
        while (mask != 0)
        {
            mask &= mask - 1;
            count++;
        }

        return count;
    }

    private static double Clamp(double value, double min, double max) => value < min ? min : value > max ? max : value;
}
