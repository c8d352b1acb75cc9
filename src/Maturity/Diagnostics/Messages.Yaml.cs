using System.Collections.Generic;

namespace Maturity.Diagnostics;

/// <summary>Reading YAML values: what a value is (the words naming a key, a section or an answer), what it should be, and what was found.</summary>
internal static partial class Messages
{
    public static LocalizedMessage UnknownKeyIn(string key, LocalizedMessage what, IReadOnlyList<string> known) => Of(nameof(UnknownKeyIn), ("key", key), ("what", what), ("known", known));

    public static LocalizedMessage MissingKeyIn(string key, LocalizedMessage what) => Of(nameof(MissingKeyIn), ("key", key), ("what", what));

    public static LocalizedMessage NotAValidWord(string value, LocalizedMessage what, IReadOnlyList<string> words) => Of(nameof(NotAValidWord), ("value", value), ("what", what), ("words", words));

    public static LocalizedMessage WrongTypeOf(LocalizedMessage what, LocalizedMessage expected, LocalizedMessage actual) => Of(nameof(WrongTypeOf), ("what", what), ("expected", expected), ("actual", actual));

    public static LocalizedMessage ExpectMapping() => Of(nameof(ExpectMapping));

    public static LocalizedMessage ExpectList() => Of(nameof(ExpectList));

    public static LocalizedMessage ExpectValue() => Of(nameof(ExpectValue));

    public static LocalizedMessage ExpectNumber() => Of(nameof(ExpectNumber));

    public static LocalizedMessage ExpectWholeNumber() => Of(nameof(ExpectWholeNumber));

    public static LocalizedMessage ExpectBoolean() => Of(nameof(ExpectBoolean));

    public static LocalizedMessage ExpectExpression() => Of(nameof(ExpectExpression));

    public static LocalizedMessage ExpectLabel() => Of(nameof(ExpectLabel));

    public static LocalizedMessage ExpectScaleValue() => Of(nameof(ExpectScaleValue));

    public static LocalizedMessage GotNothing() => Of(nameof(GotNothing));

    public static LocalizedMessage WhatRuleFile() => Of(nameof(WhatRuleFile));

    public static LocalizedMessage WhatRuleSet() => Of(nameof(WhatRuleSet));

    public static LocalizedMessage WhatAnswersFile() => Of(nameof(WhatAnswersFile));

    public static LocalizedMessage WhatTheAnswersFile() => Of(nameof(WhatTheAnswersFile));

    public static LocalizedMessage WhatScale() => Of(nameof(WhatScale));

    public static LocalizedMessage WhatUnansweredPolicy() => Of(nameof(WhatUnansweredPolicy));

    public static LocalizedMessage WhatOverallAggregate() => Of(nameof(WhatOverallAggregate));

    public static LocalizedMessage WhatAggregate() => Of(nameof(WhatAggregate));

    public static LocalizedMessage WhatQuestionType() => Of(nameof(WhatQuestionType));

    public static LocalizedMessage WhatMultiScoring() => Of(nameof(WhatMultiScoring));

    public static LocalizedMessage WhatEffort() => Of(nameof(WhatEffort));

    public static LocalizedMessage WhatDimension() => Of(nameof(WhatDimension));

    public static LocalizedMessage WhatGroup() => Of(nameof(WhatGroup));

    public static LocalizedMessage WhatQuestion() => Of(nameof(WhatQuestion));

    public static LocalizedMessage WhatBand() => Of(nameof(WhatBand));

    public static LocalizedMessage WhatLevel() => Of(nameof(WhatLevel));

    public static LocalizedMessage WhatRecommendation() => Of(nameof(WhatRecommendation));

    public static LocalizedMessage WhatLink() => Of(nameof(WhatLink));

    public static LocalizedMessage WhatIndicator() => Of(nameof(WhatIndicator));

    public static LocalizedMessage WhatScaleLabelKey() => Of(nameof(WhatScaleLabelKey));

    public static LocalizedMessage WhatAnswerSet(string name) => Of(nameof(WhatAnswerSet), ("name", name));

    public static LocalizedMessage WhatOptionOf(LocalizedMessage what) => Of(nameof(WhatOptionOf), ("what", what));

    public static LocalizedMessage WhatItemOf(LocalizedMessage what) => Of(nameof(WhatItemOf), ("what", what));

    public static LocalizedMessage WhatInLanguage(LocalizedMessage what, string language) => Of(nameof(WhatInLanguage), ("what", what), ("language", language));

    public static LocalizedMessage WhatAnswerTo(string question) => Of(nameof(WhatAnswerTo), ("question", question));

    public static LocalizedMessage WhatOptionKey(string key) => Of(nameof(WhatOptionKey), ("key", key));

    public static LocalizedMessage WhatBandKey(string key) => Of(nameof(WhatBandKey), ("key", key));

    public static LocalizedMessage WhatLinkKey(string key) => Of(nameof(WhatLinkKey), ("key", key));

    public static LocalizedMessage WhatGateKey(string key) => Of(nameof(WhatGateKey), ("key", key));

    public static LocalizedMessage WhatCompanyKey(string key) => Of(nameof(WhatCompanyKey), ("key", key));

    public static LocalizedMessage WhatRequiresCondition() => Of(nameof(WhatRequiresCondition));

    public static LocalizedMessage WhatQuestionAnswers() => Of(nameof(WhatQuestionAnswers));

    public static LocalizedMessage WhatScaleLabel() => Of(nameof(WhatScaleLabel));

    public static LocalizedMessage QuotedName(string name) => Of(nameof(QuotedName), ("name", name));
}
