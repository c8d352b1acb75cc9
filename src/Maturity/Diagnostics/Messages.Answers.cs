using System.Collections.Generic;

namespace Maturity.Diagnostics;

/// <summary>Answers: binding a sheet to a rule set, cells, company fields, picking a rule set, scoring.</summary>
internal static partial class Messages
{
    public static LocalizedMessage UnknownQuestion(string ruleSet, string question, IReadOnlyList<string> suggestions) =>
        Of(nameof(UnknownQuestion), ("ruleSet", ruleSet), ("question", question), (MessageCatalog.Suggestions, suggestions));

    public static LocalizedMessage NotApplicableNotAllowed(string question) => Of(nameof(NotApplicableNotAllowed), ("question", question));

    public static LocalizedMessage AnswerBeyondLimit(double answer, string question, double limit) =>
        Of(nameof(AnswerBeyondLimit), ("answer", answer), ("question", question), ("limit", limit));

    public static LocalizedMessage AnswerOutOfRange(double answer, string question, object min, object max) =>
        Of(nameof(AnswerOutOfRange), ("answer", answer), ("question", question), ("min", min), ("max", max));

    public static LocalizedMessage AnswerNotWhole(double answer, string question) => Of(nameof(AnswerNotWhole), ("answer", answer), ("question", question));

    public static LocalizedMessage AnswerToHiddenQuestion(string question, string condition) =>
        Of(nameof(AnswerToHiddenQuestion), ("question", question), ("condition", condition));

    public static LocalizedMessage WrongAnswerTypeBoolean(string question, string answer) =>
        Of(nameof(WrongAnswerTypeBoolean), ("question", question), ("answer", answer));

    public static LocalizedMessage WrongAnswerTypeChoice(string question, string answer, IReadOnlyList<string> options) =>
        Of(nameof(WrongAnswerTypeChoice), ("question", question), ("answer", answer), ("options", options));

    public static LocalizedMessage WrongAnswerTypeMulti(string question, string answer, IReadOnlyList<string> options) =>
        Of(nameof(WrongAnswerTypeMulti), ("question", question), ("answer", answer), ("options", options));

    public static LocalizedMessage WrongAnswerTypeNumber(string question, string type, string answer) =>
        Of(nameof(WrongAnswerTypeNumber), ("question", question), ("type", type), ("answer", answer));

    public static LocalizedMessage UnknownAnswerOption(string option, string question, IReadOnlyList<string> options, IReadOnlyList<string> suggestions) =>
        Of(nameof(UnknownAnswerOption), ("option", option), ("question", question), ("options", options), (MessageCatalog.Suggestions, suggestions));

    public static LocalizedMessage CellNotBoolean(string question, string cell) => Of(nameof(CellNotBoolean), ("question", question), ("cell", cell));

    public static LocalizedMessage CellNotNumber(string question, string cell) => Of(nameof(CellNotNumber), ("question", question), ("cell", cell));

    public static LocalizedMessage AnswersTooLarge() => Of(nameof(AnswersTooLarge));

    public static LocalizedMessage CompanyIdEmpty() => Of(nameof(CompanyIdEmpty));

    public static LocalizedMessage EmployeesNegative() => Of(nameof(EmployeesNegative));

    public static LocalizedMessage NotADate(string text) => Of(nameof(NotADate), ("text", text));

    public static LocalizedMessage NotANafCode(string code) => Of(nameof(NotANafCode), ("code", code));

    public static LocalizedMessage RuleSetNotLoaded(string ruleSet, IReadOnlyList<string> loaded) =>
        Of(nameof(RuleSetNotLoaded), ("ruleSet", ruleSet), ("loaded", loaded));

    public static LocalizedMessage NoRuleSetForNaf(string naf) => Of(nameof(NoRuleSetForNaf), ("naf", naf));

    public static LocalizedMessage FallbackRuleSet(string naf, string ruleSet) => Of(nameof(FallbackRuleSet), ("naf", naf), ("ruleSet", ruleSet));

    public static LocalizedMessage NodeNotFinite(string node, string file) => Of(nameof(NodeNotFinite), ("node", node), ("file", file));

    public static LocalizedMessage IndicatorNotFinite(string indicator, string file) => Of(nameof(IndicatorNotFinite), ("indicator", indicator), ("file", file));
}
