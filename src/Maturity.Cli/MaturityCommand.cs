using System;
using System.CommandLine;
using System.CommandLine.Help;
using System.Globalization;
using System.IO;

namespace Maturity.Cli;

/// <summary>Builds the command tree and runs it. Output goes to the writers given, so tests run it in-process.</summary>
internal static class MaturityCommand
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var verbose = Array.Exists(args, a => a == VerboseOption);
        var interfaceCulture = CultureInfo.CurrentUICulture;
        try
        {
            // Set before parsing, so that a usage error already speaks the language asked for.
            if (CliLanguage.Scan(args) is { } language)
            {
                CultureInfo.CurrentUICulture = CliLanguage.Culture(language);
            }

            return Dispatch(args, stdout, stderr);
        }
#pragma warning disable CA1031 // The last line of defence: whatever escaped, the user gets one line and exit 3, never a stack trace.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            var message = ex.Message.Split('\n')[0].TrimEnd();
            CliMessages.Fail(stderr, verbose ? CliMessages.InternalError(ex.GetType().Name, message) : CliMessages.InternalErrorHint(ex.GetType().Name, message, VerboseOption));
            if (verbose)
            {
                stderr.WriteLine(ex.ToString());
            }

            return ExitCodes.InternalError;
        }
        finally
        {
            CultureInfo.CurrentUICulture = interfaceCulture;
        }
    }

    private const string VerboseOption = "--verbose";

    private static int Dispatch(string[] args, TextWriter stdout, TextWriter stderr)
    {
        // Named here rather than after the executable, so help says 'maturity' however it is started
        // (the installed tool, dotnet run, dotnet Maturity.Cli.dll).
        var root = new Command("maturity", CliMessages.Text(CliMessages.HelpRoot()))
        {
            new HelpOption { Description = CliMessages.Text(CliMessages.HelpHelp()) },
            new VersionOption(),
        };
        root.Options.Add(new Option<bool>(VerboseOption) { Description = CliMessages.Text(CliMessages.HelpVerbose()), Recursive = true });
        var language = CliLanguage.Create();
        root.Options.Add(language);
        root.Subcommands.Add(LintCommand.Create(stdout, stderr));
        root.Subcommands.Add(AssessCommand.Create("assess", CliMessages.Text(CliMessages.HelpAssess()), explain: false, stdout, stderr));
        root.Subcommands.Add(Batch.BatchCommand.Create(stdout, stderr));
        root.Subcommands.Add(AssessCommand.Create("explain", CliMessages.Text(CliMessages.HelpExplain()), explain: true, stdout, stderr));
        root.Subcommands.Add(ReportCommand.Create(stdout, stderr));
        root.Subcommands.Add(Catalog.RulesCommand.Create(stdout, stderr));
        root.Subcommands.Add(Catalog.QuestionsCommand.Create(stdout, stderr));
        root.Subcommands.Add(Templates.TemplateCommand.Create(stdout, stderr));
        root.Subcommands.Add(Catalog.InitCommand.Create(stdout, stderr));
        root.Subcommands.Add(Catalog.SchemaCommand.Create(stdout, stderr));
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var message in UsageErrors.Describe(parse))
            {
                stderr.WriteLine("maturity: " + message);
            }

            stderr.WriteLine(CliMessages.Text(CliMessages.UsageHint()));
            return ExitCodes.Usage;
        }

        CultureInfo.CurrentUICulture = CliLanguage.Culture(parse.GetValue(language)!);

        var config = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
        return parse.Invoke(config);
    }
}
