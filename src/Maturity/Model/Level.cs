using System.Collections.Generic;
using Maturity.Expressions;

namespace Maturity.Model;

/// <summary>A maturity level: a threshold and gate conditions. Immutable.</summary>
public sealed class Level
{
    internal Level(string id, Label title, double min, IReadOnlyList<Gate> gates, int index, IReadOnlyList<CompiledExpression> compiledRequires)
    {
        Id = id;
        Title = title;
        Min = min;
        Gates = gates;
        var requires = new string[gates.Count];
        for (var i = 0; i < requires.Length; i++)
        {
            requires[i] = gates[i].Expression;
        }

        Requires = requires;
        Index = index;
        CompiledRequires = [.. compiledRequires];
        GateArray = [.. gates];
    }

    /// <summary>Level id.</summary>
    public string Id { get; }

    /// <summary>Display name (the id when the rule set gives none).</summary>
    public Label Title { get; }

    /// <summary>Score threshold.</summary>
    public double Min { get; }

    /// <summary>Gate conditions, as written; all must hold. The same as <see cref="Gates"/>' expressions.</summary>
    public IReadOnlyList<string> Requires { get; }

    /// <summary>Gate conditions with their labels, in the order written.</summary>
    public IReadOnlyList<Gate> Gates { get; }

    /// <summary>Position, 0 = lowest.</summary>
    public int Index { get; }

    /// <summary>The compiled gate conditions, in <see cref="Gates"/>' order; arrays, because every assessment and
    /// what-if reads them (no interface call per gate).</summary>
    internal CompiledExpression[] CompiledRequires { get; }

    /// <summary><see cref="Gates"/> as an array, for the same reason.</summary>
    internal Gate[] GateArray { get; }
}
