using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.Json;
using Maturity.Model;
using Maturity.Scoring;

namespace Maturity.Cli.Catalog;

/// <summary><c>maturity questions --ruleset &lt;id&gt;</c>: every question in order, by dimension, with what it
/// accepts, whether n/a is allowed and when it is asked.</summary>
internal static class QuestionsCommand
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var ruleset = new Option<string>("--ruleset", "-s") { Description = CliMessages.Text(CliMessages.HelpRuleSetId()), Required = true };
        var rules = RulesOption.Create();
        var format = new Option<string>("--format", "-f") { Description = CliMessages.Text(CliMessages.HelpQuestionsFormat()), DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "markdown", "json");
        var command = new Command("questions", CliMessages.Text(CliMessages.HelpQuestions())) { ruleset, rules, format };
        command.SetAction(parse => Execute(parse.GetValue(ruleset)!, parse.GetValue(rules), CliLanguage.Current, parse.GetValue(format)!, stdout, stderr));
        return command;
    }

    private static int Execute(string id, string? rulesPath, string lang, string format, TextWriter stdout, TextWriter stderr)
    {
        if (RuleSetChoice.Find(id, rulesPath, stderr, out var exit) is not { } ruleSet)
        {
            return exit;
        }

        switch (format)
        {
            case "json":
                WriteJson(ruleSet, lang, stdout);
                break;
            case "markdown":
                WriteMarkdown(ruleSet, lang, stdout);
                break;
            default:
                WriteText(ruleSet, lang, stdout);
                break;
        }

        return ExitCodes.Success;
    }

    private static string Dimension(RuleSet ruleSet, Question q)
    {
        var node = ruleSet.FindNode(q.NodeId);
        while (node?.ParentId is { } parent)
        {
            node = ruleSet.FindNode(parent);
        }

        return node?.Id ?? q.NodeId;
    }

    private static void WriteText(RuleSet ruleSet, string lang, TextWriter w)
    {
        w.WriteLine(ruleSet.Id + " " + ruleSet.Version + " — " + ruleSet.Title.Get(lang) + " (" + HumanFormat.For(lang).Count(ruleSet.Questions.Count, "question", "questions", 0) + ")");
        string? dimension = null;
        foreach (var q in ruleSet.Questions)
        {
            var dim = Dimension(ruleSet, q);
            if (dim != dimension)
            {
                dimension = dim;
                w.WriteLine();
                w.WriteLine("[" + dim + "] " + ruleSet.FindNode(dim)!.Title.Get(lang));
            }

            w.WriteLine("  " + q.Id + " (" + QuestionWords.Type(q.Type, lang) + ") " + q.Text.Get(lang));
            foreach (var line in new[] { QuestionWords.Accepts(q, lang), QuestionWords.NotApplicable(q, lang), QuestionWords.When(q, lang) }.Where(l => l.Length > 0))
            {
                w.WriteLine("      " + line);
            }
        }
    }

    private static void WriteMarkdown(RuleSet ruleSet, string lang, TextWriter w)
    {
        var fr = lang == "fr";
        w.WriteLine("# " + ruleSet.Title.Get(lang) + " (`" + ruleSet.Id + "` " + ruleSet.Version + ")");
        string? dimension = null;
        foreach (var q in ruleSet.Questions)
        {
            var dim = Dimension(ruleSet, q);
            if (dim != dimension)
            {
                dimension = dim;
                w.WriteLine();
                w.WriteLine("## " + ruleSet.FindNode(dim)!.Title.Get(lang) + " (`" + dim + "`)");
                w.WriteLine();
                w.WriteLine(fr ? "| id | question | type | réponses | n/a | condition |" : "| id | question | type | answers | n/a | condition |");
                w.WriteLine("|---|---|---|---|---|---|");
            }

            w.WriteLine("| `" + q.Id + "` | " + Cell(q.Text.Get(lang)) + " | " + QuestionWords.Type(q.Type, lang) + " | " + Cell(QuestionWords.Accepts(q, lang))
                + " | " + (q.AllowsNotApplicable ? (fr ? "oui" : "yes") : string.Empty) + " | " + (q.When is null ? string.Empty : "`" + Cell(q.When) + "`") + " |");
        }
    }

    private static string Cell(string text) => text.Replace("|", "\\|").Replace("\n", " ");

    private static void WriteJson(RuleSet ruleSet, string lang, TextWriter w)
    {
        var document = new
        {
            ruleset = ruleSet.Id,
            version = ruleSet.Version,
            title = ruleSet.Title.Get(lang),
            questions = ruleSet.Questions.Select(q => new
            {
                id = q.Id,
                dimension = Dimension(ruleSet, q),
                node = q.NodeId,
                type = q.Type.ToString().ToLowerInvariant(),
                text = q.Text.Get(lang),
                help = q.Help?.Get(lang),
                options = q.Options.Select(o => new { id = o.Id, label = o.Label.Get(lang), points = o.Points }).ToArray(),
                min = q.Min,
                max = q.Max,
                notApplicable = q.AllowsNotApplicable,
                when = q.When,
            }).ToArray(),
        };
        w.WriteLine(JsonSerializer.Serialize(document, Indented));
    }
}
