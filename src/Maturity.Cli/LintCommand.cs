using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using Maturity.Diagnostics;
using Maturity.Loading;

namespace Maturity.Cli;

/// <summary><c>maturity lint &lt;files-or-folders&gt;</c>: loads rule sets and prints every diagnostic.</summary>
internal static class LintCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = new Argument<string[]>("paths") { Description = CliMessages.Text(CliMessages.HelpLintPaths()), Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = CliMessages.Text(CliMessages.HelpLintFormat()), DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("lint", CliMessages.Text(CliMessages.HelpLint())) { paths, format };
        command.SetAction(parse => Execute(parse.GetValue(paths)!, parse.GetValue(format)!, stdout, stderr));
        return command;
    }

    private static int Execute(string[] paths, string format, TextWriter stdout, TextWriter stderr)
    {
        foreach (var p in paths)
        {
            if (!Directory.Exists(p) && !File.Exists(p))
            {
                CliMessages.Fail(stderr, CliMessages.NoSuchPath(p));
                return ExitCodes.Usage;
            }
        }

        var rules = CliRules.Load(paths);
        var diagnostics = rules.Relevant;
        if (format == "json")
        {
            DiagnosticJson.Write(stdout, diagnostics);
        }
        else
        {
            CliMessages.Print(stdout, diagnostics);
            var errors = diagnostics.Count(d => d.IsError);
            var warnings = diagnostics.Count - errors;
            stderr.WriteLine(CliMessages.Text(errors == 0 ? CliMessages.LintValid(rules.RequestedValid, warnings) : CliMessages.LintInvalid(errors, warnings)));
        }

        return diagnostics.Any(d => d.IsError) ? ExitCodes.InvalidInput : ExitCodes.Success;
    }
}
