using System.Collections.Generic;
using System.Globalization;
using Maturity.Diagnostics;

namespace Maturity.Expressions;

/// <summary>Recursive-descent parser for the grammar in docs/expressions.md. It stops at the first
/// syntax error (later ones would mostly be echoes of it). Recursion only happens where a nesting
/// level opens (parenthesis, call, <c>not</c>, unary minus) and each level is checked against
/// <see cref="ExpressionLimits.MaxDepth"/> before descending, so the stack stays bounded.</summary>
internal sealed partial class ExpressionParser
{
    private readonly string _text;
    private readonly List<ExprToken> _tokens;
    private readonly int _maxDepth;
    private readonly List<ExpressionError> _errors;
    private int _position;
    private bool _failed;

    private ExpressionParser(string text, List<ExprToken> tokens, int maxDepth, List<ExpressionError> errors)
    {
        _text = text;
        _tokens = tokens;
        _maxDepth = maxDepth;
        _errors = errors;
    }

    private ExprToken Current => _tokens[_position];

    /// <summary>Parses a whole expression; null (with one error added) on a syntax error.</summary>
    public static ExprSyntax? Parse(string text, List<ExprToken> tokens, int maxDepth, List<ExpressionError> errors)
    {
        var parser = new ExpressionParser(text, tokens, maxDepth, errors);
        ExprSyntax? root = parser.ParseOr(0);
        if (root is null || parser._failed)
        {
            return null;
        }

        ExprToken extra = parser.Current;
        if (extra.Kind != ExprTokenKind.End)
        {
            return parser.Fail(extra.Offset, Messages.ExprAfterCompleteExpression(parser.Describe(extra)));
        }

        return root;
    }

    private ExprSyntax? ParseOr(int depth)
    {
        ExprSyntax? first = ParseAnd(depth);
        if (first is null || Current.Kind != ExprTokenKind.Or)
        {
            return first;
        }

        var operands = new List<ExprSyntax> { first };
        while (Current.Kind == ExprTokenKind.Or)
        {
            _position++;
            ExprSyntax? next = ParseAnd(depth);
            if (next is null)
            {
                return null;
            }

            operands.Add(next);
        }

        return new LogicalSyntax(first.Start, isAnd: false, operands);
    }

    private ExprSyntax? ParseAnd(int depth)
    {
        ExprSyntax? first = ParseNot(depth);
        if (first is null || Current.Kind != ExprTokenKind.And)
        {
            return first;
        }

        var operands = new List<ExprSyntax> { first };
        while (Current.Kind == ExprTokenKind.And)
        {
            _position++;
            ExprSyntax? next = ParseNot(depth);
            if (next is null)
            {
                return null;
            }

            operands.Add(next);
        }

        return new LogicalSyntax(first.Start, isAnd: true, operands);
    }

    private ExprSyntax? ParseNot(int depth)
    {
        if (Current.Kind != ExprTokenKind.Not)
        {
            return ParseComparison(depth);
        }

        ExprToken not = Current;
        if (!Enter(depth, not))
        {
            return null;
        }

        _position++;
        ExprSyntax? operand = ParseNot(depth + 1);
        return operand is null ? null : new NotSyntax(not.Offset, operand);
    }

    private ExprSyntax? ParseComparison(int depth)
    {
        ExprSyntax? left = ParseAdditive(depth);
        if (left is null)
        {
            return null;
        }

        ExprToken op = Current;
        if (IsComparison(op.Kind))
        {
            _position++;
            ExprSyntax? right = ParseAdditive(depth);
            return right is null ? null : NotChained(new CompareSyntax(left.Start, ToOperator(op.Kind), op.Offset, left, right));
        }

        bool negated = false;
        if (op.Kind == ExprTokenKind.Not)
        {
            ExprToken after = _tokens[_position + 1];
            if (after.Kind != ExprTokenKind.In)
            {
                return Fail(after.Offset, Messages.ExprExpectedInAfterNot(Describe(after)));
            }

            negated = true;
            _position++;
        }

        if (Current.Kind != ExprTokenKind.In)
        {
            return left;
        }

        _position++;
        ExprSyntax? target = ParseInTarget();
        return target is null ? null : NotChained(new InSyntax(left.Start, op.Offset, negated, left, target));
    }

    private ExprSyntax? NotChained(ExprSyntax comparison)
    {
        ExprToken next = Current;
        bool chained = IsComparison(next.Kind) || next.Kind == ExprTokenKind.In
            || (next.Kind == ExprTokenKind.Not && _tokens[_position + 1].Kind == ExprTokenKind.In);
        return chained
            ? Fail(next.Offset, Messages.ExprChainedComparison(Describe(next)))
            : comparison;
    }

