using System.CommandLine;
using System.IO;
using Maturity.Catalog;
using Maturity.Model;
using Maturity.Scoring;

namespace Maturity.Cli;

/// <summary>The <c>--rules</c> option every command shares: a rule file or folder; when absent, <c>./rules</c>
/// if that folder exists, else the rule sets shipped inside the tool. Falling back to the shipped ones is said on stderr.</summary>
internal static class RulesOption
{
    public const string DefaultFolder = "rules";

    public static Option<string?> Create() =>
        new("--rules", "-r") { Description = CliMessages.Text(CliMessages.HelpRules()) };

    /// <summary>The rule sets to use, or null (after a message on stderr) when the path given does not exist.</summary>
    public static CliRules? Load(string? path, TextWriter stderr)
    {
        if (path is not null)
        {
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                CliMessages.Fail(stderr, CliMessages.RulesNotFound(path));
                return null;
            }

            return CliRules.Load([path]);
        }

        if (Directory.Exists(DefaultFolder))
        {
            return CliRules.Load([DefaultFolder]);
        }

        CliMessages.Fail(stderr, CliMessages.UsingShippedRules(DefaultFolder));
        return CliRules.Shipped();
    }

    /// <summary>Valid rule sets to assess with, and the rule set of <paramref name="path"/> when it is one file
    /// (it scores answers that name no rule set); null after printing why, with the exit code.</summary>
    public static (RuleSetCatalog Catalog, RuleSet? Single)? LoadForAssessment(string? path, TextWriter stderr, out int exitCode)
    {
        exitCode = ExitCodes.Usage;
        if (Load(path, stderr) is not { } rules)
        {
            return null;
        }

        if (!rules.Success)
        {
            CliMessages.Print(stderr, rules.Relevant);
            CliMessages.Fail(stderr, CliMessages.RulesInvalid(rules.Origin));
            exitCode = ExitCodes.InvalidInput;
            return null;
        }

        exitCode = ExitCodes.Success;
        return (rules.Catalog, path is not null && File.Exists(path) ? rules.RuleSetOf(path) : null);
    }
}
