using System;
using System.Globalization;
using Maturity.Diagnostics;

namespace Maturity;

/// <summary>The one place that writes numbers, percentages, dates, counts and label punctuation for people to
/// read (text report, explanation, HTML reports, command summaries, samples), in French or English. French:
/// decimal comma, narrow no-break space (U+202F) between thousands and before <c>: ; % ! ?</c>, dates like
/// "14 mars 2026", singular below 2. English: decimal point, comma between thousands, "14 March 2026",
/// singular for exactly 1. The conventions are written out here rather than read from the operating system,
/// so a server without locale data (invariant globalization) writes the same text, and the thread's culture
/// never leaks in. Machine outputs (JSON, JSON Lines, the default CSV dialect) never come here. Immutable and
/// thread-safe.</summary>
public sealed class HumanFormat
{
    /// <summary>U+202F, the space French puts between thousands and before <c>: ; % ! ?</c>.</summary>
    public const string NarrowNoBreakSpace = "\u202F";

    /// <summary>French conventions.</summary>
    public static readonly HumanFormat French = new(
        "fr",
        Numbers(",", NarrowNoBreakSpace),
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
        NarrowNoBreakSpace);

    /// <summary>English conventions.</summary>
    public static readonly HumanFormat English = new(
        "en",
        Numbers(".", ","),
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
        string.Empty);

    private readonly NumberFormatInfo _numbers;
    private readonly string[] _months;
    private readonly string _beforeHighPunctuation;

    private HumanFormat(string language, NumberFormatInfo numbers, string[] months, string beforeHighPunctuation)
    {
        Language = language;
        _numbers = numbers;
        _months = months;
        _beforeHighPunctuation = beforeHighPunctuation;
    }

    /// <summary><c>fr</c> or <c>en</c>.</summary>
    public string Language { get; }

    /// <summary>True for the French conventions.</summary>
    public bool IsFrench => ReferenceEquals(this, French);

    /// <summary>What goes between a label and its value: <c>"\u202F: "</c> in French, <c>": "</c> in English.</summary>
    public string Colon => _beforeHighPunctuation + ": ";

    /// <summary>What separates two clauses: <c>"\u202F; "</c> in French, <c>"; "</c> in English.</summary>
    public string Semicolon => _beforeHighPunctuation + "; ";

    /// <summary>The conventions of <paramref name="language"/>: French for any <c>fr</c> tag (<c>fr</c>,
    /// <c>fr-FR</c>, <c>fr-BE</c>…), English otherwise; null or empty means the current UI culture's language.</summary>
    /// <param name="language">A language tag, or null.</param>
    public static HumanFormat For(string? language) =>
        string.IsNullOrEmpty(language) ? For(CultureInfo.CurrentUICulture)
        : language!.StartsWith("fr", StringComparison.OrdinalIgnoreCase) && (language.Length == 2 || language[2] == '-' || language[2] == '_') ? French
        : English;

    /// <summary>The conventions of <paramref name="culture"/>'s language (French or English).</summary>
    /// <param name="culture">A culture; null means the current UI culture.</param>
    public static HumanFormat For(CultureInfo? culture) =>
        string.Equals((culture ?? CultureInfo.CurrentUICulture).TwoLetterISOLanguageName, "fr", StringComparison.OrdinalIgnoreCase) ? French : English;

    /// <summary>A number with at most <paramref name="maxDecimals"/> decimals (trailing zeros dropped) and thousands
    /// separators: "1 234,5" / "1,234.5". Never "-0".</summary>
    /// <param name="value">The number.</param>
    /// <param name="maxDecimals">Decimals kept, 0 to 6; rounding is half away from zero.</param>
    public string Number(double value, int maxDecimals = 1)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            return "—";
        }

        var decimals = Math.Max(0, Math.Min(6, maxDecimals));
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero) + 0.0;
        return rounded.ToString(decimals == 0 ? "#,0" : "#,0." + new string('#', decimals), _numbers);
    }

    /// <summary>A whole number with thousands separators: "2 400" / "2,400".</summary>
    /// <param name="value">The number.</param>
    public string Whole(long value) => value.ToString("#,0", _numbers);

    /// <summary>A number with its sign, "+" for a rise: "+1,5" / "-0.3"; "0" for no change.</summary>
    /// <param name="value">The change.</param>
    /// <param name="maxDecimals">Decimals kept.</param>
    public string Change(double value, int maxDecimals = 1)
    {
        var text = Number(value, maxDecimals);
        return value > 0 && text != "0" ? "+" + text : text;
    }

    /// <summary>A ratio (0–1) as a percentage: "25,6 %" / "25.6%".</summary>
    /// <param name="ratio">The ratio, 1 = 100 %.</param>
    /// <param name="maxDecimals">Decimals kept on the percentage.</param>
    public string Percent(double ratio, int maxDecimals = 1) => Number(ratio * 100, maxDecimals) + _beforeHighPunctuation + "%";

    /// <summary>A date in words: "14 mars 2026" / "14 March 2026"; French writes "1er" for the first day.</summary>
    /// <param name="date">The date (its time of day is ignored).</param>
    public string Date(DateTime date)
    {
        var day = IsFrench && date.Day == 1 ? "1er" : date.Day.ToString(CultureInfo.InvariantCulture);
        return day + " " + _months[date.Month - 1] + " " + date.Year.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>A count and its noun, agreed: "1,5 point", "0 point", "2 points" in French (singular below 2);
    /// "1 point", "1.5 points", "0 points" in English (singular for exactly 1).</summary>
    /// <param name="count">The quantity.</param>
    /// <param name="singular">The noun in the singular.</param>
    /// <param name="plural">The noun in the plural.</param>
    /// <param name="maxDecimals">Decimals kept on the quantity.</param>
    public string Count(double count, string singular, string plural, int maxDecimals = 1) =>
        Number(count, maxDecimals) + " " + Noun(Math.Round(count, Math.Max(0, Math.Min(6, maxDecimals)), MidpointRounding.AwayFromZero), singular, plural);

    /// <summary>The singular or the plural for <paramref name="count"/> (French: singular below 2; English: for exactly 1).</summary>
    /// <param name="count">The quantity the noun goes with.</param>
    /// <param name="singular">The noun in the singular.</param>
    /// <param name="plural">The noun in the plural.</param>
    public string Noun(double count, string singular, string plural) =>
        MessageCatalog.IsSingular(count, IsFrench) ? singular : plural;

    /// <summary><paramref name="label"/> followed by <see cref="Colon"/> and <paramref name="value"/>: "Score global : 56" / "Overall score: 56".</summary>
    /// <param name="label">What the value is.</param>
    /// <param name="value">The value, already formatted.</param>
    public string Labelled(string label, string value) => label + Colon + value;

    /// <inheritdoc/>
    public override string ToString() => Language;

    private static NumberFormatInfo Numbers(string decimalSeparator, string groupSeparator)
    {
        var info = (NumberFormatInfo)NumberFormatInfo.InvariantInfo.Clone();
        info.NumberDecimalSeparator = decimalSeparator;
        info.NumberGroupSeparator = groupSeparator;
        info.NegativeSign = "-";
        return NumberFormatInfo.ReadOnly(info);
    }
}
