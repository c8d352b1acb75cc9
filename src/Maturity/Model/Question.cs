using System.Collections.Generic;
using Maturity.Expressions;

namespace Maturity.Model;

/// <summary>A question of a compiled rule set. Immutable and thread-safe.</summary>
public sealed class Question
{
    internal Question(
        string id,
        QuestionType type,
        Label text,
        Label? help,
        double weight,
        bool allowsNotApplicable,
        string? when,
        IReadOnlyList<AnswerOption> options,
        MultiScoring multiScoring,
        double? min,
        double? max,
        double points,
        IReadOnlyList<ScoreBand> bands,
        IReadOnlyDictionary<int, Label> scaleLabels,
        double maxPoints,
        bool isScored,
        string nodeId,
        int index)
    {
        Id = id;
        Type = type;
        Text = text;
        Help = help;
        Weight = weight;
        AllowsNotApplicable = allowsNotApplicable;
        When = when;
        Options = options;
        MultiScoring = multiScoring;
        Min = min;
        Max = max;
        Points = points;
        Bands = bands;
        ScaleLabels = scaleLabels;
        MaxPoints = maxPoints;
        IsScored = isScored;
        NodeId = nodeId;
        Index = index;
    }

    /// <summary>Question id.</summary>
    public string Id { get; }

    /// <summary>Answer type.</summary>
    public QuestionType Type { get; }

    /// <summary>The question as asked.</summary>
    public Label Text { get; }

    /// <summary>What counts, what evidence to look for; may be null.</summary>
    public Label? Help { get; }

    /// <summary>Weight within its node.</summary>
    public double Weight { get; }

    /// <summary>True when "not applicable" is an accepted answer.</summary>
    public bool AllowsNotApplicable { get; }

    /// <summary>The condition under which the question is asked, as written; null when always asked.</summary>
    public string? When { get; }

    /// <summary>Options of a choice or multiple-choice question, lowest first; empty otherwise.</summary>
    public IReadOnlyList<AnswerOption> Options { get; }

    /// <summary>How a multiple-choice question scores.</summary>
    public MultiScoring MultiScoring { get; }

    /// <summary>Lowest accepted value (scale, number), or null.</summary>
    public double? Min { get; }

    /// <summary>Highest accepted value (scale, number), or the points cap of a multiple-choice question, or null.</summary>
    public double? Max { get; }

    /// <summary>Points for "yes" (boolean) or at 100 % (percent without bands).</summary>
    public double Points { get; }

    /// <summary>Score bands of a number or percent question.</summary>
    public IReadOnlyList<ScoreBand> Bands { get; }

    /// <summary>Labels of a scale's values.</summary>
    public IReadOnlyDictionary<int, Label> ScaleLabels { get; }

    /// <summary>The most points an answer can score.</summary>
    public double MaxPoints { get; }

    /// <summary>False for an informational question (a number without bands): usable in conditions, never scored.</summary>
    public bool IsScored { get; }

    /// <summary>Id of the dimension or group holding the question.</summary>
    public string NodeId { get; }

    /// <summary>Position in the rule set's flat question list.</summary>
    public int Index { get; }

    internal CompiledExpression? CompiledWhen { get; set; }

    internal ValueKind ValueKind => Type switch
    {
        QuestionType.Boolean => ValueKind.Boolean,
        QuestionType.Choice => ValueKind.Choice,
        QuestionType.Multi => ValueKind.Multi,
        _ => ValueKind.Number,
    };

    /// <summary>The option with <paramref name="id"/>, or null.</summary>
    public AnswerOption? FindOption(string id)
    {
        // Indexed loop: a foreach over the interface would allocate an enumerator per lookup.
        var options = Options;
        for (var i = 0; i < options.Count; i++)
        {
            if (string.Equals(options[i].Id, id, System.StringComparison.Ordinal))
            {
                return options[i];
            }
        }

        return null;
    }
}
