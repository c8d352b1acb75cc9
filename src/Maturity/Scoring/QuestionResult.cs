using Maturity.Answers;
using Maturity.Model;

namespace Maturity.Scoring;

/// <summary>A question's outcome. Immutable.</summary>
public sealed class QuestionResult
{
    internal QuestionResult(Question question, AnswerState state, Answer? answer, double points, double contribution)
    {
        Question = question;
        State = state;
        Answer = answer;
        Points = points;
        Contribution = contribution;
    }

    /// <summary>The question definition.</summary>
    public Question Question { get; }

    /// <summary>Question id.</summary>
    public string Id => Question.Id;

    /// <summary>Answered, N/A, unanswered or not asked.</summary>
    public AnswerState State { get; }

    /// <summary>The answer given, or null.</summary>
    public Answer? Answer { get; }

    /// <summary>Points scored.</summary>
    public double Points { get; }

    /// <summary>The most points the question can score.</summary>
    public double MaxPoints => Question.MaxPoints;

    /// <summary>Points of the overall score that come from this question.</summary>
    public double Contribution { get; }
}
