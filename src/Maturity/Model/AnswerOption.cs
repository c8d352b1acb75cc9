using System;
using Maturity.Internal;

namespace Maturity.Model;

/// <summary>One option of a choice or multiple-choice question. Immutable.</summary>
public sealed class AnswerOption
{
    internal AnswerOption(string id, double points, Label label, int index)
    {
        Id = Guard.NotNull(id);
        Points = points;
        Label = Guard.NotNull(label);
        Index = index;
    }

    /// <summary>Option id, as answers name it.</summary>
    public string Id { get; }

    /// <summary>Points scored when chosen.</summary>
    public double Points { get; }

    /// <summary>User-visible label.</summary>
    public Label Label { get; }

    /// <summary>Position in the list, 0 = lowest; ordinal comparisons use it.</summary>
    public int Index { get; }
}
