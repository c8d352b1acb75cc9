using System.Collections.Generic;
using Maturity.Model;

namespace Maturity.Questionnaire;

/// <summary>A page of the questionnaire: the questions placed directly under one dimension or group, in
/// rule-set order. Immutable and thread-safe.</summary>
public sealed class QuestionnaireSection
{
    internal QuestionnaireSection(RuleNode node, RuleNode dimension, string language, int index, IReadOnlyList<QuestionState> questions, QuestionnaireProgress progress)
    {
        Node = node;
        Title = node.Title.Get(language);
        DimensionTitle = dimension.Title.Get(language);
        DimensionId = dimension.Id;
        Index = index;
        Questions = questions;
        Progress = progress;
    }

    /// <summary>The dimension or group.</summary>
    public RuleNode Node { get; }

    /// <summary>Node id, stable across versions of the rule set: use it in URLs.</summary>
    public string Id => Node.Id;

    /// <summary>The node's title in the requested language.</summary>
    public string Title { get; }

    /// <summary>Id of the dimension the section belongs to (its own id for a dimension).</summary>
    public string DimensionId { get; }

    /// <summary>The dimension's title in the requested language.</summary>
    public string DimensionTitle { get; }

    /// <summary>Position among the sections, from 0.</summary>
    public int Index { get; }

    /// <summary>Every question of the section, asked or not, in rule-set order.</summary>
    public IReadOnlyList<QuestionState> Questions { get; }

    /// <summary>Answered out of asked in this section.</summary>
    public QuestionnaireProgress Progress { get; }

    /// <summary>True when at least one question of the section is asked now.</summary>
    public bool HasAskedQuestions => Progress.Asked > 0;

    /// <inheritdoc/>
    public override string ToString() => Id + " " + Progress;
}
