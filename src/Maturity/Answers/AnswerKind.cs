namespace Maturity.Answers;

/// <summary>The shape of an answer value.</summary>
public enum AnswerKind
{
    /// <summary>true / false.</summary>
    Boolean,

    /// <summary>A number (scale, number, percent).</summary>
    Number,

    /// <summary>One option id (choice).</summary>
    Option,

    /// <summary>Several option ids (multiple choice).</summary>
    Options,

    /// <summary>"Not applicable" (<c>n/a</c>).</summary>
    NotApplicable,
}
