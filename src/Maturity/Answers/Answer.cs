using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Maturity.Diagnostics;
using Maturity.Internal;

namespace Maturity.Answers;

/// <summary>One answer as a company gave it, before it is checked against a rule set. Immutable.</summary>
public sealed class Answer
{
    private static readonly string[] NoOptions = [];

    private Answer(AnswerKind kind, bool boolean, double number, string? option, IReadOnlyList<string> options, SourceLocation? location)
    {
        Kind = kind;
        BooleanValue = boolean;
        NumberValue = number;
        Option = option;
        Options = options;
        Location = location;
    }

    /// <summary>The text that means "not applicable" in answers files and CSV cells.</summary>
    public const string NotApplicableText = "n/a";

    /// <summary>The answer's shape.</summary>
    public AnswerKind Kind { get; }

    /// <summary>The value of a <see cref="AnswerKind.Boolean"/> answer.</summary>
    public bool BooleanValue { get; }

    /// <summary>The value of a <see cref="AnswerKind.Number"/> answer.</summary>
    public double NumberValue { get; }

    /// <summary>The option of an <see cref="AnswerKind.Option"/> answer.</summary>
    public string? Option { get; }

    /// <summary>The options of an <see cref="AnswerKind.Options"/> answer.</summary>
    public IReadOnlyList<string> Options { get; }

    /// <summary>Where the answer was written, when it comes from a file.</summary>
    public SourceLocation? Location { get; }

    /// <summary>"Not applicable".</summary>
    public static Answer NotApplicable { get; } = new(AnswerKind.NotApplicable, false, 0, null, NoOptions, null);

    /// <summary>A yes/no answer.</summary>
    public static Answer Of(bool value) => new(AnswerKind.Boolean, value, 0, null, NoOptions, null);

    /// <summary>The largest magnitude a number answer may have: 10^15, below 2^53 so every whole number up to it
    /// is exact, and small enough that sums and weights of answers stay far from overflow. A larger answer is an
    /// out-of-range error (MAT073) when it is checked against a rule set.</summary>
    public const double MaxMagnitude = 1e15;

    /// <summary>A number answer (finite; -0 is kept as 0).</summary>
    public static Answer Of(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "An answer must be a finite number.");
        }

        return new Answer(AnswerKind.Number, false, value + 0.0, null, NoOptions, null);
    }

    /// <summary>A single-choice answer.</summary>
    public static Answer Choice(string option) => new(AnswerKind.Option, false, 0, Guard.NotNull(option), NoOptions, null);

    /// <summary>A multiple-choice answer (may be empty: nothing ticked).</summary>
    public static Answer Choices(IEnumerable<string> options) =>
        new(AnswerKind.Options, false, 0, null, (Guard.NotNull(options)).ToArray(), null);

    /// <summary>A multiple-choice answer.</summary>
    public static Answer Choices(params string[] options) => Choices((IEnumerable<string>)options);

    /// <summary>The same answer, remembering where it was written.</summary>
    public Answer At(SourceLocation location) => new(Kind, BooleanValue, NumberValue, Option, Options, location);

    /// <summary>The answer as it would be written in an answers file.</summary>
    public override string ToString() => Kind switch
    {
        AnswerKind.Boolean => BooleanValue ? "true" : "false",
        AnswerKind.Number => NumberValue.ToString("R", CultureInfo.InvariantCulture),
        AnswerKind.Option => Option!,
        AnswerKind.Options => "[" + string.Join(", ", Options) + "]",
        _ => NotApplicableText,
    };
}
