using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.Json;
using Maturity.Catalog;

namespace Maturity.Cli.Catalog;

/// <summary><c>maturity rules</c>: the catalog — id, version, title, NAF prefixes, number of questions, source.</summary>
internal static class RulesCommand
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var rules = RulesOption.Create();
        var format = new Option<string>("--format", "-f") { Description = CliMessages.Text(CliMessages.HelpFormatTextJson()), DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("rules", CliMessages.Text(CliMessages.HelpRulesCommand())) { rules, format };
        command.SetAction(parse => Execute(parse.GetValue(rules), parse.GetValue(format)!, CliLanguage.Current, stdout, stderr));
        return command;
    }

    private static int Execute(string? rulesPath, string format, string lang, TextWriter stdout, TextWriter stderr)
    {
        if (RulesOption.Load(rulesPath, stderr) is not { } rules)
        {
            return ExitCodes.Usage;
        }

        CliMessages.Print(stderr, rules.Relevant);
        var rows = rules.RuleSets.OrderBy(r => r.Id, System.StringComparer.Ordinal).Select(r => new
        {
            id = r.Id,
            version = r.Version,
            title = r.Title.Get(lang),
            naf = r.NafPrefixes.ToArray(),
            fallback = r.IsFallback,
            extends = r.Extends,
            questions = r.Questions.Count,
            source = ShippedRuleSets.IsShipped(r) ? "shipped" : r.SourcePath,
        }).ToList();
        if (format == "json")
        {
            stdout.WriteLine(JsonSerializer.Serialize(rows, Indented));
        }
        else
        {
            var table = new TextTable("id", "version", lang == "fr" ? "titre" : "title", "NAF", lang == "fr" ? "questions" : "questions", "source");
            foreach (var r in rows)
            {
                var naf = r.naf.Length > 0 ? string.Join(" ", r.naf) : r.fallback ? (lang == "fr" ? "(par défaut)" : "(fallback)") : "-";
                table.Add(r.id, r.version, r.title, naf, r.questions.ToString(System.Globalization.CultureInfo.InvariantCulture), r.source);
            }

            table.Write(stdout);
        }

        return rules.Success ? ExitCodes.Success : ExitCodes.InvalidInput;
    }
}
