using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Maturity.Model;
using Maturity.Scoring;

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

    // The first official NAF sub-class under the prefix ("86" gives 86.10Z), so the example passes validation.
    private static string ExampleNafFor(string prefix)
    {
        var wanted = NafCode.Normalize(prefix);
        foreach (var code in NafCode.All)
        {
            if (NafCode.Normalize(code).StartsWith(wanted, System.StringComparison.Ordinal))
            {
                return NafCode.Format(code) ?? code;
            }
        }

        return string.Empty;
    }
}
