using System.Collections.Generic;

namespace Maturity.Diagnostics;

/// <summary>Expressions: the lexer's, parser's and type checker's errors, and the words they describe operands with.</summary>
internal static partial class Messages
{
    public static LocalizedMessage ExprNumberNeedsDigit(string number) => Of(nameof(ExprNumberNeedsDigit), ("number", number));

    public static LocalizedMessage ExprNumberTooLarge(string number) => Of(nameof(ExprNumberTooLarge), ("number", number));

    public static LocalizedMessage ExprNameNotLowerCase(string name, LocalizedMessage? hint) => Of(nameof(ExprNameNotLowerCase), ("name", name), ("hint", (object?)hint ?? string.Empty));

    public static LocalizedMessage ExprHintWriteKeyword(string keyword) => Of(nameof(ExprHintWriteKeyword), ("keyword", keyword));

    public static LocalizedMessage ExprStringNotClosed(string quote) => Of(nameof(ExprStringNotClosed), ("quote", quote));

    public static LocalizedMessage ExprNotEqualOperator() => Of(nameof(ExprNotEqualOperator));

    public static LocalizedMessage ExprUnexpectedCharacter(string character, LocalizedMessage? hint) => Of(nameof(ExprUnexpectedCharacter), ("character", character), ("hint", (object?)hint ?? string.Empty));

    public static LocalizedMessage ExprUnexpectedInvisibleCharacter(string code) => Of(nameof(ExprUnexpectedInvisibleCharacter), ("code", code));

    public static LocalizedMessage ExprHintWriteAnd() => Of(nameof(ExprHintWriteAnd));

    public static LocalizedMessage ExprHintWriteOr() => Of(nameof(ExprHintWriteOr));

    public static LocalizedMessage ExprHintWriteNot() => Of(nameof(ExprHintWriteNot));

    public static LocalizedMessage ExprHintLeadingDigit() => Of(nameof(ExprHintLeadingDigit));

    public static LocalizedMessage ExprHintNoMemberAccess() => Of(nameof(ExprHintNoMemberAccess));

    public static LocalizedMessage ExprHintNameLetters() => Of(nameof(ExprHintNameLetters));

    public static LocalizedMessage ExprTooLong(int length, int limit) => Of(nameof(ExprTooLong), ("length", length), ("limit", limit));

    public static LocalizedMessage ExprEmpty() => Of(nameof(ExprEmpty));

    public static LocalizedMessage ExprAfterCompleteExpression(LocalizedMessage found) => Of(nameof(ExprAfterCompleteExpression), ("found", found));

    public static LocalizedMessage ExprExpectedInAfterNot(LocalizedMessage found) => Of(nameof(ExprExpectedInAfterNot), ("found", found));

    public static LocalizedMessage ExprChainedComparison(LocalizedMessage found) => Of(nameof(ExprChainedComparison), ("found", found));

    public static LocalizedMessage ExprTooDeep(LocalizedMessage found, int limit) => Of(nameof(ExprTooDeep), ("found", found), ("limit", limit));

    public static LocalizedMessage ExprExpectedCloseParen(LocalizedMessage found) => Of(nameof(ExprExpectedCloseParen), ("found", found));

    public static LocalizedMessage ExprExpectedInTarget(LocalizedMessage found) => Of(nameof(ExprExpectedInTarget), ("found", found));

    public static LocalizedMessage ExprExpectedListItem(LocalizedMessage found) => Of(nameof(ExprExpectedListItem), ("found", found));

    public static LocalizedMessage ExprExpectedListSeparator(LocalizedMessage found) => Of(nameof(ExprExpectedListSeparator), ("found", found));

    public static LocalizedMessage ExprExpectedValue(LocalizedMessage found) => Of(nameof(ExprExpectedValue), ("found", found));

    public static LocalizedMessage ExprExpectedArgumentSeparator(LocalizedMessage found) => Of(nameof(ExprExpectedArgumentSeparator), ("found", found));

    public static LocalizedMessage ExprEndOfExpression() => Of(nameof(ExprEndOfExpression));

    public static LocalizedMessage ExprTheString(string text) => Of(nameof(ExprTheString), ("text", text));


