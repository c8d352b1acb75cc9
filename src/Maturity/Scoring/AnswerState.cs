namespace Maturity.Scoring;

/// <summary>How a question stands in an assessment.</summary>
public enum AnswerState
{
    /// <summary>Answered with a value.</summary>
    Answered,

    /// <summary>Answered "not applicable": left out of every score.</summary>
    NotApplicable,

    /// <summary>Asked but not answered: lowers coverage; scored per the rule set's policy.</summary>
    Unanswered,

    /// <summary>Not asked: its <c>when</c> condition is false.</summary>
    NotAsked,
}
