namespace Maturity.Model;

/// <summary>The kind of answer a question takes.</summary>
public enum QuestionType
{
    /// <summary>Yes / no.</summary>
    Boolean,

    /// <summary>One option of an ordered list.</summary>
    Choice,

    /// <summary>Any number of options of a list.</summary>
    Multi,

    /// <summary>An integer on a bounded scale (e.g. 0–5).</summary>
    Scale,

    /// <summary>A number, scored by bands or informational.</summary>
    Number,

    /// <summary>A percentage 0–100.</summary>
    Percent,
}
