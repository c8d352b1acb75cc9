using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Resources;
using Maturity.Diagnostics;

namespace Maturity.Cli;

/// <summary>What the tool itself says (usage errors, summaries, hints), one factory per message: the name is the
/// key in CliMessages.resx (English) and CliMessages.fr.resx (French). Rendered like the library's diagnostics,
/// in the language of the run (<see cref="CliLanguage"/>); CliMessageCatalogTests fails on a message in one
/// language only.</summary>
internal static partial class CliMessages
{
    public static MessageCatalog Catalog { get; } = new(new ResourceManager("Maturity.Cli.CliMessages", typeof(CliMessages).Assembly));

    /// <summary>Writes <c>maturity: message</c>, in the run's language.</summary>
    public static void Fail(TextWriter writer, LocalizedMessage message) => writer.WriteLine("maturity: " + Text(message));

    /// <summary>The message in the run's language.</summary>
    public static string Text(LocalizedMessage message) => message.Format(CultureInfo.CurrentUICulture);

    /// <summary>Every diagnostic in canonical form, its message in the run's language.</summary>
    public static void Print(TextWriter writer, IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            writer.WriteLine(d.Describe(CultureInfo.CurrentUICulture));
        }
    }

    public static LocalizedMessage InternalError(string type, string message) => Of(nameof(InternalError), ("type", type), ("message", message));

    public static LocalizedMessage InternalErrorHint(string type, string message, string option) =>
        Of(nameof(InternalErrorHint), ("type", type), ("message", message), ("option", option));

    public static LocalizedMessage UsageHint() => Of(nameof(UsageHint));

    public static LocalizedMessage RulesNotFound(string path) => Of(nameof(RulesNotFound), ("path", path));

    public static LocalizedMessage UsingShippedRules(string folder) => Of(nameof(UsingShippedRules), ("folder", folder));

    public static LocalizedMessage ShippedRuleSets() => Of(nameof(ShippedRuleSets));

    public static LocalizedMessage RulesInvalid(string origin) => Of(nameof(RulesInvalid), ("origin", origin));

    public static LocalizedMessage AlreadyExists(string path) => Of(nameof(AlreadyExists), ("path", path));

    public static LocalizedMessage CannotWrite(string path, string reason) => Of(nameof(CannotWrite), ("path", path), ("reason", reason));

    public static LocalizedMessage Wrote(string path) => Of(nameof(Wrote), ("path", path));

    public static LocalizedMessage AnswersFileNotFound(string path) => Of(nameof(AnswersFileNotFound), ("path", path));

    public static LocalizedMessage PortfolioFolderNotFound(string path) => Of(nameof(PortfolioFolderNotFound), ("path", path));

    public static LocalizedMessage PreviousFolderNotFound(string path) => Of(nameof(PreviousFolderNotFound), ("path", path));

    public static LocalizedMessage PeersFolderNotFound(string path) => Of(nameof(PeersFolderNotFound), ("path", path));

    public static LocalizedMessage NoSuchPath(string path) => Of(nameof(NoSuchPath), ("path", path));

    public static LocalizedMessage TemplateNeedsFile(string format) => Of(nameof(TemplateNeedsFile), ("format", format));

    public static LocalizedMessage ReportNeedsOneInput() => Of(nameof(ReportNeedsOneInput));

    public static LocalizedMessage PreviousGoesWithPortfolio() => Of(nameof(PreviousGoesWithPortfolio));

    public static LocalizedMessage PeersGoWithAnswers() => Of(nameof(PeersGoWithAnswers));

    public static LocalizedMessage NoPeerWithRuleSet(string peers, string ruleSet) => Of(nameof(NoPeerWithRuleSet), ("peers", peers), ("ruleSet", ruleSet));

    public static LocalizedMessage NoSuchRuleSet(string ruleSet, string origin, IReadOnlyList<string> available) =>
        Of(nameof(NoSuchRuleSet), ("ruleSet", ruleSet), ("origin", origin), ("available", available));

    public static LocalizedMessage NotANafPrefix(string prefix) => Of(nameof(NotANafPrefix), ("prefix", prefix));

    public static LocalizedMessage CannotMakeRuleSet(string ruleSet) => Of(nameof(CannotMakeRuleSet), ("ruleSet", ruleSet));

    public static LocalizedMessage CannotMakeRuleSetExtending(string ruleSet, string extends) =>
        Of(nameof(CannotMakeRuleSetExtending), ("ruleSet", ruleSet), ("extends", extends));

    public static LocalizedMessage LintValid(int ruleSets, int warnings) => Of(nameof(LintValid), ("ruleSets", ruleSets), ("warnings", warnings));

    public static LocalizedMessage LintInvalid(int errors, int warnings) => Of(nameof(LintInvalid), ("errors", errors), ("warnings", warnings));

    public static LocalizedMessage NeighbourIgnored(object message) => Of(nameof(NeighbourIgnored), ("message", message));

    public static LocalizedMessage OutputIsInput(string output, string input) => Of(nameof(OutputIsInput), ("output", output), ("input", input));

    public static LocalizedMessage OutputTwice(string output) => Of(nameof(OutputTwice), ("output", output));

    public static LocalizedMessage FolderMissing() => Of(nameof(FolderMissing));

    public static LocalizedMessage IsAFolder() => Of(nameof(IsAFolder));

    public static LocalizedMessage NotARegularFile() => Of(nameof(NotARegularFile));

    public static LocalizedMessage ReadOnly() => Of(nameof(ReadOnly));

    public static LocalizedMessage InputNotFound(string path) => Of(nameof(InputNotFound), ("path", path));

    public static LocalizedMessage InputIsAFolder(string path) => Of(nameof(InputIsAFolder), ("path", path));

    public static LocalizedMessage InputNotARegularFile(string path) => Of(nameof(InputNotARegularFile), ("path", path));

    public static LocalizedMessage FileTooLarge() => Of(nameof(FileTooLarge));

    public static LocalizedMessage NoSpaceLeft() => Of(nameof(NoSpaceLeft));

    public static LocalizedMessage BatchNotCompleted(string reason) => Of(nameof(BatchNotCompleted), ("reason", reason));

    public static LocalizedMessage BatchInterrupted(long rows) => Of(nameof(BatchInterrupted), ("rows", rows));

    public static LocalizedMessage BatchDone(long rows, long scored, long failed, double seconds, string output) =>
        Of(nameof(BatchDone), ("rows", rows), ("scored", scored), ("failed", failed), ("seconds", seconds), ("output", output));

    public static LocalizedMessage BatchLines(long lines, long header, long inRows, long blank) =>
        Of(nameof(BatchLines), ("lines", lines), ("header", header), ("inRows", inRows), ("blank", blank));

    public static LocalizedMessage BatchProgress(long rows, double rate) => Of(nameof(BatchProgress), ("rows", rows), ("rate", rate));

    public static LocalizedMessage OptionRequired(string option) => Of(nameof(OptionRequired), ("option", option));

    public static LocalizedMessage UnknownArgument(string argument, IReadOnlyList<string> suggestions) =>
        Of(nameof(UnknownArgument), ("argument", argument), (MessageCatalog.Suggestions, suggestions));

    private static LocalizedMessage Of(string key, params (string Name, object Value)[] arguments) => Catalog.Message(key, arguments);
}
