namespace Maturity.Expressions;

/// <summary>The state of one question's answer during an assessment.</summary>
internal enum AnswerStatus : byte
{
    /// <summary>No answer given.</summary>
    Unanswered = 0,

    /// <summary>Answered with a value.</summary>
    Answered = 1,

    /// <summary>Answered "not applicable" (n/a).</summary>
    NotApplicable = 2,

    /// <summary>Not asked: its <c>when</c> condition is false.</summary>
    Hidden = 3,
}
