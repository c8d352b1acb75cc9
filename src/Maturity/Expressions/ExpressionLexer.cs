using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Maturity.Diagnostics;

namespace Maturity.Expressions;

/// <summary>Token kinds of the expression language.</summary>
internal enum ExprTokenKind
{
    End,
    Number,
    String,
    Identifier,
    And,
    Or,
    Not,
    In,
    True,
    False,
    LeftParen,
    RightParen,
    LeftBracket,
    RightBracket,
    Comma,
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    Plus,
    Minus,
    Star,
    Slash,
}

/// <summary>One token: its kind, where it sits in the text, and its value for literals and names.</summary>
internal readonly struct ExprToken
{
    public ExprToken(ExprTokenKind kind, int offset, int length, string? text = null, double number = 0)
    {
        Kind = kind;
        Offset = offset;
        Length = length;
        Text = text;
        Number = number;
    }

    public ExprTokenKind Kind { get; }

    public int Offset { get; }

    public int Length { get; }

    /// <summary>Identifier name or string value (quotes removed, doubled quotes undone).</summary>
    public string? Text { get; }

    public double Number { get; }
}

/// <summary>Splits an expression into tokens. Lexical errors are all reported (up to a cap); the
/// parser only runs when there are none.</summary>
internal static class ExpressionLexer
{
    private const int MaxErrors = 10;

    public static List<ExprToken> Tokenize(string text, List<ExpressionError> errors)
    {
        var tokens = new List<ExprToken>();
        int errorCount = 0;
        int i = 0;
        while (i < text.Length && errorCount < MaxErrors)
        {
            char c = text[i];
            int start = i;
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            {
                i++;
                continue;
            }

            if (IsDigit(c))
            {
                while (i < text.Length && IsDigit(text[i]))
                {
                    i++;
                }

                if (i < text.Length && text[i] == '.')
                {
                    i++;
                    if (i >= text.Length || !IsDigit(text[i]))
                    {
                        errors.Add(Error(start, Messages.ExprNumberNeedsDigit(text.Substring(start, i - start))));
                        errorCount++;
                        continue;
                    }

                    while (i < text.Length && IsDigit(text[i]))
                    {
                        i++;
                    }
                }

                string literal = text.Substring(start, i - start);
                if (!double.TryParse(literal, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double value)
                    || double.IsInfinity(value) || double.IsNaN(value))
                {
                    errors.Add(Error(start, Messages.ExprNumberTooLarge(Shorten(literal))));
                    errorCount++;
                    continue;
                }

                tokens.Add(new ExprToken(ExprTokenKind.Number, start, i - start, null, value));
                continue;
            }

            if (IsNameStart(c) || (c >= 'A' && c <= 'Z'))
            {
                bool upper = false;
                while (i < text.Length && (IsNamePart(text[i]) || (text[i] >= 'A' && text[i] <= 'Z')))
                {
                    upper |= text[i] >= 'A' && text[i] <= 'Z';
                    i++;
                }

                string word = text.Substring(start, i - start);
                if (upper)
                {
                    string lower = word.ToLowerInvariant();
                    LocalizedMessage? hint = KeywordKind(lower) is not null ? Messages.ExprHintWriteKeyword(lower) : null;
                    errors.Add(Error(start, Messages.ExprNameNotLowerCase(Shorten(word), hint)));
                    errorCount++;
                    continue;
                }

                ExprTokenKind? keyword = KeywordKind(word);
                tokens.Add(new ExprToken(keyword ?? ExprTokenKind.Identifier, start, i - start, word));
                continue;
            }

            if (c == '\'' || c == '"')
            {
                var value = new StringBuilder();
                i++;
                bool closed = false;
                while (i < text.Length)
                {
                    if (text[i] == c)
                    {
                        if (i + 1 < text.Length && text[i + 1] == c)
                        {
                            value.Append(c);
                            i += 2;
                            continue;
                        }

                        i++;
                        closed = true;
                        break;
                    }

                    value.Append(text[i]);
                    i++;
                }

                if (!closed)
                {
                    errors.Add(Error(start, Messages.ExprStringNotClosed(c.ToString())));
                    errorCount++;
                    continue;
                }

                tokens.Add(new ExprToken(ExprTokenKind.String, start, i - start, value.ToString()));
                continue;
            }

            char next = i + 1 < text.Length ? text[i + 1] : '\0';
            ExprTokenKind kind;
            int length = 1;
            switch (c)
            {
                case '(':
                    kind = ExprTokenKind.LeftParen;
                    break;
                case ')':
                    kind = ExprTokenKind.RightParen;
                    break;
                case '[':
                    kind = ExprTokenKind.LeftBracket;
                    break;
                case ']':
                    kind = ExprTokenKind.RightBracket;
                    break;
                case ',':
                    kind = ExprTokenKind.Comma;
                    break;
                case '+':
                    kind = ExprTokenKind.Plus;
                    break;
                case '-':
                    kind = ExprTokenKind.Minus;
                    break;
                case '*':
                    kind = ExprTokenKind.Star;
                    break;
                case '/':
                    kind = ExprTokenKind.Slash;
                    break;
                case '=':
                    kind = ExprTokenKind.Equal;
                    length = next == '=' ? 2 : 1;
                    break;
                case '!' when next == '=':
                    kind = ExprTokenKind.NotEqual;
                    length = 2;
                    break;
                case '<' when next == '>':
                    errors.Add(Error(start, Messages.ExprNotEqualOperator()));
                    errorCount++;
                    i += 2;
                    continue;
                case '<':
                    kind = next == '=' ? ExprTokenKind.LessOrEqual : ExprTokenKind.Less;
                    length = next == '=' ? 2 : 1;
                    break;
                case '>':
                    kind = next == '=' ? ExprTokenKind.GreaterOrEqual : ExprTokenKind.Greater;
                    length = next == '=' ? 2 : 1;
                    break;
                default:
                    errors.Add(Error(start, UnexpectedCharacter(c, next)));
                    errorCount++;
                    i += (char.IsHighSurrogate(c) && char.IsLowSurrogate(next)) || ((c == '&' || c == '|') && next == c) ? 2 : 1;
                    continue;
            }

            tokens.Add(new ExprToken(kind, start, length));
            i += length;
        }

        tokens.Add(new ExprToken(ExprTokenKind.End, text.Length, 0));
        return tokens;
    }

