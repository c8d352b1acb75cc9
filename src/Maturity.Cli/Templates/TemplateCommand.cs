using System.CommandLine;
using System.IO;
using System.Text;
using Maturity.Cli.Catalog;

namespace Maturity.Cli.Templates;

/// <summary><c>maturity template --ruleset &lt;id&gt; --format yaml|json|csv|xlsx [--lang] [-o file]</c>: a ready-to-fill
/// answers file, or a batch CSV or workbook, for one rule set.</summary>
internal static class TemplateCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var ruleset = new Option<string>("--ruleset", "-s") { Description = CliMessages.Text(CliMessages.HelpRuleSetId()), Required = true };
        var rules = RulesOption.Create();
        var format = new Option<string>("--format", "-f") { Description = CliMessages.Text(CliMessages.HelpTemplateFormat(string.Join(", ", TemplateFormats.Names))), DefaultValueFactory = _ => "yaml" };
        format.AcceptOnlyFromAmong(TemplateFormats.Names);
        var output = new Option<string?>("--out", "-o") { Description = CliMessages.Text(CliMessages.HelpTemplateOut()) };
        var command = new Command("template", CliMessages.Text(CliMessages.HelpTemplate())) { ruleset, rules, format, output };
        command.SetAction(parse => Execute(parse.GetValue(ruleset)!, parse.GetValue(rules), TemplateFormats.Get(parse.GetValue(format)!), CliLanguage.Current, parse.GetValue(output), stdout, stderr));
        return command;
    }

    private static int Execute(string id, string? rulesPath, ITemplateFormat format, string lang, string? output, TextWriter stdout, TextWriter stderr)
    {
        if (output is null && format.IsBinary)
        {
            CliMessages.Fail(stderr, CliMessages.TemplateNeedsFile(format.Name));
            return ExitCodes.Usage;
        }

        if (RuleSetChoice.Find(id, rulesPath, stderr, out var exit) is not { } ruleSet)
        {
            return exit;
        }

        using var buffer = new MemoryStream();
        format.Write(new AnswerTemplate(ruleSet, lang), buffer);
        if (output is not null)
        {
            return NewFile.Write(output, buffer.ToArray(), stdout, stderr);
        }

        // A terminal gets the text without the byte-order mark a file may carry.
        stdout.Write(new UTF8Encoding(false).GetString(buffer.ToArray()).TrimStart('\uFEFF'));
        return ExitCodes.Success;
    }
}
