using System.Collections.Generic;
using Maturity.Expressions;

namespace Maturity.Model;

/// <summary>Advice triggered by a condition; its gain is computed per assessment (what-if). Immutable.</summary>
public sealed class Recommendation
{
    internal Recommendation(string id, string when, IReadOnlyList<string> improves, Effort effort, Label text, IReadOnlyList<RecommendationLink> links, int index, CompiledExpression compiledWhen, int[] improvesSlots)
    {
        Id = id;
        When = when;
        Improves = improves;
        Effort = effort;
        Text = text;
        Links = links;
        Index = index;
        CompiledWhen = compiledWhen;
        ImprovesSlots = improvesSlots;
    }

    /// <summary>Recommendation id.</summary>
    public string Id { get; }

    /// <summary>Trigger condition, as written.</summary>
    public string When { get; }

    /// <summary>Question ids whose best answers the what-if uses.</summary>
    public IReadOnlyList<string> Improves { get; }

    /// <summary>Effort asked of the company.</summary>
    public Effort Effort { get; }

    /// <summary>The advice.</summary>
    public Label Text { get; }

    /// <summary>Links to programmes and guides.</summary>
    public IReadOnlyList<RecommendationLink> Links { get; }

    /// <summary>Declaration order.</summary>
    public int Index { get; }

    internal CompiledExpression CompiledWhen { get; }

    internal int[] ImprovesSlots { get; }
}
