using System;
using Maturity.Expressions;
using Maturity.Model;

namespace Maturity.Scoring;

/// <summary>The arithmetic of docs/scoring.md, over a <see cref="ScoringPlan"/>. Stateless; all
/// state lives in the <see cref="ScoreState"/> passed in, so one plan serves any number of threads.</summary>
internal static class ScoringEngine
{
    public static void Evaluate(ScoringPlan plan, AnswerInput input, ScoreState state)
    {
        var questions = plan.Questions;
        Array.Copy(input.Status, state.Status, input.Status.Length);
        Array.Copy(input.Value, state.Value, input.Value.Length);
        Array.Copy(input.Mask, state.Mask, input.Mask.Length);
        state.Score = 0;
        state.NonFiniteNode = -1;

        // Applicability first, in dependency order: a hidden question is missing for the conditions after it.
        foreach (var q in plan.WhenOrder)
        {
            if (!questions[q].CompiledWhen!.EvaluateBoolean(state))
            {
                state.Status[q] = AnswerStatus.Hidden;
            }
        }

        var status = state.Status;
        var points = state.QuestionPoints;
        for (var q = 0; q < points.Length && q < status.Length; q++)
        {
            points[q] = status[q] == AnswerStatus.Answered ? Points(plan, q, state.Value[q], state.Mask[q]) : 0;
        }

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
        var questions = plan.Questions;
        var normalized = plan.Scale == ScoreScale.Normalized;
        var zeroUnanswered = plan.Unanswered == UnansweredPolicy.Zero;
        var node = plan.Nodes[n];
        var acc = new Aggregator(node.Aggregation, normalized);
        int answered = 0, applicable = 0;
        var start = plan.ChildStart[n];
        var end = start + plan.ChildCount[n];
        for (var i = start; i < end; i++)
        {
            var child = plan.ChildRef[i];
            var w = plan.ChildWeight[i];
            if (child >= 0)
            {
                var status = state.Status[child];
                if (status == AnswerStatus.Hidden)
                {
                    continue;
                }

                applicable++;
                if (status != AnswerStatus.Unanswered)
                {
                    answered++;
                }

                if (status == AnswerStatus.Answered || (status == AnswerStatus.Unanswered && zeroUnanswered))
                {
                    acc.Add(state.QuestionPoints[child], plan.MaxPoints[child], w);
                }
            }
            else
            {
                var c = ~child;
                answered += state.NodeAnswered[c];
                applicable += state.NodeApplicable[c];
                if (state.NodeCounts[c])
                {
                    acc.Add(state.NodeScore[c], state.NodeMax[c], w);
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

    /// <summary>Combines the dimensions into the overall score and coverage counts.</summary>
    public static void ComputeRoot(ScoringPlan plan, ScoreState state)
    {
        var normalized = plan.Scale == ScoreScale.Normalized;
        var root = new Aggregator(plan.RootAggregation, normalized);
        int totalAnswered = 0, totalApplicable = 0;
        foreach (var d in plan.DimensionSlots)
        {
            totalAnswered += state.NodeAnswered[d];
            totalApplicable += state.NodeApplicable[d];
            if (state.NodeCounts[d])
            {
                root.Add(state.NodeScore[d], state.NodeMax[d], plan.Nodes[d].Weight);
            }
        }

        state.Score = root.Score;
        state.Max = root.Count > 0 ? root.Max : (normalized ? 100 : 0);
        state.Answered = totalAnswered;
        state.Applicable = totalApplicable;
    }

    /// <summary>Points of the answered question in <paramref name="slot"/>: yes/no and choice questions (most of
    /// any rule set) from the plan's flat tables, the others from the question.</summary>
    public static double Points(ScoringPlan plan, int slot, double value, ulong mask) => plan.Types[slot] switch
    {
        QuestionType.Boolean => value != 0 ? plan.YesPoints[slot] : 0,
        QuestionType.Choice => plan.OptionPoints[plan.OptionStart[slot] + (int)value],
        _ => Points(plan.Questions[slot], value, mask),
    };

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
