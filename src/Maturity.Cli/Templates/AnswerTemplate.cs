using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Maturity.Model;

namespace Maturity.Cli.Templates;

/// <summary>What every template format writes: the rule set, the language, and an example answer per question
/// that is valid as it stands (so a template filled in partly still assesses).</summary>
internal sealed class AnswerTemplate
{
    public AnswerTemplate(RuleSet ruleSet, string language)
    {
        RuleSet = ruleSet;
        Language = language;
    }

    public RuleSet RuleSet { get; }

    public string Language { get; }

    public bool IsFrench => Language == "fr";

    /// <summary>The company fields of answers files and batch rows, in their documented order.</summary>
    public static IReadOnlyList<string> CompanyFields { get; } = ["id", "name", "naf", "employees", "territory", "date"];

    /// <summary>A NAF code the rule set covers, for the example, or empty when it covers none by code.</summary>
    public string ExampleNaf => RuleSet.NafPrefixes.Count > 0 ? ExampleNafFor(RuleSet.NafPrefixes[0]) : string.Empty;

    /// <summary>The example answer in answers-file syntax: <c>false</c>, an option id, <c>[a]</c>, a number.</summary>
    public static string ExampleAnswer(Question q) => q.Type switch
    {
        QuestionType.Boolean => "false",
        QuestionType.Choice => q.Options[0].Id,
        QuestionType.Multi => "[]",
        _ => (q.Min ?? 0).ToString("0.##", CultureInfo.InvariantCulture),
    };

    /// <summary>The example answer as a batch CSV cell (a multi question ticks its first option).</summary>
    public string ExampleCell(Question q) => q.Type switch
    {
        QuestionType.Boolean => IsFrench ? "non" : "no",
        QuestionType.Multi => q.Options[0].Id,
        _ => ExampleAnswer(q),
    };

    // A prefix such as "86" or "47.1" becomes a full code the catalog maps back to it: "86.00Z", "47.10Z".
    private static string ExampleNafFor(string prefix)
    {
        var digits = new string(prefix.Where(char.IsDigit).ToArray()).PadRight(4, '0');
        var letter = prefix.LastOrDefault(char.IsLetter);
        return digits.Substring(0, 2) + "." + digits.Substring(2, 2) + (letter == default ? 'Z' : char.ToUpperInvariant(letter));
    }
}
