using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Linq;
using Maturity.Internal;

namespace Maturity.Cli;

/// <summary>The parser's usage errors in the run's language. System.CommandLine 2.0.0 ships French resources, but
/// they leave some messages in English ("Option '--ruleset' is required.", "'x' was not matched"), so the two
/// errors a user meets most, a required option left out and an unknown word, are told by the tool's own messages
/// (with "did you mean"); any other error passes as the parser words it.</summary>
internal static class UsageErrors
{
    public static IEnumerable<string> Describe(ParseResult parse)
    {
        var missing = MissingRequiredOptions(parse);
        foreach (var error in parse.Errors)
        {
            if (missing.FirstOrDefault(o => Names(error.Message, o.Name)) is { } option)
            {
                yield return CliMessages.Text(CliMessages.OptionRequired(option.Name));
            }
            else if (parse.UnmatchedTokens.FirstOrDefault(t => Names(error.Message, t)) is { } token)
            {
                yield return CliMessages.Text(CliMessages.UnknownArgument(token, NearestNames.Find(token, ValidWords(parse.CommandResult))));
            }
            else
            {
                yield return error.Message;
            }
        }
    }

    // The parser quotes the option or token it is about.
    private static bool Names(string message, string name) => message.Contains("'" + name + "'", System.StringComparison.Ordinal);

    /// <summary>The required options of the command run and the recursive ones of its parents that were not given.</summary>
    private static List<Option> MissingRequiredOptions(ParseResult parse)
    {
        var missing = new List<Option>();
        for (var command = parse.CommandResult; command is not null; command = command.Parent as CommandResult)
        {
            missing.AddRange(command.Command.Options.Where(o => o.Required
                && (ReferenceEquals(command, parse.CommandResult) || o.Recursive)
                && parse.GetResult(o) is not OptionResult { Implicit: false }));
        }

        return missing;
    }

    /// <summary>The subcommands and option names a word could have been meant as, at the command run.</summary>
    private static IEnumerable<string> ValidWords(CommandResult command) =>
        command.Command.Subcommands.Select(c => c.Name)
            .Concat(command.Command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)));
}
