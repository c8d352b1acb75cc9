using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace Maturity.Expressions;

/// <summary>A parsed and type-checked expression, ready to evaluate. Immutable and safe to share
/// between threads; evaluation allocates nothing and never throws (given a context that does not).</summary>
internal sealed class CompiledExpression
{
    private readonly BoolNode? _boolean;
    private readonly NumberNode? _number;

    internal CompiledExpression(string text, BoolNode? boolean, NumberNode? number, IList<int> questionSlots, IList<int> nodeSlots, bool referencesOverallScore)
    {
        Text = text;
        _boolean = boolean;
        _number = number;
        Type = boolean is not null ? ValueKind.Boolean : ValueKind.Number;
        QuestionSlots = new ReadOnlyCollection<int>(questionSlots);
        NodeSlots = new ReadOnlyCollection<int>(nodeSlots);
        ReferencesOverallScore = referencesOverallScore;
    }

    /// <summary>The expression as written.</summary>
    public string Text { get; }

    /// <summary><see cref="ValueKind.Boolean"/> or <see cref="ValueKind.Number"/>.</summary>
    public ValueKind Type { get; }

    /// <summary>Distinct question slots the expression names, in order of first appearance.</summary>
    public IReadOnlyList<int> QuestionSlots { get; }

    /// <summary>Distinct node (dimension/group) slots the expression names, in order of first appearance.</summary>
    public IReadOnlyList<int> NodeSlots { get; }

    /// <summary>Whether the expression names <c>score</c>.</summary>
    public bool ReferencesOverallScore { get; }

    /// <summary>Evaluates a boolean expression. A number expression yields true when non-zero.</summary>
    public bool EvaluateBoolean(ExpressionContext context) =>
        _boolean is not null ? _boolean.Evaluate(context) : _number!.Evaluate(context) != 0;

    /// <summary>Evaluates a number expression. A boolean expression yields 1 or 0.</summary>
    public double EvaluateNumber(ExpressionContext context) =>
        _number is not null ? _number.Evaluate(context) : (_boolean!.Evaluate(context) ? 1 : 0);

    /// <inheritdoc/>
    public override string ToString() => Text;
}
