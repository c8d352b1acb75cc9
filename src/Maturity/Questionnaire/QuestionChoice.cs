namespace Maturity.Questionnaire;

/// <summary>One answer a host offers for a choice, multiple-choice or scale question, in the requested
/// language. Immutable.</summary>
public sealed class QuestionChoice
{
    internal QuestionChoice(string id, string label, bool isSelected)
    {
        Id = id;
        Label = label;
        IsSelected = isSelected;
    }

    /// <summary>The value an answer gives: the option id, or the scale value written invariantly (<c>"3"</c>).</summary>
    public string Id { get; }

    /// <summary>The text to show.</summary>
    public string Label { get; }

    /// <summary>True when the current answer is, or ticks, this choice.</summary>
    public bool IsSelected { get; }
}
