using Maturity.Model;

namespace Maturity.Scoring;

/// <summary>Splits the overall score top-down: each child gets its parent's contribution in proportion
/// to its weighted part (the chosen child for min/max). Children's contributions add up to their
/// parent's, so an explanation balances to the overall score. Runs on a result's stored numbers,
/// only when a host asks for contributions.</summary>
internal static class ContributionSplitter
{
    public static void Compute(ScoringPlan plan, AssessmentResult.Numbers numbers, double[] points, double overall, double[] nodeContribution, double[] questionContribution)
    {
        var normalized = plan.Scale == ScoreScale.Normalized;
        Split(plan, numbers, points, normalized, plan.RootAggregation, overall, null, 0, plan.DimensionSlots.Length, nodeContribution, questionContribution);
        for (var n = 0; n < plan.Nodes.Length; n++)
        {
            Split(plan, numbers, points, normalized, plan.Nodes[n].Aggregation, nodeContribution[n], plan.ChildRef, plan.ChildStart[n], plan.ChildCount[n], nodeContribution, questionContribution);
        }
    }

    /// <summary>One parent: <paramref name="refs"/> null means the root, whose children are the dimensions.</summary>
    private static void Split(ScoringPlan plan, AssessmentResult.Numbers numbers, double[] points, bool normalized, Aggregation aggregation, double total, int[]? refs, int start, int count, double[] nodes, double[] questions)
    {
        if (count == 0 || total == 0)
        {
            return;
        }

        // Pass 0 folds the children through the aggregation itself (same weight-0 and min/max rules as
        // the score); pass 1 hands each child its share of the parent's contribution.
        var acc = new Aggregator(aggregation, normalized);
        double sum = 0, weights = 0;
        var chosen = -1;
        for (var pass = 0; pass < 2; pass++)
        {
            for (var i = 0; i < count; i++)
            {
                var child = refs is null ? ~plan.DimensionSlots[i] : refs[start + i];
                var weight = refs is null ? plan.Nodes[plan.DimensionSlots[i]].Weight : plan.ChildWeight[start + i];
                if (weight <= 0 || !Counts(plan, numbers, points, child, out var score, out var max))
                {
                    continue;
                }

                if (pass == 0)
                {
                    if (acc.Add(score, max, weight))
                    {
                        chosen = i;
                    }

                    sum += acc.Share(score, max, weight);
                    weights += weight;
                }
                else if (acc.Picks)
                {
                    if (i == chosen)
                    {
                        Assign(child, total, nodes, questions);
                    }
                }
                else if (sum > 0)
                {
                    Assign(child, total * acc.Share(score, max, weight) / sum, nodes, questions);
                }
                else
                {
                    // Every child scores 0 yet the parent does not: only a formula's constant part can do that.
                    // Split it by weight so that the children still add up to their parent.
                    Assign(child, total * weight / weights, nodes, questions);
                }
            }
        }
    }

    private static void Assign(int child, double value, double[] nodes, double[] questions)
    {
        if (child >= 0)
        {
            questions[child] = value;
        }
        else
        {
            nodes[~child] = value;
        }
    }

    private static bool Counts(ScoringPlan plan, AssessmentResult.Numbers numbers, double[] points, int child, out double score, out double max)
    {
        if (child < 0)
        {
            score = numbers.NodeScore[~child];
            max = numbers.NodeMax[~child];
            return !double.IsNaN(score);
        }

        score = points[child];
        max = plan.Questions[child].MaxPoints;
        var state = numbers.Answers.StateOf(child);
        return state == AnswerState.Answered || (state == AnswerState.Unanswered && plan.Unanswered == UnansweredPolicy.Zero);
    }
}
