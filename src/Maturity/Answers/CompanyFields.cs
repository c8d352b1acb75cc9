using System;
using Maturity.Diagnostics;

namespace Maturity.Answers;

/// <summary>The checks and messages for company fields, shared by answers files, batch CSV rows and any
/// host that reads companies from its own store, so a bad NAF code or date reads the same wherever it was written.</summary>
public static class CompanyFields
{
    /// <summary>Null when <paramref name="naf"/> is one of the 732 NAF rév. 2 sub-classes in any accepted spelling,
    /// else the MAT046 error (the code of every NAF check).</summary>
    /// <param name="naf">The code as written.</param>
    /// <param name="location">Where the code is written.</param>
    /// <param name="target">The field, e.g. <c>naf</c> or <c>company.naf</c>.</param>
    /// <returns>Null, or the diagnostic saying what is wrong.</returns>
    public static Diagnostic? NafProblem(string naf, SourceLocation location, string? target = null) =>
        NafCode.IsValidCode(naf) ? null : new Diagnostic(DiagnosticCodes.InvalidNaf, DiagnosticSeverity.Error, NafCode.NotACodeMessage(naf), location, target);

    /// <summary>The MAT076 error for a date that <see cref="TryParseDate"/> refused.</summary>
    /// <param name="text">The text as written.</param>
    /// <param name="location">Where the date is written.</param>
    /// <param name="target">The field, e.g. <c>date</c> or <c>company.date</c>.</param>
    /// <returns>The diagnostic, quoting <paramref name="text"/>.</returns>
    public static Diagnostic DateProblem(string text, SourceLocation location, string? target = null) =>
        new(DiagnosticCodes.InvalidCompany, DiagnosticSeverity.Error, Messages.NotADate(text), location, target);

    /// <summary>The MAT076 error for an empty company id.</summary>
    /// <param name="location">Where the id is (or should be).</param>
    /// <param name="target">The field, e.g. <c>id</c> or <c>company.id</c>.</param>
    /// <returns>The diagnostic.</returns>
    public static Diagnostic EmptyIdProblem(SourceLocation location, string? target = null) =>
        new(DiagnosticCodes.InvalidCompany, DiagnosticSeverity.Error, Messages.CompanyIdEmpty(), location, target);

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
