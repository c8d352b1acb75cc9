using Maturity.Expressions;
using Maturity.Model;

namespace Maturity.Scoring;

/// <summary>The folds of sum and mean nodes and of a sum or mean root, nearly every node the engine computes: the
/// general loop's additions in the same order, on totals held in locals (SumMeanFoldTests compares them bit for bit).</summary>
internal static partial class ScoringEngine
{
    /// <summary>A sum or mean node (nearly all of them): <see cref="Aggregator.Add"/>'s additions, in the same order,
    /// on totals held in locals, finished by <see cref="Aggregator.CombinedScore"/> — the numbers of the general
    /// loop (<see cref="ComputeNodeWithAggregator"/>; SumMeanFoldTests compares the two), without the accumulator struct, which the JIT
    /// keeps in memory, and without its min/max bookkeeping.</summary>
    private static void ComputeSumOrMean(ScoringPlan plan, ScoreState state, int n, bool sum)
    {
        var normalized = plan.Scale == ScoreScale.Normalized;
        var ratios = Aggregator.ReadsRatios(sum ? Aggregation.Sum : Aggregation.Mean, normalized);
        var zeroUnanswered = plan.Unanswered == UnansweredPolicy.Zero;
        var t = !plan.OnlyQuestionChildren[n] ? FoldChildren(plan, state, n, ratios, zeroUnanswered)
            : ratios ? FoldQuestions<WithRatios>(plan, state, n, zeroUnanswered)
            : FoldQuestions<WithoutRatios>(plan, state, n, zeroUnanswered);
        state.NodeAnswered[n] = t.Answered;
        state.NodeApplicable[n] = t.Applicable;
        state.NodeCounts[n] = t.Count > 0;
        state.NodeScore[n] = t.Count > 0 ? Aggregator.CombinedScore(sum, normalized, t.WeightSum, t.Weighted, t.WeightedMax, t.RatioSum) : 0;
        state.NodeMax[n] = normalized ? 100 : Aggregator.CombinedMax(sum, t.WeightSum, t.WeightedMax);
    }

    /// <summary>The fold over a node whose children are all questions: each question's weighted maximum and ratio
    /// are read from tables, not worked out. Few live values and no call, so the totals stay in registers (every
    /// extra array in the loop spilled them); <typeparamref name="TRatios"/> drops the ratio at compile time.</summary>
    private static FoldTotals FoldQuestions<TRatios>(ScoringPlan plan, ScoreState state, int n, bool zeroUnanswered)
        where TRatios : struct
    {
        unchecked
        {
            double weightSum = 0, weighted = 0, weightedMax = 0, ratioSum = 0;
            int count = 0, answered = 0, applicable = 0;
            var start = plan.ChildStart[n];
            var end = start + plan.ChildCount[n];
            var childRef = plan.ChildRef;
            var childWeight = plan.ChildWeight;
            var childMax = plan.ChildWeightedMax;
            var statuses = state.Status;
            var points = state.QuestionPoints;
            var questionRatios = state.QuestionRatio;
            for (var i = start; i < end; i++)
            {
                var q = childRef[i];
                var status = statuses[q];
                if (status == AnswerStatus.Hidden)
                {
                    continue;
                }

                applicable++;
                if (status != AnswerStatus.Unanswered)
                {
                    answered++;
                }

                var weight = childWeight[i];
                if (!Scored(status, zeroUnanswered) || weight <= 0)
                {
                    continue;
                }

                count++;
                weightSum += weight;
                weighted += weight * points[q];
                weightedMax += childMax[i];
                if (typeof(TRatios) == typeof(WithRatios))
                {
                    ratioSum += weight * questionRatios[q];
                }
            }

            return new FoldTotals
            {
                WeightSum = weightSum, Weighted = weighted, WeightedMax = weightedMax, RatioSum = ratioSum,
                Count = count, Answered = answered, Applicable = applicable,
            };
        }
    }