    public static LocalizedMessage ExprWrongResult(LocalizedMessage wanted, LocalizedMessage actual, LocalizedMessage? hint) => Of(nameof(ExprWrongResult), ("wanted", wanted), ("actual", actual), ("hint", (object?)hint ?? string.Empty));

    public static LocalizedMessage ExprACondition() => Of(nameof(ExprACondition));

    public static LocalizedMessage ExprAConditionOrNumber() => Of(nameof(ExprAConditionOrNumber));

    public static LocalizedMessage ExprNotAllowedHere(string name, LocalizedMessage reason) => Of(nameof(ExprNotAllowedHere), ("name", name), ("reason", reason));

    public static LocalizedMessage ExprUnknownIdentifier(string name, LocalizedMessage? hint) => Of(nameof(ExprUnknownIdentifier), ("name", name), ("hint", (object?)hint ?? string.Empty));

    public static LocalizedMessage ExprHintIsAFunction(string name) => Of(nameof(ExprHintIsAFunction), ("name", name));

    public static LocalizedMessage ExprOptionsInQuotes(LocalizedMessage message, string option) => Of(nameof(ExprOptionsInQuotes), ("message", message), ("option", option));

    public static LocalizedMessage ExprExpectedBoolean(string op, LocalizedMessage actual, LocalizedMessage? hint) => Of(nameof(ExprExpectedBoolean), ("op", op), ("actual", actual), ("hint", (object?)hint ?? string.Empty));

    public static LocalizedMessage ExprExpectedNumber(string op, LocalizedMessage actual, LocalizedMessage? hint) => Of(nameof(ExprExpectedNumber), ("op", op), ("actual", actual), ("hint", (object?)hint ?? string.Empty));

    public static LocalizedMessage ExprUnknownFunction(string name, string functions) => Of(nameof(ExprUnknownFunction), ("name", name), ("functions", functions));

    public static LocalizedMessage ExprCountNeedsArgument() => Of(nameof(ExprCountNeedsArgument));

    public static LocalizedMessage ExprCountMultiAlone(int position, LocalizedMessage actual) => Of(nameof(ExprCountMultiAlone), ("position", position), ("actual", actual));

    public static LocalizedMessage ExprCountArgument(int position, LocalizedMessage actual) => Of(nameof(ExprCountArgument), ("position", position), ("actual", actual));

    public static LocalizedMessage ExprAggregateNeedsNumber(string function) => Of(nameof(ExprAggregateNeedsNumber), ("function", function));

    public static LocalizedMessage ExprAggregateArgument(string function, int position, LocalizedMessage actual, LocalizedMessage? hint) => Of(nameof(ExprAggregateArgument), ("function", function), ("position", position), ("actual", actual), ("hint", (object?)hint ?? string.Empty));

    public static LocalizedMessage ExprQuestionFunctionArity(string function, int count) => Of(nameof(ExprQuestionFunctionArity), ("function", function), ("count", count));

    public static LocalizedMessage ExprQuestionFunctionArgument(string function, LocalizedMessage actual) => Of(nameof(ExprQuestionFunctionArgument), ("function", function), ("actual", actual));

    public static LocalizedMessage ExprOptionsDiffer(LocalizedMessage left, LocalizedMessage right) => Of(nameof(ExprOptionsDiffer), ("left", left), ("right", right));

    public static LocalizedMessage ExprTwoBooleans(string op) => Of(nameof(ExprTwoBooleans), ("op", op));

    public static LocalizedMessage ExprCannotCompare(LocalizedMessage left, LocalizedMessage right, LocalizedMessage? hint) => Of(nameof(ExprCannotCompare), ("left", left), ("right", right), ("hint", (object?)hint ?? string.Empty));

    public static LocalizedMessage ExprCompareMulti(string op, LocalizedMessage actual, string name) => Of(nameof(ExprCompareMulti), ("op", op), ("actual", actual), ("name", name));

    public static LocalizedMessage ExprListOnlyAfterIn(string op) => Of(nameof(ExprListOnlyAfterIn), ("op", op));

