using System;
using System.Collections.Generic;
using System.Globalization;
using Maturity.Diagnostics;
using Maturity.Internal;
using Maturity.Model;
using Maturity.Yaml;

namespace Maturity.Answers;

/// <summary>Reads an answer from one spreadsheet cell, knowing the question it answers: what batch
/// CSV files and CRM exports hold. Accepts French spreadsheet habits (decimal comma, oui/non) but
/// never guesses: a cell that fits no reading is an error.</summary>
public static class AnswerCell
{
    /// <summary>Separator between ticked options of a multiple-choice cell: <c>website|crm</c>.</summary>
    public const char OptionSeparator = '|';

    /// <summary>Parses <paramref name="text"/> as an answer to <paramref name="question"/>.
    /// An empty cell is "unanswered" and returns false with no problem.</summary>
    /// <param name="question">The question the cell answers.</param>
    /// <param name="text">The cell's text.</param>
    /// <param name="location">Where the cell is, for the diagnostic.</param>
    /// <param name="answer">The answer when the cell reads as one.</param>
    /// <param name="problem">Why the cell could not be read (MAT071, its target the question id); null for an empty cell.</param>
    /// <returns>True when the cell reads as an answer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="question"/> or <paramref name="location"/> is null.</exception>
    public static bool TryParse(Question question, string text, SourceLocation location, out Answer? answer, out Diagnostic? problem)
    {
        Guard.NotNull(question);
        Guard.NotNull(location);

        answer = null;
        problem = null;
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

                problem = new Diagnostic(DiagnosticCodes.WrongAnswerType, DiagnosticSeverity.Error, Messages.CellNotBoolean(question.Id, cell), location, question.Id);
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

                problem = new Diagnostic(DiagnosticCodes.WrongAnswerType, DiagnosticSeverity.Error, Messages.CellNotNumber(question.Id, cell), location, question.Id);
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

    internal static bool TryParseBoolean(string s, out bool value)
    {
        // Cells are mostly already lower case: lower a copy only when needed (batch reads millions of them).
        switch (IsLowerAscii(s) ? s : s.ToLowerInvariant())
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

    private static bool IsLowerAscii(string s)
    {
        foreach (var c in s)
        {
            if (c > 0x7F || (c >= 'A' && c <= 'Z'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><c>website|crm</c> as a mask: each trimmed, non-empty part an option id, as <see cref="TryParse"/> splits it.</summary>
    internal static bool TryReadOptions(Question q, string cell, out ulong mask)
    {
        mask = 0;
        var start = 0;
        while (start <= cell.Length)
        {
            var bar = cell.IndexOf(OptionSeparator, start);
            var end = bar < 0 ? cell.Length : bar;
            int from = start, to = end;
            while (from < to && char.IsWhiteSpace(cell[from]))
            {
                from++;
            }

            while (to > from && char.IsWhiteSpace(cell[to - 1]))
            {
                to--;
            }

            if (to > from)
            {
                var found = false;
                for (var i = 0; i < q.Options.Count && !found; i++)
                {
                    var id = q.Options[i].Id;
                    if (id.Length == to - from && string.CompareOrdinal(cell, from, id, 0, id.Length) == 0)
                    {
                        mask |= 1UL << i;
                        found = true;
                    }
                }

                if (!found)
                {
                    return false;
                }
            }

            start = end + 1;
        }

        return true;
    }
}