    /// <summary>The fold over a node with nested groups among its children.</summary>
    private static FoldTotals FoldChildren(ScoringPlan plan, ScoreState state, int n, bool ratios, bool zeroUnanswered)
    {
        unchecked
        {
            double weightSum = 0, weighted = 0, weightedMax = 0, ratioSum = 0;
            int count = 0, answered = 0, applicable = 0;
            var start = plan.ChildStart[n];
            var end = start + plan.ChildCount[n];
            var childRef = plan.ChildRef;
            var childWeight = plan.ChildWeight;
            var maxPoints = plan.MaxPoints;
            var statuses = state.Status;
            var points = state.QuestionPoints;
            for (var i = start; i < end; i++)
            {
                var child = childRef[i];
                double score, max;
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

                    if (!Scored(status, zeroUnanswered))
                    {
                        continue;
                    }

                    score = points[child];
                    max = maxPoints[child];
                }
                else
                {
                    var c = ~child;
                    answered += state.NodeAnswered[c];
                    applicable += state.NodeApplicable[c];
                    if (!state.NodeCounts[c])
                    {
                        continue;
                    }

                    score = state.NodeScore[c];
                    max = state.NodeMax[c];
                }

                var weight = childWeight[i];
                if (weight <= 0)
                {
                    continue;
                }

                count++;
                weightSum += weight;
                weighted += weight * score;
                weightedMax += weight * max;
                if (ratios)
                {
                    ratioSum += weight * Aggregator.Ratio(max, score);
                }
            }

            return new FoldTotals
            {
                WeightSum = weightSum, Weighted = weighted, WeightedMax = weightedMax, RatioSum = ratioSum,
                Count = count, Answered = answered, Applicable = applicable,
            };
        }
    }

    /// <summary><see cref="ComputeRoot"/> for a sum or mean over the dimensions, as <see cref="ComputeSumOrMean"/>.</summary>
    private static void ComputeSumOrMeanRoot(ScoringPlan plan, ScoreState state, bool sum, int from, FoldTotals[]? partials, bool record = true)
    {
        unchecked
        {
            var normalized = plan.Scale == ScoreScale.Normalized;
            var ratios = Aggregator.ReadsRatios(sum ? Aggregation.Sum : Aggregation.Mean, normalized);
            double weightSum = 0, weighted = 0, weightedMax = 0, ratioSum = 0;
            int count = 0, totalAnswered = 0, totalApplicable = 0;
            var dimensions = plan.DimensionSlots;
            if (from > 0 && from < dimensions.Length && partials is not null)
            {
                ref readonly var p = ref partials[from];
                (weightSum, weighted, weightedMax, ratioSum) = (p.WeightSum, p.Weighted, p.WeightedMax, p.RatioSum);
                (count, totalAnswered, totalApplicable) = (p.Count, p.Answered, p.Applicable);
            }
            else
            {
                from = 0;
            }

            record &= partials is not null;
            var weights = plan.DimensionWeights;
            var nodeScore = state.NodeScore;
            var nodeMax = state.NodeMax;
            var nodeCounts = state.NodeCounts;
            for (var i = from; i < dimensions.Length; i++)
            {
                if (record)
                {
                    partials![i] = new FoldTotals
                    {
                        WeightSum = weightSum, Weighted = weighted, WeightedMax = weightedMax, RatioSum = ratioSum,
                        Count = count, Answered = totalAnswered, Applicable = totalApplicable,
                    };
                }

                var d = dimensions[i];
                totalAnswered += state.NodeAnswered[d];
                totalApplicable += state.NodeApplicable[d];
                var weight = weights[i];
                if (!nodeCounts[d] || weight <= 0)
                {
                    continue;
                }

                var score = nodeScore[d];
                var max = nodeMax[d];
                count++;
                weightSum += weight;
                weighted += weight * score;
                weightedMax += weight * max;
                if (ratios)
                {
                    ratioSum += weight * Aggregator.Ratio(max, score);
                }
            }

            state.Score = count > 0 ? Aggregator.CombinedScore(sum, normalized, weightSum, weighted, weightedMax, ratioSum) : 0;
            state.Max = count > 0 ? (normalized ? 100 : Aggregator.CombinedMax(sum, weightSum, weightedMax)) : (normalized ? 100 : 0);
            state.Answered = totalAnswered;
            state.Applicable = totalApplicable;
        }
    }

    /// <summary>Type arguments of <see cref="FoldQuestions"/>: whether the fold sums ratios.</summary>
    private struct WithRatios
    {
    }

    /// <summary>See <see cref="WithRatios"/>.</summary>
    private struct WithoutRatios
    {
    }
}