    public static LocalizedMessage ExprInNeedsMulti(string op, LocalizedMessage actual, LocalizedMessage? hint) => Of(nameof(ExprInNeedsMulti), ("op", op), ("actual", actual), ("hint", (object?)hint ?? string.Empty));

    public static LocalizedMessage ExprHintCompareChoiceWithEquals() => Of(nameof(ExprHintCompareChoiceWithEquals));

    public static LocalizedMessage ExprInLeftSide(string expression, LocalizedMessage actual) => Of(nameof(ExprInLeftSide), ("expression", expression), ("actual", actual));

    public static LocalizedMessage ExprInListLeft(string op, LocalizedMessage actual, LocalizedMessage? hint) => Of(nameof(ExprInListLeft), ("op", op), ("actual", actual), ("hint", (object?)hint ?? string.Empty));

    public static LocalizedMessage ExprHintTestMultiWithIn() => Of(nameof(ExprHintTestMultiWithIn));

    public static LocalizedMessage ExprExpectedOptionInList(string question, LocalizedMessage actual) => Of(nameof(ExprExpectedOptionInList), ("question", question), ("actual", actual));

    public static LocalizedMessage ExprExpectedNumberInList(LocalizedMessage actual) => Of(nameof(ExprExpectedNumberInList), ("actual", actual));

    public static LocalizedMessage ExprUnknownOption(string option, string question, IReadOnlyList<string> options) => Of(nameof(ExprUnknownOption), ("option", option), ("question", question), ("options", options));

    public static LocalizedMessage ExprTheNumber(string number) => Of(nameof(ExprTheNumber), ("number", number));

    public static LocalizedMessage ExprTheBoolean(string value) => Of(nameof(ExprTheBoolean), ("value", value));

    public static LocalizedMessage ExprAValue() => Of(nameof(ExprAValue));

    public static LocalizedMessage ExprBooleanQuestion(string name) => Of(nameof(ExprBooleanQuestion), ("name", name));

    public static LocalizedMessage ExprABoolean() => Of(nameof(ExprABoolean));

    public static LocalizedMessage ExprNumberQuestion(string name) => Of(nameof(ExprNumberQuestion), ("name", name));

    public static LocalizedMessage ExprANumber() => Of(nameof(ExprANumber));

    public static LocalizedMessage ExprTheLevel() => Of(nameof(ExprTheLevel));

    public static LocalizedMessage ExprChoiceQuestion(string name) => Of(nameof(ExprChoiceQuestion), ("name", name));

    public static LocalizedMessage ExprMultiQuestion(string name) => Of(nameof(ExprMultiQuestion), ("name", name));

    public static LocalizedMessage ExprAList() => Of(nameof(ExprAList));

    public static LocalizedMessage ExprInvalidValue() => Of(nameof(ExprInvalidValue));

    public static LocalizedMessage ExprHintCompareWithOption(string example) => Of(nameof(ExprHintCompareWithOption), ("example", example));

    public static LocalizedMessage ExprHintPoints(string name) => Of(nameof(ExprHintPoints), ("name", name));

    public static LocalizedMessage ExprHintTestOption(string name) => Of(nameof(ExprHintTestOption), ("name", name));

    public static LocalizedMessage ExprHintCount(string name) => Of(nameof(ExprHintCount), ("name", name));

    public static LocalizedMessage ExprHintQuotedOption() => Of(nameof(ExprHintQuotedOption));

    public static LocalizedMessage ExprHintListAfterIn() => Of(nameof(ExprHintListAfterIn));

    public static LocalizedMessage ExprHintCompareChoiceWithOption(IReadOnlyList<string> options) => Of(nameof(ExprHintCompareChoiceWithOption), ("options", options));

    public static LocalizedMessage ExprReasonWhenQuestionsOnly() => Of(nameof(ExprReasonWhenQuestionsOnly));

    public static LocalizedMessage ExprReasonFormulaChildren() => Of(nameof(ExprReasonFormulaChildren));

    public static LocalizedMessage ExprReasonWhenSelf() => Of(nameof(ExprReasonWhenSelf));

    public static LocalizedMessage ExprReasonLevelIndicatorsOnly() => Of(nameof(ExprReasonLevelIndicatorsOnly));
}
