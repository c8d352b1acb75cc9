using System;
using System.Collections.Generic;
using System.Globalization;
using Maturity.Loading;
using Maturity.Model;

namespace Maturity.Answers;

/// <summary>Reads an answer from one spreadsheet cell, knowing the question it answers: what batch
/// CSV files and CRM exports hold. Accepts French spreadsheet habits (decimal comma, oui/non) but
/// never guesses: a cell that fits no reading is an error.</summary>
public static class AnswerCell
{
    /// <summary>Separator between ticked options of a multiple-choice cell: <c>website|crm</c>.</summary>
    public const char OptionSeparator = '|';

    /// <summary>Parses <paramref name="text"/> as an answer to <paramref name="question"/>.
    /// An empty cell is "unanswered" and returns false with a null error.</summary>
    /// <param name="question">The question the cell answers.</param>
    /// <param name="text">The cell's text.</param>
    /// <param name="answer">The answer when the cell reads as one.</param>
    /// <param name="error">Why the cell could not be read; null for an empty cell.</param>
    public static bool TryParse(Question question, string text, out Answer? answer, out string? error)
    {
        if (question is null)
        {
            throw new ArgumentNullException(nameof(question));
        }

        answer = null;
        error = null;
        var cell = (text ?? string.Empty).Trim();
        if (cell.Length == 0)
        {
            return false;
        }

        if (string.Equals(cell, Answer.NotApplicableText, StringComparison.OrdinalIgnoreCase))
        {
            answer = Answer.NotApplicable;
            return true;
        }

        switch (question.Type)
        {
            case QuestionType.Boolean:
                if (TryParseBoolean(cell, out var b))
                {
                    answer = Answer.Of(b);
                    return true;
                }

                error = "'" + cell + "' is not yes/no (true, false, yes, no, oui, non, 1, 0)";
                return false;
            case QuestionType.Choice:
                answer = Answer.Choice(cell);
                return true;
            case QuestionType.Multi:
                var options = new List<string>();
                foreach (var part in cell.Split(OptionSeparator))
                {
                    var option = part.Trim();
                    if (option.Length > 0)
                    {
                        options.Add(option);
                    }
                }

                answer = Answer.Choices(options);
                return true;
            default:
                if (TryParseNumber(cell, out var n))
                {
                    answer = Answer.Of(n);
                    return true;
                }

                error = "'" + cell + "' is not a number";
                return false;
        }
    }

    /// <summary>Reads a number written with a decimal point or a single decimal comma (<c>12.5</c>, <c>12,5</c>),
    /// an optional sign and an optional trailing <c>%</c>; no thousands separators, no exponent.</summary>
    public static bool TryParseNumber(string text, out double value)
    {
        var s = (text ?? string.Empty).Trim();
        if (s.EndsWith("%", StringComparison.Ordinal))
        {
            s = s.Substring(0, s.Length - 1).TrimEnd();
        }

        if (s.IndexOf(',') >= 0)
        {
            if (s.IndexOf('.') >= 0 || s.IndexOf(',') != s.LastIndexOf(','))
            {
                value = 0;
                return false;
            }

            s = s.Replace(',', '.');
        }

        return YamlValues.TryParseNumber(s, out value);
    }

    private static bool TryParseBoolean(string s, out bool value)
    {
        switch (s.ToLowerInvariant())
        {
            case "true":
            case "yes":
            case "oui":
            case "vrai":
            case "1":
                value = true;
                return true;
            case "false":
            case "no":
            case "non":
            case "faux":
            case "0":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }
}
