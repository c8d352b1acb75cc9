using System.CommandLine;
using System.IO;
using Maturity.Catalog;
using Maturity.Output;
using Maturity.Reporting;
using Maturity.Scoring;

namespace Maturity.Cli;

/// <summary><c>maturity assess</c> and <c>maturity explain</c>: score one company's answers file.</summary>
internal static class AssessCommand
{
    public static Command Create(string name, string description, bool explain, TextWriter stdout, TextWriter stderr)
    {
        var answers = new Option<string>("--answers", "-a") { Description = CliMessages.Text(CliMessages.HelpAnswersFile()), Required = true };
        var rules = RulesOption.Create();
        var format = new Option<string>("--format", "-f") { Description = CliMessages.Text(CliMessages.HelpFormatTextJson()), DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var lenient = new Option<bool>("--lenient") { Description = CliMessages.Text(CliMessages.HelpLenient()) };
        var command = new Command(name, description) { answers, rules, lenient };
        if (!explain)
        {
            command.Options.Add(format);
        }

        command.SetAction(parse => Execute(
            parse.GetValue(answers)!, parse.GetValue(rules), explain ? "explain" : parse.GetValue(format)!, CliLanguage.Current, parse.GetValue(lenient), stdout, stderr));
        return command;
    }

    private static int Execute(string answersPath, string? rulesPath, string format, string lang, bool lenient, TextWriter stdout, TextWriter stderr)
    {
        if (!File.Exists(answersPath))
        {
            CliMessages.Fail(stderr, CliMessages.AnswersFileNotFound(answersPath));
            return ExitCodes.Usage;
        }

        if (RulesOption.LoadForAssessment(rulesPath, stderr, out var exit) is not var (catalog, single))
        {
            return exit;
        }

        if (CliAssessment.AssessFile(answersPath, catalog, single, lenient, stderr) is not { } result)
        {
            return ExitCodes.InvalidInput;
        }

        stdout.Write(format switch
        {
            "json" => AssessmentJson.Write(result) + System.Environment.NewLine,
            "explain" => result.Explain(lang),
            _ => TextReport.Render(result, lang),
        });
        return ExitCodes.Success;
    }
}
