using System.Collections.Generic;
using Maturity.Model;
using Maturity.Scoring;

namespace Maturity.Compilation;

/// <summary>The flat scoring plan the engine walks, and the best score of every node that MAT041 checks levels against.</summary>
internal sealed partial class RuleSetCompiler
{
    private ScoringPlan BuildPlan(List<int> whenOrder, ScoreScale scale, Aggregation rootAggregation, List<Level> levels, List<Recommendation> recommendations, (double Overall, double[] Nodes) best)
    {
        var childStart = new int[_nodes.Count];
        var childCount = new int[_nodes.Count];
        var refs = new List<int>();
        var weights = new List<double>();
        foreach (var (_, node, childRefs, childWeights) in _nodeDocs)
        {
            childStart[node.Index] = refs.Count;
            childCount[node.Index] = childRefs.Count;
            refs.AddRange(childRefs);
            weights.AddRange(childWeights);
        }

        var dims = new List<int>();
        foreach (var n in _nodes)
        {
            if (n.IsDimension)
            {
                dims.Add(n.Index);
            }
        }

        return new ScoringPlan(
            _questions.ToArray(), _nodes.ToArray(), childStart, childCount, refs.ToArray(), weights.ToArray(), dims.ToArray(), whenOrder.ToArray(),
            scale, _set.Scoring.Unanswered ?? UnansweredPolicy.Zero, rootAggregation, _set.Scoring.CumulativeLevels ?? true, levels.ToArray(), recommendations.ToArray(), best.Nodes, best.Overall);
    }

    /// <summary>Every node's and the overall score with every question answered at its best (used to
    /// flag unreachable levels). Folds through <see cref="Aggregator"/>, the engine's own aggregation,
    /// so a level the engine can reach is never reported unreachable.</summary>
    private (double Overall, double[] Nodes) BestScores(ScoreScale scale, Aggregation rootAggregation)
    {
        var normalized = scale == ScoreScale.Normalized;
        var best = new double[_nodes.Count];
        var counts = new bool[_nodes.Count];
        for (var i = _nodeDocs.Count - 1; i >= 0; i--)
        {
            var (doc, node, childRefs, childWeights) = _nodeDocs[i];
            var acc = new Aggregator(node.Aggregation, normalized);
            for (var k = 0; k < childRefs.Count; k++)
            {
                var c = childRefs[k];
                if (c >= 0)
                {
                    acc.Add(_questions[c].MaxPoints, _questions[c].MaxPoints, childWeights[k]);
                }
                else if (counts[~c])
                {
                    acc.Add(best[~c], normalized ? 100 : best[~c], childWeights[k]);
                }
            }

            counts[node.Index] = acc.Count > 0;
            best[node.Index] = doc.Aggregate == Aggregation.Formula ? (normalized ? 100 : doc.Max?.Value ?? 100) : acc.Score;
        }

        var root = new Aggregator(rootAggregation, normalized);
        foreach (var n in _nodes)
        {
            if (n.IsDimension && counts[n.Index])
            {
                root.Add(best[n.Index], normalized ? 100 : best[n.Index], n.Weight);
            }
        }

        return (root.Count > 0 ? root.Score : (normalized ? 100 : 0), best);
    }
}
