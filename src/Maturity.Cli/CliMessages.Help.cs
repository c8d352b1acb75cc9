using Maturity.Diagnostics;

namespace Maturity.Cli;

/// <summary>The --help texts of commands, options and arguments, in the run's language (read after --lang is pre-scanned, so help follows it).</summary>
internal static partial class CliMessages
{
    public static LocalizedMessage HelpRoot() => Of(nameof(HelpRoot));

    public static LocalizedMessage HelpHelp() => Of(nameof(HelpHelp));

    public static LocalizedMessage HelpVerbose() => Of(nameof(HelpVerbose));

    public static LocalizedMessage HelpLanguage() => Of(nameof(HelpLanguage));

    public static LocalizedMessage HelpAssess() => Of(nameof(HelpAssess));

    public static LocalizedMessage HelpExplain() => Of(nameof(HelpExplain));

    public static LocalizedMessage HelpRules() => Of(nameof(HelpRules));

    public static LocalizedMessage HelpAnswersFile() => Of(nameof(HelpAnswersFile));

    public static LocalizedMessage HelpFormatTextJson() => Of(nameof(HelpFormatTextJson));

    public static LocalizedMessage HelpLenient() => Of(nameof(HelpLenient));

    public static LocalizedMessage HelpRuleSetId() => Of(nameof(HelpRuleSetId));

    public static LocalizedMessage HelpTemplateFormat(string formats) => Of(nameof(HelpTemplateFormat), ("formats", formats));

    public static LocalizedMessage HelpTemplateOut() => Of(nameof(HelpTemplateOut));

    public static LocalizedMessage HelpTemplate() => Of(nameof(HelpTemplate));

    public static LocalizedMessage HelpReportAnswers() => Of(nameof(HelpReportAnswers));

    public static LocalizedMessage HelpReportPortfolio() => Of(nameof(HelpReportPortfolio));

    public static LocalizedMessage HelpReportPrevious() => Of(nameof(HelpReportPrevious));

    public static LocalizedMessage HelpReportPeers() => Of(nameof(HelpReportPeers));

    public static LocalizedMessage HelpReportOut() => Of(nameof(HelpReportOut));

    public static LocalizedMessage HelpReport() => Of(nameof(HelpReport));

    public static LocalizedMessage HelpSchemaOut() => Of(nameof(HelpSchemaOut));

    public static LocalizedMessage HelpSchema(string id) => Of(nameof(HelpSchema), ("id", id));

    public static LocalizedMessage HelpRulesCommand() => Of(nameof(HelpRulesCommand));

    public static LocalizedMessage HelpQuestionsFormat() => Of(nameof(HelpQuestionsFormat));

    public static LocalizedMessage HelpQuestions() => Of(nameof(HelpQuestions));

    public static LocalizedMessage HelpInitId() => Of(nameof(HelpInitId));

    public static LocalizedMessage HelpInitExtends() => Of(nameof(HelpInitExtends));

    public static LocalizedMessage HelpInitNaf() => Of(nameof(HelpInitNaf));

    public static LocalizedMessage HelpInitOut() => Of(nameof(HelpInitOut));

    public static LocalizedMessage HelpInit() => Of(nameof(HelpInit));

    public static LocalizedMessage HelpBatchInput() => Of(nameof(HelpBatchInput));

    public static LocalizedMessage HelpBatchOut() => Of(nameof(HelpBatchOut));

    public static LocalizedMessage HelpBatchDialect() => Of(nameof(HelpBatchDialect));

    public static LocalizedMessage HelpBatchSheet() => Of(nameof(HelpBatchSheet));

    public static LocalizedMessage HelpBatchJson() => Of(nameof(HelpBatchJson));

    public static LocalizedMessage HelpBatch() => Of(nameof(HelpBatch));

    public static LocalizedMessage HelpLintPaths() => Of(nameof(HelpLintPaths));

    public static LocalizedMessage HelpLintFormat() => Of(nameof(HelpLintFormat));

    public static LocalizedMessage HelpLint() => Of(nameof(HelpLint));
}
