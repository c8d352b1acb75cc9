using System;
using System.Globalization;

namespace Maturity.Batch.Rows;

/// <summary>How a results CSV is spelled. <see cref="En"/> is the machine dialect (',' and invariant numbers, LF,
/// no BOM: what scripts and databases read); <see cref="Fr"/> is what French Excel opens by double-click without
/// an import wizard (';', decimal comma, UTF-8 BOM so accents survive, CRLF). Only the spelling differs: the
/// columns and the values are the same, so a file in one dialect converts to the other losslessly up to the
/// rounding of <see cref="Fr"/> (2 decimals for points, 4 for shares).</summary>
public sealed class CsvDialect
{
    private CsvDialect(string name, char separator, char decimalSeparator, bool byteOrderMark, string newLine)
    {
        Name = name;
        Separator = separator;
        DecimalSeparator = decimalSeparator;
        ByteOrderMark = byteOrderMark;
        NewLine = newLine;
    }

    /// <summary>Machine dialect: ',', decimal point, no BOM, LF.</summary>
    public static CsvDialect En { get; } = new("en", ',', '.', byteOrderMark: false, "\n");

    /// <summary>French Excel dialect: ';', decimal comma, UTF-8 BOM, CRLF.</summary>
    public static CsvDialect Fr { get; } = new("fr", ';', ',', byteOrderMark: true, "\r\n");

    /// <summary><c>en</c> or <c>fr</c>.</summary>
    public string Name { get; }

    /// <summary>The field separator.</summary>
    public char Separator { get; }

    /// <summary>The decimal separator of numeric cells.</summary>
    public char DecimalSeparator { get; }

    /// <summary>Whether the file starts with a UTF-8 byte order mark.</summary>
    public bool ByteOrderMark { get; }

    /// <summary>The line ending.</summary>
    public string NewLine { get; }

    /// <summary>The dialect that answers an input: French for a ';'-separated input (what French Excel writes), else English.</summary>
    public static CsvDialect ForInputSeparator(char separator) => separator == ';' ? Fr : En;

    /// <summary>Parses <c>en</c> or <c>fr</c> (any case); null for anything else, <c>auto</c> included.</summary>
    public static CsvDialect? FromName(string? name) =>
        string.Equals(name, "fr", StringComparison.OrdinalIgnoreCase) ? Fr
        : string.Equals(name, "en", StringComparison.OrdinalIgnoreCase) ? En
        : null;

    /// <summary>Spells a numeric cell given in invariant form (what the runner produces) in this dialect; a value that
    /// does not read as a number is returned as it is (it is text, and the caller treats it as such).</summary>
    /// <param name="invariant">The value in invariant form, e.g. <c>56.666667</c>.</param>
    /// <param name="kind">What the number measures, which sets the French rounding.</param>
    public string FormatNumber(string invariant, BatchColumnKind kind)
    {
        if (DecimalSeparator == '.' || invariant is null || !double.TryParse(invariant, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return invariant ?? string.Empty;
        }

        var text = Math.Round(value, 6).ToString(DecimalFormat(kind), CultureInfo.InvariantCulture);
        return text == "-0" ? "0" : text.Replace('.', DecimalSeparator);
    }

    /// <summary>The French rounding of a numeric column: 4 decimals for shares, 2 for points, 6 otherwise.</summary>
    internal static string DecimalFormat(BatchColumnKind kind) => kind switch
    {
        BatchColumnKind.Share => "0.####",
        BatchColumnKind.Points => "0.##",
        _ => "0.######",
    };
}
