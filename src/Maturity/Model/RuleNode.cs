using System.Collections.Generic;
using Maturity.Expressions;

namespace Maturity.Model;

/// <summary>A dimension or group of a compiled rule set. Immutable.</summary>
public sealed class RuleNode
{
    internal RuleNode(string id, Label title, double weight, Aggregation aggregation, string? formula, double? max, string? parentId, int index, int depth)
    {
        Id = id;
        Title = title;
        Weight = weight;
        Aggregation = aggregation;
        Formula = formula;
        Max = max;
        ParentId = parentId;
        Index = index;
        Depth = depth;
    }

    /// <summary>Node id.</summary>
    public string Id { get; }

    /// <summary>Display name.</summary>
    public Label Title { get; }

    /// <summary>Weight within its parent.</summary>
    public double Weight { get; }

    /// <summary>How the node combines its children.</summary>
    public Aggregation Aggregation { get; }

    /// <summary>The formula of a <see cref="Aggregation.Formula"/> node, as written.</summary>
    public string? Formula { get; }

    /// <summary>Declared maximum of a formula node, or null.</summary>
    public double? Max { get; }

    /// <summary>True for a dimension (a top-level node).</summary>
    public bool IsDimension => Depth == 0;

    /// <summary>Id of the parent node; null for a dimension.</summary>
    public string? ParentId { get; }

    /// <summary>0 for dimensions, 1 for their groups, and so on.</summary>
    public int Depth { get; }

    /// <summary>Position in the rule set's flat node list (parents before children).</summary>
    public int Index { get; }

    /// <summary>Questions directly under this node.</summary>
    public IReadOnlyList<Question> Questions { get; internal set; } = [];

    /// <summary>Groups directly under this node.</summary>
    public IReadOnlyList<RuleNode> Groups { get; internal set; } = [];

    /// <summary>Per-dimension levels (thresholds on this node's score); empty when none.</summary>
    public IReadOnlyList<Level> Levels { get; internal set; } = [];

    internal CompiledExpression? CompiledFormula { get; set; }
}
