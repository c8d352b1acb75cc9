using System;
using System.Collections.Generic;
using Maturity.Model;

namespace Maturity.Scoring;

/// <summary>How a plan works out, once per rule set, what each what-if needs: the best answer of every question,
/// the questions and nodes a recommendation touches, and the level gates it can move.</summary>
internal sealed partial class ScoringPlan
{
    /// <summary>The best answer each question can get, worked out once: the highest-scoring option (the last of
    /// equals), every option ticked, the top of a scale, the top band or 100 %.</summary>
    private static (double[], ulong[], bool[]) BestAnswers(Question[] questions)
    {
        var value = new double[questions.Length];
        var mask = new ulong[questions.Length];
        var has = new bool[questions.Length];
        foreach (var q in questions)
        {
            var slot = q.Index;
            has[slot] = true;
            switch (q.Type)
            {
                case QuestionType.Boolean:
                    value[slot] = 1;
                    break;
                case QuestionType.Choice:
                    var best = 0;
                    for (var i = 0; i < q.Options.Count; i++)
                    {
                        if (q.Options[i].Points >= q.Options[best].Points)
                        {
                            best = i;
                        }
                    }

                    value[slot] = best;
                    break;
                case QuestionType.Multi:
                    mask[slot] = q.Options.Count >= 64 ? ulong.MaxValue : (1UL << q.Options.Count) - 1;
                    break;
                case QuestionType.Scale:
                    value[slot] = q.Max ?? 0;
                    break;
                default:
                    has[slot] = q.IsScored;
                    value[slot] = q.Bands.Count > 0 ? q.Bands[q.Bands.Count - 1].Min : 100;
                    break;
            }
        }

        return (value, mask, has);
    }

    /// <summary>The points and ratio of every best answer, from the flat tables (built before this runs).</summary>
    private (double[], double[]) BestScores()
    {
        var points = new double[Questions.Length];
        var ratios = new double[Questions.Length];
        for (var slot = 0; slot < points.Length; slot++)
        {
            if (HasBest[slot])
            {
                points[slot] = ScoringEngine.Points(this, slot, BestValue[slot], BestMask[slot]);
                ratios[slot] = Aggregator.Ratio(MaxPoints[slot], points[slot]);
            }
        }

        return (points, ratios);
    }

    private static (int[], int, bool[][]) PlanGates(Level[] levels, int[][] recommendationQuestions, int[][] recommendationNodes, int questionCount, int nodeCount)
    {
        var start = new int[levels.Length];
        var count = 0;
        for (var l = 0; l < levels.Length; l++)
        {
            start[l] = count;
            count += levels[l].CompiledRequires.Length;
        }

        var moves = new bool[recommendationQuestions.Length][];
        var rewritten = new bool[questionCount + nodeCount]; // questions, then nodes: what the current what-if rewrites
        for (var r = 0; r < moves.Length; r++)
        {
            moves[r] = count == 0 ? [] : new bool[count];
            Mark(rewritten, recommendationQuestions[r], recommendationNodes[r], questionCount, true);
            for (var l = 0; l < levels.Length; l++)
            {
                var requires = levels[l].CompiledRequires;
                for (var g = 0; g < requires.Length; g++)
                {
                    var gate = requires[g];
                    moves[r][start[l] + g] = gate.ReferencesOverallScore || Any(gate.QuestionSlots, rewritten, 0) || Any(gate.NodeSlots, rewritten, questionCount);
                }
            }

            Mark(rewritten, recommendationQuestions[r], recommendationNodes[r], questionCount, false);
        }

        return (start, count, moves);
    }

    private static void Mark(bool[] marks, int[] questions, int[] nodes, int nodeOffset, bool value)
    {
        foreach (var q in questions)
        {
            marks[q] = value;
        }

        foreach (var n in nodes)
        {
            marks[nodeOffset + n] = value;
        }
    }

    private static bool Any(IReadOnlyList<int> slots, bool[] marks, int offset)
    {
        // By index: foreach through the interface allocated an enumerator per gate and recommendation at every load.
        for (var i = 0; i < slots.Count; i++)
        {
            if (marks[offset + slots[i]])
            {
                return true;
            }
        }

        return false;
    }

    private static (int[][] Questions, int[][] Nodes) PlanWhatIfs(Question[] questions, RuleNode[] nodes, Recommendation[] recommendations, int[] whenOrder)
    {
        var nodeIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var n in nodes)
        {
            nodeIndex[n.Id] = n.Index;
        }

        // Who reads whom: dependents[q] = questions whose condition names q.
        var dependents = new List<int>[questions.Length];
        foreach (var q in questions)
        {
            if (q.CompiledWhen is { } when)
            {
                foreach (var slot in when.QuestionSlots)
                {
                    (dependents[slot] ??= []).Add(q.Index);
                }
            }
        }

        // Questions without a condition first, then conditional ones in evaluation order.
        var rank = new int[questions.Length];
        for (var i = 0; i < whenOrder.Length; i++)
        {
            rank[whenOrder[i]] = i + 1;
        }

        var affectedQuestions = new int[recommendations.Length][];
        var affectedNodes = new int[recommendations.Length][];
        for (var r = 0; r < recommendations.Length; r++)
        {
            var set = new HashSet<int>();
            var queue = new Queue<int>(recommendations[r].ImprovesSlots);
            while (queue.Count > 0)
            {
                var q = queue.Dequeue();
                if (set.Add(q) && dependents[q] is { } deps)
                {
                    foreach (var d in deps)
                    {
                        queue.Enqueue(d);
                    }
                }
            }

            var ordered = new List<int>(set);
            ordered.Sort((a, b) => rank[a] != rank[b] ? rank[a].CompareTo(rank[b]) : a.CompareTo(b));
            affectedQuestions[r] = ordered.ToArray();

            var ancestors = new SortedSet<int>(Comparer<int>.Create((a, b) => b.CompareTo(a)));
            foreach (var q in ordered)
            {
                var id = questions[q].NodeId;
                // Stops at an ancestor already collected (by a sibling question), which also ends any loop.
                while (id is not null && nodeIndex.TryGetValue(id, out var n) && ancestors.Add(n))
                {
                    id = nodes[n].ParentId;
                }
            }

            affectedNodes[r] = new List<int>(ancestors).ToArray();
        }

        return (affectedQuestions, affectedNodes);
    }
}
