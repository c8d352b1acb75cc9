namespace Maturity.Expressions;

/// <summary>The static type of a value in the expression language.</summary>
internal enum ValueKind
{
    /// <summary>true / false; boolean questions and comparisons.</summary>
    Boolean,

    /// <summary>A number; number, percent and scale questions, node scores, arithmetic.</summary>
    Number,

    /// <summary>One option of an ordered option list; single-choice questions.</summary>
    Choice,

    /// <summary>A set of options; multiple-choice questions.</summary>
    Multi,
}