    /// <summary>Cuts long text for a message.</summary>
    public static string Shorten(string text) => text.Length <= 40 ? text : text.Substring(0, 37) + "...";

    private static LocalizedMessage UnexpectedCharacter(char c, char next)
    {
        LocalizedMessage? hint = c switch
        {
            '&' => Messages.ExprHintWriteAnd(),
            '|' => Messages.ExprHintWriteOr(),
            '!' => Messages.ExprHintWriteNot(),
            '.' when IsDigit(next) => Messages.ExprHintLeadingDigit(),
            '.' => Messages.ExprHintNoMemberAccess(),
            _ when c > 127 && char.IsLetter(c) => Messages.ExprHintNameLetters(),
            _ => null,
        };
        // An invisible or odd character is named by its code point.
        return char.IsControl(c) || char.IsWhiteSpace(c) || char.IsSurrogate(c) || c == '\uFEFF'
            ? Messages.ExprUnexpectedInvisibleCharacter("U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture))
            : Messages.ExprUnexpectedCharacter(c.ToString(), hint);
    }

    private static ExprTokenKind? KeywordKind(string word) => word switch
    {
        "and" => ExprTokenKind.And,
        "or" => ExprTokenKind.Or,
        "not" => ExprTokenKind.Not,
        "in" => ExprTokenKind.In,
        "true" => ExprTokenKind.True,
        "false" => ExprTokenKind.False,
        _ => null,
    };

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    private static bool IsNameStart(char c) => (c >= 'a' && c <= 'z') || c == '_';

    private static bool IsNamePart(char c) => IsNameStart(c) || IsDigit(c);

    private static ExpressionError Error(int offset, LocalizedMessage message) => new(offset, DiagnosticCodes.ExpressionSyntax, message);
}
