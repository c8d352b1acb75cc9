using Maturity.Expressions;
using Maturity.Model;

namespace Maturity.Scoring;

/// <summary>Score-only evaluation of the simplest and most common shape of reference model (the Eurostat DII,
/// checklists): raw points summed or averaged in every dimension and at the root, every dimension's children questions,
/// no <c>when</c>, no formula, no gate. Such a score is a weighted sum read straight from the answers: no copy
/// of the answers into the state, no applicability pass, no per-node accumulator. The additions are made in
/// the same order as <see cref="ScoringEngine.ComputeNode"/>, so the numbers are identical
/// (PreBoundEquivalenceTests compares them on every shipped rule set).</summary>
internal static class FlatSumScoring
{
    /// <summary>True when <paramref name="plan"/> has the shape <see cref="Evaluate"/> handles.</summary>
    public static bool Applies(ScoringPlan plan)
    {
        if (plan.WhenOrder.Length > 0 || plan.Scale != ScoreScale.Raw || !IsSumOrMean(plan.RootAggregation) || HasGates(plan.Levels))
        {
            return false;
        }

        foreach (var d in plan.DimensionSlots)
        {
            if (!IsSumOrMean(plan.Nodes[d].Aggregation) || HasGates(plan.NodeLevels[d]))
            {
                return false;
            }

            for (var i = plan.ChildStart[d]; i < plan.ChildStart[d] + plan.ChildCount[d]; i++)
            {
                if (plan.ChildRef[i] < 0)
                {
                    return false;
                }
            }
        }

        return plan.Nodes.Length == plan.DimensionSlots.Length;
    }

    /// <summary>Dimension scores, maxima and coverage counts, the overall score and maximum, into <paramref name="state"/>;
    /// question statuses and points are not written (nothing after a score-only evaluation reads them).</summary>
    public static void Evaluate(ScoringPlan plan, AnswerInput input, ScoreState state)
    {
        // Unchecked: counts are bounded by the rule set's size (the project checks arithmetic by default).
        unchecked
        {
            double score = 0, max = 0, weights = 0;
            int counted = 0, answered = 0, applicable = 0;
            var dimensions = plan.DimensionSlots;
            var dimensionWeights = plan.DimensionWeights;
            for (var di = 0; di < dimensions.Length; di++)
            {
                var d = dimensions[di];
                var sums = Fold(plan, input, plan.ChildStart[d], plan.ChildCount[d]);
                var aggregation = plan.Aggregations[d];
                var nodeScore = sums.Counted > 0 ? Fold(aggregation, sums.Score, sums.Weight) : 0;
                var nodeMax = Fold(aggregation, sums.Max, sums.Weight);
                state.NodeScore[d] = nodeScore;
                state.NodeMax[d] = nodeMax;
                state.NodeCounts[d] = sums.Counted > 0;
                state.NodeAnswered[d] = sums.Answered;
                state.NodeApplicable[d] = plan.ChildCount[d];
                answered += sums.Answered;
                applicable += plan.ChildCount[d];
                var weight = dimensionWeights[di];
                if (sums.Counted > 0 && weight > 0)
                {
                    counted++;
                    weights += weight;
                    score += weight * nodeScore;
                    max += weight * nodeMax;
                }
            }

            state.Score = counted > 0 ? Fold(plan.RootAggregation, score, weights) : 0;
            state.Max = counted > 0 ? Fold(plan.RootAggregation, max, weights) : 0;
            state.Answered = answered;
            state.Applicable = applicable;
            state.NonFiniteNode = -1;
        }
    }

    /// <summary>One dimension's weighted sums over its questions. A method of its own with few live values, so
    /// the JIT keeps the running sums in registers: spilled, each addition waited on a store and a reload.</summary>
    private static Sums Fold(ScoringPlan plan, AnswerInput input, int start, int count)
    {
        unchecked
        {
            var status = input.Status;
            var points = input.Points;
            var childRef = plan.ChildRef;
            var childWeight = plan.ChildWeight;
            var childMax = plan.ChildWeightedMax;
            var zeroUnanswered = plan.Unanswered == UnansweredPolicy.Zero;
            double score = 0, max = 0, weight = 0;
            int counted = 0, answered = 0;
            for (var i = start; i < start + count; i++)
            {
                var q = childRef[i];
                var s = status[q];
                if (s != AnswerStatus.Unanswered)
                {
                    answered++;
                }

                // An unanswered question counted as 0 adds a zero product, which changes no sum: only its weight and maximum count.
                if (ScoringEngine.Scored(s, zeroUnanswered))
                {
                    var w = childWeight[i];
                    if (w > 0)
                    {
                        counted++;
                        weight += w;
                        max += childMax[i];
                        if (s == AnswerStatus.Answered)
                        {
                            score += w * points[q];
                        }
                    }
                }
            }

            return new Sums(score, max, weight, counted, answered);
        }
    }

    private static bool IsSumOrMean(Aggregation a) => a is Aggregation.Sum or Aggregation.Mean;

    /// <summary>A raw sum, or a raw mean (the weighted sum over the weights), as the engine's accumulator gives it.</summary>
    private static double Fold(Aggregation a, double weighted, double weightSum) =>
        a == Aggregation.Sum ? weighted : weightSum > 0 ? weighted / weightSum : 0;

    private static bool HasGates(Level[] levels)
    {
        foreach (var level in levels)
        {
            if (level.CompiledRequires.Length > 0)
            {
                return true;
            }
        }

        return false;
    }

    private readonly record struct Sums(double Score, double Max, double Weight, int Counted, int Answered);
}
