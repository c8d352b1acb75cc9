using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using Maturity.Catalog;
using Maturity.Loading;
using Maturity.Model;

namespace Maturity.Cli.Catalog;

/// <summary><c>maturity init &lt;id&gt; [--extends core] [--naf 85] [-o folder]</c>: a new sector rule-set skeleton
/// that lints clean, with the JSON Schema written beside it so the editor comment resolves.</summary>
internal static class InitCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var id = new Argument<string>("id") { Description = CliMessages.Text(CliMessages.HelpInitId()) };
        var extends = new Option<string?>("--extends", "-e") { Description = CliMessages.Text(CliMessages.HelpInitExtends()), DefaultValueFactory = _ => RuleSetIds.Core };
        var naf = new Option<string[]>("--naf") { Description = CliMessages.Text(CliMessages.HelpInitNaf()), AllowMultipleArgumentsPerToken = true };
        var output = new Option<string>("--out", "-o") { Description = CliMessages.Text(CliMessages.HelpInitOut()), DefaultValueFactory = _ => "." };
        var command = new Command("init", CliMessages.Text(CliMessages.HelpInit())) { id, extends, naf, output };
        command.SetAction(parse => Execute(parse.GetValue(id)!, parse.GetValue(extends), parse.GetValue(naf) ?? [], parse.GetValue(output)!, stdout, stderr));
        return command;
    }

    private static int Execute(string id, string? extends, string[] naf, string folder, TextWriter stdout, TextWriter stderr)
    {
        var bad = naf.FirstOrDefault(p => !NafCode.IsValidPrefix(p));
        if (bad is not null)
        {
            CliMessages.Fail(stderr, CliMessages.NotANafPrefix(bad));
            return ExitCodes.Usage;
        }

        var path = Path.Combine(folder, id + ".yaml");
        var text = Skeleton(id, extends == "none" ? null : extends, naf);

        // The skeleton is checked as the user will check it (its base from the shipped rule sets) before it is written.
        var check = ShippedRuleSets.Load([RuleSetFile.FromText(text, path)]);
        var problems = check.Diagnostics.Where(d => d.Location.Path == path).ToList();
        if (problems.Count > 0 || !check.RuleSets.Any(r => r.Id == id))
        {
            CliMessages.Print(stderr, problems);
            CliMessages.Fail(stderr, extends is null or "none" ? CliMessages.CannotMakeRuleSet(id) : CliMessages.CannotMakeRuleSetExtending(id, extends));
            return ExitCodes.Usage;
        }

        var exit = NewFile.Write(path, text, stdout, stderr);
        if (exit != ExitCodes.Success)
        {
            return exit;
        }

        var schema = Path.Combine(folder, "schema", "ruleset.schema.json");
        return File.Exists(schema) ? ExitCodes.Success : NewFile.Write(schema, ShippedRuleSets.SchemaJson, stdout, stderr);
    }

    private static string Skeleton(string id, string? extends, string[] naf)
    {
        var key = id.Replace('-', '_');
        var sb = new StringBuilder();
        sb.Append("# yaml-language-server: $schema=schema/ruleset.schema.json\n");
        sb.Append("#\n# Rule set '").Append(id).Append("'. Check it with: maturity lint ").Append(id).Append(".yaml\n");
        sb.Append("# Format: docs/rule-format.md of Maturity; the schema beside it guides your editor.\n");
        sb.Append("ruleset: ").Append(id).Append('\n');
        sb.Append("version: 0.1.0\n");
        if (extends is not null)
        {
            sb.Append("extends: ").Append(extends).Append('\n');
        }

        sb.Append("title:\n  fr: \"").Append(id).Append(" (à compléter)\"\n  en: \"").Append(id).Append(" (to be completed)\"\n");
        sb.Append("languages: [fr, en]\n");
        if (naf.Length > 0)
        {
            sb.Append("appliesTo:\n  naf: [").Append(string.Join(", ", naf.Select(p => "\"" + p + "\""))).Append("]\n");
        }

        sb.Append("\ndimensions:\n");
        sb.Append("  - id: ").Append(key).Append("_practices\n");
        sb.Append("    title: { fr: Pratiques numériques du secteur, en: Sector digital practices }\n");
        sb.Append("    questions:\n");
        sb.Append("      - id: ").Append(key).Append("_sector_tool\n");
        sb.Append("        type: boolean\n");
        sb.Append("        text:\n");
        sb.Append("          fr: \"Utilisez-vous un logiciel métier propre à votre secteur ?\"\n");
        sb.Append("          en: \"Do you use business software specific to your sector?\"\n");
        if (extends is null)
        {
            sb.Append("\nlevels:\n");
            sb.Append("  - { id: beginner, min: 0, title: { fr: Débutant, en: Beginner } }\n");
            sb.Append("  - { id: advanced, min: 60, title: { fr: Avancé, en: Advanced } }\n");
        }

        return sb.ToString();
    }
}