    private ExprSyntax? ParseAdditive(int depth)
    {
        ExprSyntax? first = ParseMultiplicative(depth);
        if (first is null || (Current.Kind != ExprTokenKind.Plus && Current.Kind != ExprTokenKind.Minus))
        {
            return first;
        }

        var operands = new List<ExprSyntax> { first };
        var inverted = new List<bool> { false };
        while (Current.Kind == ExprTokenKind.Plus || Current.Kind == ExprTokenKind.Minus)
        {
            inverted.Add(Current.Kind == ExprTokenKind.Minus);
            _position++;
            ExprSyntax? next = ParseMultiplicative(depth);
            if (next is null)
            {
                return null;
            }

            operands.Add(next);
        }

        return new ArithmeticSyntax(first.Start, multiplicative: false, operands, inverted);
    }

    private ExprSyntax? ParseMultiplicative(int depth)
    {
        ExprSyntax? first = ParseUnary(depth);
        if (first is null || (Current.Kind != ExprTokenKind.Star && Current.Kind != ExprTokenKind.Slash))
        {
            return first;
        }

        var operands = new List<ExprSyntax> { first };
        var inverted = new List<bool> { false };
        while (Current.Kind == ExprTokenKind.Star || Current.Kind == ExprTokenKind.Slash)
        {
            inverted.Add(Current.Kind == ExprTokenKind.Slash);
            _position++;
            ExprSyntax? next = ParseUnary(depth);
            if (next is null)
            {
                return null;
            }

            operands.Add(next);
        }

        return new ArithmeticSyntax(first.Start, multiplicative: true, operands, inverted);
    }

    private ExprSyntax? ParseUnary(int depth)
    {
        if (Current.Kind != ExprTokenKind.Minus)
        {
            return ParsePrimary(depth);
        }

        ExprToken minus = Current;
        if (!Enter(depth, minus))
        {
            return null;
        }

        _position++;
        ExprSyntax? operand = ParseUnary(depth + 1);
        return operand is null ? null : new NegateSyntax(minus.Offset, operand);
    }

    /// <summary>Checks that one more nesting level fits; reports MAT056 at the token otherwise.</summary>
    private bool Enter(int depth, ExprToken token)
    {
        if (depth < _maxDepth)
        {
            return true;
        }

        if (!_failed)
        {
            _failed = true;
            _errors.Add(new ExpressionError(
                token.Offset,
                DiagnosticCodes.ExpressionTooDeep,
                Messages.ExprTooDeep(Describe(token), _maxDepth)));
        }

        return false;
    }

    private bool ExpectCloseParen()
    {
        ExprToken token = Current;
        if (token.Kind == ExprTokenKind.RightParen)
        {
            _position++;
            return true;
        }

        Fail(token.Offset, Messages.ExprExpectedCloseParen(Describe(token)));
        return false;
    }

    private ExprSyntax? Fail(int offset, LocalizedMessage message)
    {
        if (!_failed)
        {
            _failed = true;
            _errors.Add(new ExpressionError(offset, DiagnosticCodes.ExpressionSyntax, message));
        }

        return null;
    }

    private LocalizedMessage Describe(ExprToken token)
    {
        if (token.Kind == ExprTokenKind.End)
        {
            return Messages.ExprEndOfExpression();
        }

        return token.Kind == ExprTokenKind.String
            ? Messages.ExprTheString(ExpressionLexer.Shorten(token.Text!))
            : Messages.QuotedName(ExpressionLexer.Shorten(_text.Substring(token.Offset, token.Length)));
    }

    private static bool IsComparison(ExprTokenKind kind) => kind is ExprTokenKind.Equal or ExprTokenKind.NotEqual
        or ExprTokenKind.Less or ExprTokenKind.LessOrEqual or ExprTokenKind.Greater or ExprTokenKind.GreaterOrEqual;

    private static CompareOperator ToOperator(ExprTokenKind kind) => kind switch
    {
        ExprTokenKind.Equal => CompareOperator.Equal,
        ExprTokenKind.NotEqual => CompareOperator.NotEqual,
        ExprTokenKind.Less => CompareOperator.Less,
        ExprTokenKind.LessOrEqual => CompareOperator.LessOrEqual,
        ExprTokenKind.Greater => CompareOperator.Greater,
        _ => CompareOperator.GreaterOrEqual,
    };
}
