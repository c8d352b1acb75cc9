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

    /// <summary>A number in the invariant form batch results use: the shortest round-trip form (results are already
    /// rounded to 6 decimals, so it is also the shortest exact one), and the fixed form for tiny values, which
    /// would otherwise print with an exponent (1E-05).</summary>
    internal static string Invariant(double value) => IsTiny(value)
        ? value.ToString(TinyFormat, CultureInfo.InvariantCulture)
        : value.ToString(CultureInfo.InvariantCulture);

    /// <summary><see cref="Invariant"/> into <paramref name="destination"/>, without a string.</summary>
    internal static bool TryFormatInvariant(double value, System.Span<char> destination, out int written) => IsTiny(value)
        ? value.TryFormat(destination, out written, TinyFormat, CultureInfo.InvariantCulture)
        : value.TryFormat(destination, out written, default, CultureInfo.InvariantCulture);

    private const string TinyFormat = "0.######";

    /// <summary>The smallest magnitude written in the shortest round-trip form; nearer zero, <see cref="TinyFormat"/>.</summary>
    internal const double SmallestPlain = 1e-4;

    private static bool IsTiny(double value) => value != 0 && System.Math.Abs(value) < SmallestPlain;
}
