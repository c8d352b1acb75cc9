using System.Collections.Generic;

namespace Maturity.Diagnostics;

/// <summary>Compiling a rule set's structure: ids, labels in every language, the dimension and group tree,
/// answer options. The <c>Kind…</c> words ("question id") and <c>…Named</c> ones fill other messages' <c>{kind}</c>,
/// <c>{node}</c>, <c>{owner}</c> and <c>{scope}</c>, so each language builds its own sentence.</summary>
internal static partial class Messages
{
    public static LocalizedMessage KindAnswerSet() => Of(nameof(KindAnswerSet));

    public static LocalizedMessage KindOption() => Of(nameof(KindOption));

    public static LocalizedMessage KindRecommendation() => Of(nameof(KindRecommendation));

    public static LocalizedMessage KindIndicator() => Of(nameof(KindIndicator));

    public static LocalizedMessage KindLevel() => Of(nameof(KindLevel));

    public static LocalizedMessage KindQuestion() => Of(nameof(KindQuestion));

    public static LocalizedMessage KindDimension() => Of(nameof(KindDimension));

    public static LocalizedMessage KindGroup() => Of(nameof(KindGroup));

    public static LocalizedMessage IdNotValid(LocalizedMessage kind, string id) => Of(nameof(IdNotValid), ("kind", kind), ("id", id));

    public static LocalizedMessage QuestionIdNotValid(LocalizedMessage kind, string id) => Of(nameof(QuestionIdNotValid), ("kind", kind), ("id", id));

    public static LocalizedMessage IdUsedTwice(LocalizedMessage kind, string id, string first) => Of(nameof(IdUsedTwice), ("kind", kind), ("id", id), ("first", first));

    public static LocalizedMessage LabelUndeclaredLanguage(string key, string language, IReadOnlyList<string> languages) =>
        Of(nameof(LabelUndeclaredLanguage), ("key", key), ("language", language), ("languages", languages));

    public static LocalizedMessage LabelEmpty(string key, string language) => Of(nameof(LabelEmpty), ("key", key), ("language", language));

    public static LocalizedMessage LabelMissing(string key, string language, IReadOnlyList<string> languages) =>
        Of(nameof(LabelMissing), ("key", key), ("language", language), ("languages", languages));

    public static LocalizedMessage NodeGroup(string group) => Of(nameof(NodeGroup), ("group", group));

    public static LocalizedMessage RuleSetDimensions() => Of(nameof(RuleSetDimensions));

    public static LocalizedMessage FormulaMissing(LocalizedMessage node) => Of(nameof(FormulaMissing), ("node", node));

    public static LocalizedMessage FormulaWithoutAggregate(LocalizedMessage node) => Of(nameof(FormulaWithoutAggregate), ("node", node));

    public static LocalizedMessage FormulaRawNeedsMax(LocalizedMessage node) => Of(nameof(FormulaRawNeedsMax), ("node", node));

    public static LocalizedMessage NodeEmpty(LocalizedMessage node) => Of(nameof(NodeEmpty), ("node", node));

    public static LocalizedMessage NodeOnlyInformational(LocalizedMessage node) => Of(nameof(NodeOnlyInformational), ("node", node));

    public static LocalizedMessage WeightsAllZero(LocalizedMessage scope) => Of(nameof(WeightsAllZero), ("scope", scope));

    public static LocalizedMessage AnswerSetNamed(string answerSet) => Of(nameof(AnswerSetNamed), ("answerSet", answerSet));

    public static LocalizedMessage QuestionNamed(string question) => Of(nameof(QuestionNamed), ("question", question));

    public static LocalizedMessage OptionsNone(LocalizedMessage owner) => Of(nameof(OptionsNone), ("owner", owner));

    public static LocalizedMessage OptionTwice(string option, LocalizedMessage owner) => Of(nameof(OptionTwice), ("option", option), ("owner", owner));

    public static LocalizedMessage AnswerSetUnknown(string answerSet) => Of(nameof(AnswerSetUnknown), ("answerSet", answerSet));

    public static LocalizedMessage AnswerSetUnknownAmong(string answerSet, IReadOnlyList<string> known) =>
        Of(nameof(AnswerSetUnknownAmong), ("answerSet", answerSet), ("known", known));

    public static LocalizedMessage AnswersRequired(string type, string question) => Of(nameof(AnswersRequired), ("type", type), ("question", question));

    public static LocalizedMessage KeyNotForType(string key, string type) => Of(nameof(KeyNotForType), ("key", key), ("type", type));
}
