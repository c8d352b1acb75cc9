using System.CommandLine;
using System.CommandLine.Help;
using System.IO;

namespace Maturity.Cli;

/// <summary>Builds the command tree and runs it. Output goes to the writers given, so tests run it in-process.</summary>
internal static class MaturityCommand
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        // Named here rather than after the executable, so help says 'maturity' however it is started
        // (the installed tool, dotnet run, dotnet Maturity.Cli.dll).
        var root = new Command("maturity", "Maturity: lint rule sets, assess companies' digital maturity, explain scores.")
        {
            new HelpOption(),
            new VersionOption(),
        };
        root.Subcommands.Add(LintCommand.Create(stdout, stderr));
        root.Subcommands.Add(AssessCommand.Create("assess", "Score a company's answers: report, or JSON with --format json.", explain: false, stdout, stderr));
        root.Subcommands.Add(Batch.BatchCommand.Create(stdout, stderr));
        root.Subcommands.Add(AssessCommand.Create("explain", "Trace every number of an assessment back to answers and weights.", explain: true, stdout, stderr));
        root.Subcommands.Add(ReportCommand.Create(stdout, stderr));
        root.Subcommands.Add(Catalog.RulesCommand.Create(stdout, stderr));
        root.Subcommands.Add(Catalog.QuestionsCommand.Create(stdout, stderr));
        root.Subcommands.Add(Templates.TemplateCommand.Create(stdout, stderr));
        root.Subcommands.Add(Catalog.InitCommand.Create(stdout, stderr));
        root.Subcommands.Add(Catalog.SchemaCommand.Create(stdout, stderr));
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors)
            {
                stderr.WriteLine("maturity: " + e.Message);
            }

            stderr.WriteLine("Run 'maturity --help' for usage.");
            return ExitCodes.Usage;
        }

        var config = new InvocationConfiguration { Output = stdout, Error = stderr };
        return parse.Invoke(config);
    }
}
