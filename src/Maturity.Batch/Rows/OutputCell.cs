using System;
using System.Globalization;

namespace Maturity.Batch.Rows;

/// <summary>The cell rules shared by every output format, so a CSV file and a workbook say the same thing.</summary>
public static class OutputCell
{
    /// <summary>Protects a text cell against formula injection (OWASP "CSV injection"): a spreadsheet runs a cell that
    /// starts with <c>=</c>, <c>+</c>, <c>-</c> or <c>@</c> (or a tab or carriage return, which some strip first), so
    /// such a cell gets a leading apostrophe, which Excel and LibreOffice show as text and never evaluate.</summary>
    public static string Neutralise(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        return text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
    }

    /// <summary>Reads a numeric column's value (invariant form, as the runner writes it); false for anything that is
    /// not a finite number, which then stays text.</summary>
    public static bool TryNumber(string text, out double value) =>
        double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)
        && !double.IsNaN(value) && !double.IsInfinity(value);
}
