namespace Maturity.Expressions;

/// <summary>What a compiled expression reads while it is evaluated. Implemented by the scoring engine;
/// values are already validated, so every accessor is total.</summary>
internal interface IExpressionContext
{
    /// <summary>The status of a question's answer.</summary>
    AnswerStatus Status(int questionSlot);

    /// <summary>An answered question's value: boolean as 0/1, number/percent/scale as the value,
    /// choice as the option's index (0 = first/lowest). Only meaningful when <see cref="Status"/> is Answered.</summary>
    double Value(int questionSlot);

    /// <summary>A multiple-choice answer as a bit mask of option indexes (bit i = option i ticked).</summary>
    ulong Mask(int questionSlot);

    /// <summary>The points a question scores (0 when not answered).</summary>
    double Points(int questionSlot);

    /// <summary>A node's score (0 when the node has no applicable content).</summary>
    double NodeScore(int nodeSlot);

    /// <summary>The overall score.</summary>
    double OverallScore { get; }

    /// <summary>The index of the level reached (0 = lowest), -1 when none is reached or not decided yet.</summary>
    int LevelIndex { get; }
}
