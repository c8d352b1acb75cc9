using System;
using System.CommandLine;
using System.Globalization;

namespace Maturity.Cli;

/// <summary>The language the tool speaks: <c>--lang fr|en</c> on any command, else the system's interface
/// language. It is applied as the UI culture for the run, so messages, diagnostics, reports and the parser's own
/// errors and help all follow it.</summary>
internal static class CliLanguage
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    /// <summary>"fr" or "en", from the UI culture the run set.</summary>
    public static string Current => NameOf(CultureInfo.CurrentUICulture);

    /// <summary>The option, created per command tree (an option belongs to one parent).</summary>
    public static Option<string> Create()
    {
        var option = new Option<string>("--lang", "-l")
        {
            Description = CliMessages.Text(CliMessages.HelpLanguage()),
            DefaultValueFactory = _ => Current,
            Recursive = true,
        };
        option.AcceptOnlyFromAmong("fr", "en");
        return option;
    }

    /// <summary>The culture for a language name.</summary>
    public static CultureInfo Culture(string language) => language == "fr" ? French : English;

    /// <summary>The <c>--lang</c> value written in <paramref name="args"/>, read before parsing so that a usage
    /// error is already in the right language; null when absent or not fr/en.</summary>
    public static string? Scan(string[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            var a = args[i];
            var value = (a == "--lang" || a == "-l") && i + 1 < args.Length ? args[i + 1]
                : a.StartsWith("--lang=", StringComparison.Ordinal) || a.StartsWith("--lang:", StringComparison.Ordinal) ? a.Substring(7)
                : null;
            if (value is "fr" or "en")
            {
                return value;
            }
        }

        return null;
    }

    private static string NameOf(CultureInfo culture) => culture.TwoLetterISOLanguageName == "fr" ? "fr" : "en";
}
