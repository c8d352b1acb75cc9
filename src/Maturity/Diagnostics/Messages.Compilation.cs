namespace Maturity.Diagnostics;

/// <summary>Compiling a rule set: header, levels, gates, recommendations, questions, formulas.</summary>
internal static partial class Messages
{
    public static LocalizedMessage NoDimensions() => Of(nameof(NoDimensions));

    public static LocalizedMessage TooManyItems(int count, int limit) => Of(nameof(TooManyItems), ("count", count), ("limit", limit));

    public static LocalizedMessage OverallFormula() => Of(nameof(OverallFormula));

    public static LocalizedMessage NotASemanticVersion(string version) => Of(nameof(NotASemanticVersion), ("version", version));

    public static LocalizedMessage NotALanguageCode(string language) => Of(nameof(NotALanguageCode), ("language", language));

    public static LocalizedMessage LanguageTwice(string language) => Of(nameof(LanguageTwice), ("language", language));

    public static LocalizedMessage NoLanguage() => Of(nameof(NoLanguage));

    public static LocalizedMessage NotANafPrefix(string prefix) => Of(nameof(NotANafPrefix), ("prefix", prefix));

    public static LocalizedMessage AnswerSetTwice(string answerSet) => Of(nameof(AnswerSetTwice), ("answerSet", answerSet));

    public static LocalizedMessage OptionNegativePoints(string option) => Of(nameof(OptionNegativePoints), ("option", option));

    public static LocalizedMessage LevelTwice(string level) => Of(nameof(LevelTwice), ("level", level));

    public static LocalizedMessage LevelBelowPrevious(string level, double min, double previous) =>
        Of(nameof(LevelBelowPrevious), ("level", level), ("min", min), ("previous", previous));

    public static LocalizedMessage LevelIndistinguishable(string level) => Of(nameof(LevelIndistinguishable), ("level", level));

    public static LocalizedMessage LevelUnreachable(string level, double min, LocalizedMessage scope, double max) =>
        Of(nameof(LevelUnreachable), ("level", level), ("min", min), ("scope", scope), ("max", max));

    public static LocalizedMessage ScopeOverall() => Of(nameof(ScopeOverall));

    public static LocalizedMessage ScopeDimension(string dimension) => Of(nameof(ScopeDimension), ("dimension", dimension));

    public static LocalizedMessage UnlabelledGate(string gate) => Of(nameof(UnlabelledGate), ("gate", gate));

    public static LocalizedMessage RecommendationTwice(string recommendation) => Of(nameof(RecommendationTwice), ("recommendation", recommendation));

    public static LocalizedMessage LinkNotHttps(string url) => Of(nameof(LinkNotHttps), ("url", url));

    public static LocalizedMessage ImprovesNotAQuestion(string id) => Of(nameof(ImprovesNotAQuestion), ("id", id));

    public static LocalizedMessage IndicatorTwice(string indicator) => Of(nameof(IndicatorTwice), ("indicator", indicator));

    public static LocalizedMessage WhenCycle(string question, string dependency) => Of(nameof(WhenCycle), ("question", question), ("dependency", dependency));

    public static LocalizedMessage FormulaNotFinite(string node) => Of(nameof(FormulaNotFinite), ("node", node));

    public static LocalizedMessage PointsNegative() => Of(nameof(PointsNegative));

    public static LocalizedMessage TooManyOptions(string question, int count) => Of(nameof(TooManyOptions), ("question", question), ("count", count));

    public static LocalizedMessage MaxCapsSumOnly() => Of(nameof(MaxCapsSumOnly));

    public static LocalizedMessage ScaleNeedsRange(string question) => Of(nameof(ScaleNeedsRange), ("question", question));

    public static LocalizedMessage ScaleRange() => Of(nameof(ScaleRange));

    public static LocalizedMessage ScaleLabelOutside(double value, double min, double max) => Of(nameof(ScaleLabelOutside), ("value", value), ("min", min), ("max", max));

    public static LocalizedMessage MinNotBelowMax() => Of(nameof(MinNotBelowMax));

    public static LocalizedMessage BandsNotIncreasing() => Of(nameof(BandsNotIncreasing));

    public static LocalizedMessage BandPointsNegative() => Of(nameof(BandPointsNegative));

    public static LocalizedMessage PercentBandStart() => Of(nameof(PercentBandStart));

    public static LocalizedMessage BandsEmpty() => Of(nameof(BandsEmpty));

    public static LocalizedMessage QuestionScoresZero(string question) => Of(nameof(QuestionScoresZero), ("question", question));

    public static LocalizedMessage WeightNegative() => Of(nameof(WeightNegative));

    public static LocalizedMessage MaxNotPositive() => Of(nameof(MaxNotPositive));

    public static LocalizedMessage ScoreReserved() => Of(nameof(ScoreReserved));
}
