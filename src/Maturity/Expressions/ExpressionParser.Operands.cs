using System.Collections.Generic;
using Maturity.Diagnostics;

namespace Maturity.Expressions;

/// <summary>Operands: literals, identifiers, parenthesised expressions, lists and calls.</summary>
internal sealed partial class ExpressionParser
{
    private ExprSyntax? ParseInTarget()
    {
        ExprToken token = Current;
        if (token.Kind == ExprTokenKind.LeftBracket)
        {
            return ParseList();
        }

        if (token.Kind == ExprTokenKind.Identifier && _tokens[_position + 1].Kind != ExprTokenKind.LeftParen)
        {
            _position++;
            return new IdentifierSyntax(token.Offset, token.Text!);
        }

        return Fail(token.Offset, Messages.ExprExpectedInTarget(Describe(token)));
    }

    private ListSyntax? ParseList()
    {
        int start = Current.Offset;
        _position++;
        var items = new List<ExprSyntax>();
        if (Current.Kind == ExprTokenKind.RightBracket)
        {
            _position++;
            return new ListSyntax(start, items);
        }

        while (true)
        {
            ExprToken token = Current;
            switch (token.Kind)
            {
                case ExprTokenKind.Number:
                    items.Add(new NumberSyntax(token.Offset, token.Number));
                    _position++;
                    break;
                case ExprTokenKind.Minus when _tokens[_position + 1].Kind == ExprTokenKind.Number:
                    items.Add(new NumberSyntax(token.Offset, -_tokens[_position + 1].Number));
                    _position += 2;
                    break;
                case ExprTokenKind.String:
                    items.Add(new StringSyntax(token.Offset, token.Text!));
                    _position++;
                    break;
                case ExprTokenKind.True:
                case ExprTokenKind.False:
                    items.Add(new BooleanSyntax(token.Offset, token.Kind == ExprTokenKind.True));
                    _position++;
                    break;
                default:
                    Fail(token.Offset, Messages.ExprExpectedListItem(Describe(token)));
                    return null;
            }

            ExprToken separator = Current;
            if (separator.Kind == ExprTokenKind.RightBracket)
            {
                _position++;
                return new ListSyntax(start, items);
            }

            if (separator.Kind != ExprTokenKind.Comma)
            {
                Fail(separator.Offset, Messages.ExprExpectedListSeparator(Describe(separator)));
                return null;
            }

            _position++;
        }
    }

    private ExprSyntax? ParsePrimary(int depth)
    {
        ExprToken token = Current;
        switch (token.Kind)
        {
            case ExprTokenKind.Number:
                _position++;
                return new NumberSyntax(token.Offset, token.Number);
            case ExprTokenKind.String:
                _position++;
                return new StringSyntax(token.Offset, token.Text!);
            case ExprTokenKind.True:
            case ExprTokenKind.False:
                _position++;
                return new BooleanSyntax(token.Offset, token.Kind == ExprTokenKind.True);
            case ExprTokenKind.Identifier:
                _position++;
                return Current.Kind == ExprTokenKind.LeftParen
                    ? ParseCall(token, depth)
                    : new IdentifierSyntax(token.Offset, token.Text!);
            case ExprTokenKind.LeftParen:
                {
                    if (!Enter(depth, token))
                    {
                        return null;
                    }

                    _position++;
                    ExprSyntax? inner = ParseOr(depth + 1);
                    if (inner is null || !ExpectCloseParen())
                    {
                        return null;
                    }

                    inner.Start = token.Offset;
                    return inner;
                }

            case ExprTokenKind.LeftBracket:
                return ParseList();
            default:
                return Fail(token.Offset, Messages.ExprExpectedValue(Describe(token)));
        }
    }

    private CallSyntax? ParseCall(ExprToken name, int depth)
    {
        ExprToken paren = Current;
        if (!Enter(depth, paren))
        {
            return null;
        }

        _position++;
        var arguments = new List<ExprSyntax>();
        if (Current.Kind == ExprTokenKind.RightParen)
        {
            _position++;
            return new CallSyntax(name.Offset, name.Text!, arguments);
        }

        while (true)
        {
            ExprSyntax? argument = ParseOr(depth + 1);
            if (argument is null)
            {
                return null;
            }

            arguments.Add(argument);
            ExprToken separator = Current;
            if (separator.Kind == ExprTokenKind.RightParen)
            {
                _position++;
                return new CallSyntax(name.Offset, name.Text!, arguments);
            }

            if (separator.Kind != ExprTokenKind.Comma)
            {
                Fail(separator.Offset, Messages.ExprExpectedArgumentSeparator(Describe(separator)));
                return null;
            }

            _position++;
        }
    }
}
