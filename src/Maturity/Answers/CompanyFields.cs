using System;

namespace Maturity.Answers;

/// <summary>The checks and messages for company fields, shared by answers files, batch CSV rows and any
/// host that reads companies from its own store, so a bad NAF code or date reads the same wherever it was written.</summary>
public static class CompanyFields
{
    /// <summary>Null when <paramref name="naf"/> is one of the 732 NAF rév. 2 sub-classes in any accepted spelling,
    /// else the message (reported as MAT046, the code of every NAF check).</summary>
    /// <param name="naf">The code as written.</param>
    /// <returns>Null, or the message saying what is wrong.</returns>
    public static string? NafError(string naf) =>
        NafCode.IsValidCode(naf) ? null : NafCode.NotACodeMessage(naf).ToString();

    /// <summary>The message for a date that <see cref="TryParseDate"/> refused.</summary>
    /// <param name="text">The text as written.</param>
    /// <returns>The message, quoting <paramref name="text"/>.</returns>
    public static string DateError(string text) => Diagnostics.Messages.NotADate(text).ToString();

    /// <summary>Parses a yyyy-MM-dd date (by hand: the framework's exact parser dominated a million-row batch profile).</summary>
    /// <param name="text">The text as written.</param>
    /// <param name="date">The date, when the text is one.</param>
    /// <returns>True when <paramref name="text"/> is a valid yyyy-MM-dd date.</returns>
    public static bool TryParseDate(string text, out DateTime date)
    {
        date = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-')
        {
            return false;
        }

        for (var i = 0; i < 10; i++)
        {
            if (i != 4 && i != 7 && (text[i] < '0' || text[i] > '9'))
            {
                return false;
            }
        }

        var year = ((text[0] - '0') * 1000) + ((text[1] - '0') * 100) + ((text[2] - '0') * 10) + (text[3] - '0');
        var month = ((text[5] - '0') * 10) + (text[6] - '0');
        var day = ((text[8] - '0') * 10) + (text[9] - '0');
        if (year < 1 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified);
        return true;
    }
}
