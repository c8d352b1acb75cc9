using System.Collections.Generic;
using Maturity.Answers;
using Maturity.Diagnostics;
using Maturity.Model;

namespace Maturity.Questionnaire;

/// <summary>One question as a host shows it now: texts in the requested language, whether it is asked,
/// its current answer and that answer's problems. Immutable and thread-safe.</summary>
public sealed class QuestionState
{
    internal QuestionState(Question question, string language, QuestionVisibility visibility, Answer? answer, bool isAnswered, IReadOnlyList<QuestionChoice> choices, IReadOnlyList<Diagnostic> problems)
    {
        Question = question;
        Text = question.Text.Get(language);
        Help = question.Help?.Get(language);
        Visibility = visibility;
        Answer = answer;
        IsAnswered = isAnswered;
        Choices = choices;
        Problems = problems;
    }

    /// <summary>The rule set's question (type, bounds, weight, <c>when</c>).</summary>
    public Question Question { get; }

    /// <summary>Question id: the name an answer uses.</summary>
    public string Id => Question.Id;

    /// <summary>Answer type.</summary>
    public QuestionType Type => Question.Type;

    /// <summary>The question in the requested language.</summary>
    public string Text { get; }

    /// <summary>Guidance in the requested language, or null.</summary>
    public string? Help { get; }

    /// <summary>The options of a choice or multiple-choice question, or the values of a scale (with their labels
    /// when the rule set names them), lowest first; empty for yes/no, number and percent questions.</summary>
    public IReadOnlyList<QuestionChoice> Choices { get; }

    /// <summary>True when "not applicable" is an accepted answer.</summary>
    public bool AllowsNotApplicable => Question.AllowsNotApplicable;

    /// <summary>Asked, not yet asked, or not asked.</summary>
    public QuestionVisibility Visibility { get; }

    /// <summary>True when the question is put to the company now (<see cref="QuestionVisibility.Asked"/>).</summary>
    public bool IsAsked => Visibility == QuestionVisibility.Asked;

    /// <summary>The answer in the sheet, valid or not; null when none.</summary>
    public Answer? Answer { get; }

    /// <summary>True when the answer is valid (a value or an accepted "not applicable").</summary>
    public bool IsAnswered { get; }

    /// <summary>True when the answer is "not applicable".</summary>
    public bool IsNotApplicable => Answer?.Kind == AnswerKind.NotApplicable;

    /// <summary>The problems with this question's answer: the same diagnostics an assessment reports
    /// (wrong type, unknown option, out of range, N/A not accepted, answer to a question not asked).</summary>
    public IReadOnlyList<Diagnostic> Problems { get; }

    /// <summary><c>id: visibility</c>.</summary>
    public override string ToString() => Id + ": " + Visibility;
}
