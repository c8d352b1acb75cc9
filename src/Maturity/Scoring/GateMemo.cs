using System;
using Maturity.Expressions;

namespace Maturity.Scoring;

/// <summary>The rule set's level gates, each evaluated at most once for the answers as given, and during a
/// what-if again only when the what-if can change it: a gate that reads none of the questions and nodes the
/// what-if rewrites, nor the overall score, keeps its value (the plan works out which, per recommendation).
/// Part of a thread's <see cref="Workspace"/>.</summary>
internal sealed class GateMemo
{
    private readonly int[] _levelStart;
    private readonly sbyte[] _known; // per gate: 0 not yet evaluated, 1 holds, -1 does not
    private bool[]? _moved;

    public GateMemo(ScoringPlan plan)
    {
        _levelStart = plan.LevelGateStart;
        _known = new sbyte[plan.GateCount];
    }

    /// <summary>New answers: every gate is evaluated afresh.</summary>
    public void Reset()
    {
        Array.Clear(_known, 0, _known.Length);
        _moved = null;
    }

    /// <summary>Enters a what-if (the gates it can change, per <see cref="ScoringPlan.RecommendationMovesGate"/>)
    /// or, with null, leaves it.</summary>
    public void WhatIf(bool[]? moved) => _moved = moved;

    /// <summary>Whether gate <paramref name="gate"/> of level <paramref name="level"/> holds in <paramref name="ctx"/>.</summary>
    public bool Holds(int level, int gate, CompiledExpression condition, ExpressionContext ctx)
    {
        var g = _levelStart[level] + gate;
        if (_moved is not null && _moved[g])
        {
            return condition.EvaluateBoolean(ctx);
        }

        var known = _known[g];
        if (known == 0)
        {
            known = condition.EvaluateBoolean(ctx) ? (sbyte)1 : (sbyte)-1;
            _known[g] = known;
        }

        return known > 0;
    }
}
