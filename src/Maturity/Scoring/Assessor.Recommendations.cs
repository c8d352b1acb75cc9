using System;
using System.Collections.Generic;
using System.Linq;
using Maturity.Answers;
using Maturity.Diagnostics;
using Maturity.Expressions;
using Maturity.Model;

namespace Maturity.Scoring;

/// <summary>The what-if half of an assessment: for each recommendation, the score and level the firm would reach
/// with that recommendation's questions at their best, and the next level's gates it would meet.</summary>
internal static partial class Assessor
{
    /// <summary>Beyond this many triggered recommendations, insertion's quadratic cost outgrows the delegate's.</summary>
    private const int InsertionRankLimit = 64;

    private static IReadOnlyList<RecommendationResult> Recommend(Workspace ws, AnswerInput input, ScoreState state, NextLevelResult? next)
    {
        var plan = ws.Plan;
        var results = ws.Recommendations;
        results.Clear();
        var roundedScore = Round(state.Score);
        for (var r = 0; r < plan.Recommendations.Length; r++)
        {
            var rec = plan.Recommendations[r];
            if (!rec.CompiledWhen.EvaluateBoolean(state))
            {
                continue;
            }

            var (score, level, unlocked) = WhatIf(ws, r, input, state, next);
            var gain = Math.Max(0, Round(score) - roundedScore);
            results.Add(new RecommendationResult(rec, Round(gain), level >= 0 ? plan.LevelResults[level] : null, unlocked));
        }

        if (results.Count == 0)
        {
            return NoRecommendations;
        }

        // The result keeps an exact-size array; the list is this thread's scratch space. A rule set's recommendations
        // (a few dozen) are ranked by insertion, with direct calls: Array.Sort calls the comparison through a delegate,
        // which cost more than the sort. The order is total, so both ways give the same ranking.
        var ranked = results.ToArray();
        if (ranked.Length > InsertionRankLimit)
        {
            Array.Sort(ranked, CompareRank);
            return ranked;
        }

        for (var i = 1; i < ranked.Length; i++)
        {
            var item = ranked[i];
            var j = i - 1;
            for (; j >= 0 && CompareRank(item, ranked[j]) < 0; j--)
            {
                ranked[j + 1] = ranked[j];
            }

            ranked[j + 1] = item;
        }

        return ranked;
    }

    /// <summary>Highest gain first, then lower effort, then declaration order.</summary>
    private static int CompareRank(RecommendationResult a, RecommendationResult b)
    {
        var c = b.Gain.CompareTo(a.Gain);
        if (c == 0)
        {
            // As integers: Enum.CompareTo takes an object, which boxed the effort on every comparison.
            c = ((int)a.Recommendation.Effort).CompareTo((int)b.Recommendation.Effort);
        }

        return c != 0 ? c : a.Recommendation.Index.CompareTo(b.Recommendation.Index);
    }

    /// <summary>What-if, in place: the improved questions take their best answers, the questions whose
    /// conditions read them are re-derived from the given answers, and only their ancestor nodes are
    /// recomputed; then everything is put back. Same result as a full evaluation of the changed answers,
    /// at a fraction of the cost. Also returns the next level's unmet gates that hold after the change.</summary>
    private static (double Score, int Level, IReadOnlyList<Gate> Unlocked) WhatIf(Workspace ws, int r, AnswerInput input, ScoreState state, NextLevelResult? next)
    {
        var plan = ws.Plan;
        var rec = plan.Recommendations[r];
        var affected = plan.RecommendationQuestions[r];
        var nodes = plan.RecommendationNodes[r];
        var save = ws.Save;
        save.Capture(state, affected, nodes);
        var improves = plan.RecommendationImproves[r];
        for (var i = 0; i < affected.Length; i++)
        {
            var slot = affected[i];
            if (improves[i] && plan.HasBest[slot])
            {
                // The best answer a question can get, with its points (the plan works them out once per rule set).
                state.Status[slot] = AnswerStatus.Answered;
                state.Value[slot] = plan.BestValue[slot];
                state.Mask[slot] = plan.BestMask[slot];
                state.QuestionPoints[slot] = plan.BestPoints[slot];
                state.QuestionRatio[slot] = plan.BestRatio[slot];
            }
            else
            {
                // As given: the answer and the points it was set with.
                state.Status[slot] = input.Status[slot];
                state.Value[slot] = input.Value[slot];
                state.Mask[slot] = input.Mask[slot];
                state.QuestionPoints[slot] = input.Points[slot];
                state.QuestionRatio[slot] = input.Ratio[slot];
            }

            if (plan.Questions[slot].CompiledWhen is { } when && !when.EvaluateBoolean(state))
            {
                state.Hide(slot);
            }
        }

        foreach (var n in nodes)
        {
            ScoringEngine.ComputeNode(plan, state, n);
        }

        ScoringEngine.ComputeRootFrom(plan, state, plan.RecommendationFirstDimension[r]);
        var score = state.Score;
        ws.Gates.WhatIf(plan.RecommendationMovesGate[r]);
        var level = ReachedLevel(plan.Levels, score, state, plan.CumulativeLevels, ws.Gates);
        var unlocked = next is { UnmetGates.Count: > 0 } && MovesAnyGate(plan, r, next.Level)
            ? GatesWhere(next.Level, state, holds: true, among: next.UnmetGates, memo: ws.Gates)
            : NoGates;
        ws.Gates.WhatIf(null);

        save.Restore(state, affected, nodes);
        return (score, level, unlocked);
    }

    /// <summary>True when recommendation <paramref name="r"/>'s what-if can change one of <paramref name="level"/>'s
    /// gates; when it cannot, every gate keeps its value, so none of those unmet can be unlocked.</summary>
    private static bool MovesAnyGate(ScoringPlan plan, int r, Level level)
    {
        var moves = plan.RecommendationMovesGate[r];
        var start = plan.LevelGateStart[level.Index];
        for (var g = start; g < start + level.CompiledRequires.Length; g++)
        {
            if (moves[g])
            {
                return true;
            }
        }

        return false;
    }
}
