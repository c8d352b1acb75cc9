namespace Maturity.Expressions;

/// <summary>What an identifier in an expression refers to.</summary>
internal enum SymbolKind
{
    /// <summary>A question: the identifier's value is the question's answer.</summary>
    Question,

    /// <summary>A dimension or group: the identifier's value is the node's score (a number).</summary>
    Node,

    /// <summary>The overall score of the rule set (the identifier <c>score</c>).</summary>
    OverallScore,

    /// <summary>The level reached (the identifier <c>level</c>, in indicators only): a choice over the level ids,
    /// below every level when none is reached.</summary>
    Level,
}
