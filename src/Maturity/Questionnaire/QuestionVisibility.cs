namespace Maturity.Questionnaire;

/// <summary>Whether a question is put to the company, given the answers so far.</summary>
public enum QuestionVisibility
{
    /// <summary>Asked: it has no <c>when</c>, or its <c>when</c> holds on settled answers.</summary>
    Asked,

    /// <summary>Not yet asked: its <c>when</c> reads a question that is still unanswered (or itself not yet asked),
    /// so whether it will be asked is not known yet.</summary>
    Pending,

    /// <summary>Not asked: its <c>when</c> is false on settled answers. An answer to it is a problem, as in assessment.</summary>
    NotAsked,
}
