using System.Collections.Generic;

namespace Maturity.Expressions;

/// <summary>Comparison operators.</summary>
internal enum CompareOperator
{
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
}

/// <summary>A node of the parsed (not yet type-checked) expression.</summary>
internal abstract class ExprSyntax
{
    protected ExprSyntax(int start) => Start = start;

    /// <summary>Offset of the node's first character (the opening parenthesis for a parenthesised expression).</summary>
    public int Start { get; set; }
}

internal sealed class NumberSyntax(int start, double value) : ExprSyntax(start)
{
    public double Value { get; } = value;
}

internal sealed class StringSyntax(int start, string value) : ExprSyntax(start)
{
    public string Value { get; } = value;
}

internal sealed class BooleanSyntax(int start, bool value) : ExprSyntax(start)
{
    public bool Value { get; } = value;
}

internal sealed class IdentifierSyntax(int start, string name) : ExprSyntax(start)
{
    public string Name { get; } = name;
}

internal sealed class CallSyntax(int start, string name, IReadOnlyList<ExprSyntax> arguments) : ExprSyntax(start)
{
    public string Name { get; } = name;

    public IReadOnlyList<ExprSyntax> Arguments { get; } = arguments;
}

/// <summary>A literal list <c>[a, b]</c>; items are number, string or boolean literals.</summary>
internal sealed class ListSyntax(int start, IReadOnlyList<ExprSyntax> items) : ExprSyntax(start)
{
    public IReadOnlyList<ExprSyntax> Items { get; } = items;
}

internal sealed class NotSyntax(int start, ExprSyntax operand) : ExprSyntax(start)
{
    public ExprSyntax Operand { get; } = operand;
}

internal sealed class NegateSyntax(int start, ExprSyntax operand) : ExprSyntax(start)
{
    public ExprSyntax Operand { get; } = operand;
}

/// <summary>A chain <c>a and b and c</c> or <c>a or b or c</c> (flat, so long chains do not nest).</summary>
internal sealed class LogicalSyntax(int start, bool isAnd, IReadOnlyList<ExprSyntax> operands) : ExprSyntax(start)
{
    public bool IsAnd { get; } = isAnd;

    public IReadOnlyList<ExprSyntax> Operands { get; } = operands;
}

/// <summary>A left-associative chain <c>a + b - c</c> (additive) or <c>a * b / c</c> (multiplicative).
/// <see cref="Inverted"/>[i] is true when operand i is subtracted or divided by; index 0 is always false.</summary>
internal sealed class ArithmeticSyntax(int start, bool multiplicative, IReadOnlyList<ExprSyntax> operands, IReadOnlyList<bool> inverted) : ExprSyntax(start)
{
    public bool Multiplicative { get; } = multiplicative;

    public IReadOnlyList<ExprSyntax> Operands { get; } = operands;

    public IReadOnlyList<bool> Inverted { get; } = inverted;
}

internal sealed class CompareSyntax(int start, CompareOperator op, int operatorOffset, ExprSyntax left, ExprSyntax right) : ExprSyntax(start)
{
    public CompareOperator Operator { get; } = op;

    public int OperatorOffset { get; } = operatorOffset;

    public ExprSyntax Left { get; } = left;

    public ExprSyntax Right { get; } = right;
}

/// <summary><c>x in [..]</c>, <c>'opt' in multi</c>, and their <c>not in</c> forms. <see cref="Target"/> is a
/// <see cref="ListSyntax"/> or an <see cref="IdentifierSyntax"/>.</summary>
internal sealed class InSyntax(int start, int operatorOffset, bool negated, ExprSyntax value, ExprSyntax target) : ExprSyntax(start)
{
    public int OperatorOffset { get; } = operatorOffset;

    public bool Negated { get; } = negated;

    public ExprSyntax Value { get; } = value;

    public ExprSyntax Target { get; } = target;
}
