using System.Linq;
using Maturity.Diagnostics;
using Maturity.Expressions;

namespace Maturity.Tests.Expressions;

public class ExpressionErrorTests
{
    // ---- MAT050 syntax ----

    [Theory]
    [InlineData("(ehr == 'none'", 14, "expected ')' but found end of expression")]
    [InlineData("headcount > $", 12, "unexpected character '$'")]
    [InlineData("headcount >", 11, "expected a value (a number, a quoted option, a name or '(') but found end of expression")]
    [InlineData("secure_messaging backup_tested", 17, "unexpected 'backup_tested' after a complete expression; expected an operator or the end of the expression")]
    [InlineData("1 < headcount < 3", 14, "unexpected '<': comparisons cannot be chained; combine them with 'and'")]
    [InlineData("(1 < headcount < 3)", 15, "unexpected '<': comparisons cannot be chained; combine them with 'and'")]
    [InlineData("ehr == 'none", 7, "the string starting with ' is not closed: expected ' before the end of the expression")]
    [InlineData("headcount > 1.", 12, "the number '1.' needs a digit after the decimal point")]
    [InlineData("headcount > .5", 12, "unexpected character '.' (write numbers with a leading digit, e.g. 0.5)")]
    [InlineData("secure_messaging && backup_tested", 17, "unexpected character '&' (write 'and')")]
    [InlineData("!secure_messaging", 0, "unexpected character '!' (write 'not', or '!=' for 'not equal')")]
    [InlineData("Secure_messaging", 0, "'Secure_messaging' is not a valid name: names use lower-case letters, digits and '_'")]
    [InlineData("true AND false", 5, "'AND' is not a valid name: names use lower-case letters, digits and '_' (write 'and')")]
    [InlineData("count(tools", 11, "expected ',' or ')' but found end of expression")]
    [InlineData("ehr in ['none' 'full']", 15, "expected ',' or ']' but found the string 'full'")]
    [InlineData("ehr in [none]", 8, "expected a number or a quoted option in the list but found 'none'")]
    [InlineData("'x' in", 6, "expected a list such as ['a', 'b'] or a multiple-choice question after 'in' but found end of expression")]
    [InlineData("'x' in count(tools)", 7, "expected a list such as ['a', 'b'] or a multiple-choice question after 'in' but found 'count'")]
    [InlineData("headcount not 3", 14, "expected 'in' after 'not' but found '3'")]
    [InlineData("ehr.points", 3, "unexpected character '.' (there is no member access; name a question, a dimension or a group directly)")]
    [InlineData("ehr <> 'none'", 4, "unexpected '<>': write '!=' for 'not equal'")]
    [InlineData("   ", 0, "the expression is empty")]
    [InlineData("", 0, "the expression is empty")]
    [InlineData("1 +* 2", 3, "expected a value (a number, a quoted option, a name or '(') but found '*'")]
    [InlineData("and", 0, "expected a value (a number, a quoted option, a name or '(') but found 'and'")]
    [InlineData("sécu", 1, "unexpected character 'é' (names use only a-z, 0-9 and '_')")]
    public void Compile_ReportsSyntaxErrors_AtTheOffendingOffset(string text, int offset, string message)
    {
        ExpressionError error = Expr.SingleError(text);
        error.Code.Should().Be("MAT050");
        error.Offset.Should().Be(offset);
        error.Message.Should().Be(message);
    }

    [Fact]
    public void Compile_ReportsEveryLexicalError()
    {
        var (compiled, errors) = Expr.TryCompile("a $ b # c");
        compiled.Should().BeNull();
        errors.Select(e => (e.Code, e.Offset)).Should().Equal(("MAT050", 2), ("MAT050", 6));
    }

    [Fact]
    public void Compile_ReportsAHugeNumber()
    {
        ExpressionError error = Expr.SingleError("headcount > 1" + new string('0', 400));
        error.Code.Should().Be("MAT050");
        error.Offset.Should().Be(12);
        error.Message.Should().Contain("is too large");
    }

    [Fact]
    public void Compile_AcceptsQuotesDoubledInsideStrings()
    {
        var scope = new FakeScope();
        scope.Add(new Symbol("q", SymbolKind.Question, 0, ValueKind.Choice, ["it's", "say \"hi\""]));
        Expr.TryCompile("q == 'it''s' or q == \"say \"\"hi\"\"\"", scope: scope).Errors.Should().BeEmpty();
    }

    // ---- MAT051 unknown identifier ----

    [Fact]
    public void Compile_ReportsUnknownIdentifier_AtItsOffset()
    {
        ExpressionError error = Expr.SingleError("secure_messaging and backup");
        error.Code.Should().Be("MAT051");
        error.Offset.Should().Be(21);
        error.Message.Should().Be("unknown identifier 'backup'");
    }

    [Fact]
    public void Compile_SuggestsQuotes_WhenAnOptionIsWrittenAsAName()
    {
        ExpressionError error = Expr.SingleError("ehr >= partial");
        error.Code.Should().Be("MAT051");
        error.Offset.Should().Be(7);
        error.Message.Should().Be("unknown identifier 'partial'; options are written in quotes: 'partial'");
    }

    [Fact]
    public void Compile_SuggestsParentheses_WhenAFunctionIsUsedAsAName()
    {
        ExpressionError error = Expr.SingleError("count > 2");
        error.Code.Should().Be("MAT051");
        error.Message.Should().Be("unknown identifier 'count' (count is a function: write count(...))");
    }

    // ---- MAT052 type mismatch ----

    [Theory]
    [InlineData("headcount and secure_messaging", 0, "'and' expected a boolean, got the number question 'headcount'")]
    [InlineData("secure_messaging or 3", 20, "'or' expected a boolean, got a number")]
    [InlineData("not headcount", 4, "'not' expected a boolean, got the number question 'headcount'")]
    [InlineData("headcount + secure_messaging > 1", 12, "'+' expected a number, got the boolean question 'secure_messaging'")]
    [InlineData("-true == 1", 1, "'-' expected a number, got a boolean")]
    [InlineData("ehr * 2 > 1", 0, "'*' expected a number, got the choice question 'ehr' (use points(ehr) for its points)")]
    [InlineData("ehr == 2", 4, "cannot compare the choice question 'ehr' with a number (compare a choice question with one of its options in quotes: none, pilot, partial, full)")]
    [InlineData("headcount == true", 10, "cannot compare the number question 'headcount' with a boolean")]
    [InlineData("true < false", 5, "'<' needs numbers or options of a choice question, got two booleans (use '==' or '!=' for booleans)")]
    [InlineData("ehr == size", 4, "cannot compare the choice question 'ehr' with the choice question 'size': their options differ")]
    [InlineData("tools == 'cloud'", 0, "'==' cannot compare the multiple-choice question 'tools'; test an option with 'x' in tools or count the ticked options with count(tools)")]
    [InlineData("'a' == 'a'", 4, "cannot compare the string 'a' with the string 'a'")]
    [InlineData("ehr", 0, "the expression must be a condition (true or false), but it is the choice question 'ehr' (compare it with an option, e.g. ehr == 'none')")]
    [InlineData("tools", 0, "the expression must be a condition (true or false), but it is the multiple-choice question 'tools' (test an option with 'x' in tools)")]
    [InlineData("headcount + 1", 0, "the expression must be a condition (true or false), but it is a number")]
    [InlineData("'cloud'", 0, "the expression must be a condition (true or false), but it is the string 'cloud' (a quoted option can only be compared with a choice question or tested with 'in')")]
    [InlineData("[1, 2]", 0, "the expression must be a condition (true or false), but it is a list (a list can only follow 'in')")]
    [InlineData("headcount == [1]", 13, "a list can only follow 'in', not '=='")]
    [InlineData("'cloud' and true", 0, "'and' expected a boolean, got the string 'cloud' (a quoted option can only be compared with a choice question or tested with 'in')")]
    [InlineData("ehr in [1, 'pilot']", 8, "expected an option of question 'ehr' in quotes, got the number 1")]
    [InlineData("headcount in [1, 'x']", 17, "expected a number in the list, got the string 'x'")]
    [InlineData("secure_messaging in [true]", 0, "'in' with a list needs a number or a choice question on its left, got the boolean question 'secure_messaging'")]
    [InlineData("'cloud' in ['cloud']", 0, "'in' with a list needs a number or a choice question on its left, got the string 'cloud' (to test a multiple-choice question write 'x' in question)")]
    [InlineData("'pilot' in ehr", 11, "'in' needs a list or a multiple-choice question on its right, got the choice question 'ehr' (compare a choice question with '==')")]
    [InlineData("headcount in tools", 0, "the left side of 'in tools' must be an option in quotes, got the number question 'headcount'")]
    public void Compile_ReportsTypeMismatches(string text, int offset, string message)
    {
        ExpressionError error = Expr.SingleError(text);
        error.Code.Should().Be("MAT052");
        error.Offset.Should().Be(offset);
        error.Message.Should().Be(message);
    }

    [Fact]
    public void Compile_ReportsAFormulaThatIsNotANumber_AtOffsetZero()
    {
        ExpressionError error = Expr.SingleError("clinical > 50", ValueKind.Number);
        error.Code.Should().Be("MAT052");
        error.Offset.Should().Be(0);
        error.Message.Should().Be("the expression must be a number, but it is a boolean");
    }

    [Fact]
    public void Compile_PointsAtTheParenthesis_ForAParenthesisedOperand()
    {
        ExpressionError error = Expr.SingleError("1 + (true or false) > 0");
        error.Code.Should().Be("MAT052");
        error.Offset.Should().Be(4);
    }

    // ---- MAT053 unknown option ----

    [Theory]
    [InlineData("ehr >= 'partiel'", 7, "'partiel' is not an option of question 'ehr' (options: none, pilot, partial, full)")]
    [InlineData("'partiel' < ehr", 0, "'partiel' is not an option of question 'ehr' (options: none, pilot, partial, full)")]
    [InlineData("ehr in ['none', 'Full']", 16, "'Full' is not an option of question 'ehr' (options: none, pilot, partial, full)")]
    [InlineData("'saas' in tools", 0, "'saas' is not an option of question 'tools' (options: email, cloud, crm, erp)")]
    [InlineData("'' not in tools", 0, "'' is not an option of question 'tools' (options: email, cloud, crm, erp)")]
    public void Compile_ReportsUnknownOptions_AtTheLiteral(string text, int offset, string message)
    {
        ExpressionError error = Expr.SingleError(text);
        error.Code.Should().Be("MAT053");
        error.Offset.Should().Be(offset);
        error.Message.Should().Be(message);
    }

    // ---- MAT054 functions ----

    [Theory]
    [InlineData("avg(headcount) > 1", 0, "unknown function 'avg' (available: count, sum, min, max, answered, na, points)")]
    [InlineData("count() > 1", 0, "count() needs an argument: one multiple-choice question, or one or more booleans")]
    [InlineData("count(headcount) > 1", 6, "count() takes one multiple-choice question or booleans; argument 1 is the number question 'headcount'")]
    [InlineData("count(secure_messaging, tools) > 1", 24, "count() takes a single multiple-choice question, alone; argument 2 is the multiple-choice question 'tools'")]
    [InlineData("count('cloud') > 1", 6, "count() takes one multiple-choice question or booleans; argument 1 is the string 'cloud'")]
    [InlineData("sum() > 1", 0, "sum() needs at least one number")]
    [InlineData("sum(1, true) > 1", 7, "sum() takes numbers; argument 2 is a boolean")]
    [InlineData("min(tools) > 1", 4, "min() takes numbers; argument 1 is the multiple-choice question 'tools' (use count(tools) for the number of ticked options)")]
    [InlineData("max(1, ehr) > 1", 7, "max() takes numbers; argument 2 is the choice question 'ehr' (use points(ehr) for its points)")]
    [InlineData("answered()", 0, "answered() takes exactly one question, got 0 arguments")]
    [InlineData("answered(ehr, tools)", 0, "answered() takes exactly one question, got 2 arguments")]
    [InlineData("answered(clinical)", 9, "answered() takes a question's name, got a number")]
    [InlineData("answered(1 + 1)", 9, "answered() takes a question's name, got a number")]
    [InlineData("points(score) > 1", 7, "points() takes a question's name, got a number")]
    public void Compile_ReportsBadFunctionCalls(string text, int offset, string message)
    {
        ExpressionError error = Expr.SingleError(text);
        error.Code.Should().Be("MAT054");
        error.Offset.Should().Be(offset);
        error.Message.Should().Be(message);
    }

    // ---- MAT055 / MAT056 limits ----

    [Fact]
    public void Compile_RejectsTooLongText_BeforeParsing()
    {
        string text = "headcount > 1 and " + new string(' ', 2000) + "$$$";
        text.Length.Should().BeGreaterThan(2000);
        ExpressionError error = Expr.SingleError(text);
        error.Code.Should().Be("MAT055");
        error.Offset.Should().Be(0);
        error.Message.Should().Be("the expression is 2021 characters long; the limit is 1000");
    }

    [Fact]
    public void Compile_AcceptsTextExactlyAtTheLengthLimit()
    {
        string text = "true" + new string(' ', 996);
        Expr.TryCompile(text).Errors.Should().BeEmpty();
        Expr.SingleError(text + " ").Code.Should().Be("MAT055");
    }

    [Fact]
    public void Compile_HonoursCustomLimits()
    {
        var limits = new ExpressionLimits(maxLength: 10, maxDepth: 2);
        Expr.TryCompile("((true))", limits: limits).Errors.Should().BeEmpty();
        Expr.SingleError("(((true)))", limits: limits).Should().Match<ExpressionError>(e => e.Code == "MAT056" && e.Offset == 2);
        Expr.SingleError("true or true", limits: limits).Code.Should().Be("MAT055");
    }

    [Fact]
    public void Limits_RejectNonsenseValues()
    {
        FluentActions.Invoking(() => new ExpressionLimits(maxLength: 0)).Should().Throw<System.ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new ExpressionLimits(maxDepth: 0)).Should().Throw<System.ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new ExpressionLimits(maxDepth: 100_000)).Should().Throw<System.ArgumentOutOfRangeException>();
        ExpressionLimits.Default.MaxLength.Should().Be(1000);
        ExpressionLimits.Default.MaxDepth.Should().Be(32);
    }

    [Theory]
    [InlineData("(", 32)]
    [InlineData("not ", 32)]
    [InlineData("-", 32)]
    [InlineData("max(", 32)]
    public void Compile_ReportsTooDeepNesting_AtTheFirstTokenBeyondTheLimit(string opener, int level)
    {
        string text = string.Concat(Enumerable.Repeat(opener, level + 1)) + "1";
        ExpressionError error = Expr.SingleError(text);
        error.Code.Should().Be("MAT056");
        int expectedOffset = opener == "max(" ? (opener.Length * level) + 3 : opener.Length * level;
        error.Offset.Should().Be(expectedOffset);
        error.Message.Should().Contain("at most 32 levels");
    }

    [Fact]
    public void Compile_AcceptsNestingExactlyAtTheDepthLimit()
    {
        string text = new string('(', 32) + "1 > 0" + new string(')', 32);
        Expr.TryCompile(text).Errors.Should().BeEmpty();
    }

    [Fact]
    public void Compile_DoesNotCountFlatChainsAsNesting()
    {
        string text = string.Join(" and ", Enumerable.Repeat("true", 100));
        string sum = string.Join(" + ", Enumerable.Repeat("1", 200));
        Expr.TryCompile(text).Errors.Should().BeEmpty();
        Expr.Number(sum).Should().Be(200);
    }

    // ---- in the reader's language ----

    [Theory]
    [InlineData("(ehr == 'none'", "«\u202F)\u202F» est attendu au lieu de la fin de l'expression")]
    [InlineData("not headcount", "«\u202Fnot\u202F» attend un booléen, pas la question numérique «\u202Fheadcount\u202F»")]
    [InlineData("ehr == 'nope'", "«\u202Fnope\u202F» n'est pas une option de la question «\u202Fehr\u202F» (options\u202F: none, pilot, partial, full)")]
    [InlineData("ehr", "l'expression doit être une condition (vraie ou fausse), mais c'est la question à choix «\u202Fehr\u202F» (comparez-la à une option, par ex. ehr == 'none')")]
    [InlineData("answered(ehr, lab)", "answered() prend exactement une question, pas 2 arguments")]
    [InlineData("ehr != 'none' and eprescription_share > 50", "«\u202Feprescription_share\u202F» ne peut pas servir ici\u202F: une condition «\u202Fwhen\u202F» ne peut nommer que des questions (pour que poser une question ne dépende jamais des scores)")]
    public void Compile_FrenchReader_ReadsTheMessageInFrenchWithTheSameCode(string text, string french)
    {
        ExpressionError error = Expr.SingleError(text);
        error.Text.Format(System.Globalization.CultureInfo.GetCultureInfo("fr-FR")).Should().Be(french);
        error.Text.Format(System.Globalization.CultureInfo.GetCultureInfo("en-US")).Should().Be(error.Message);
    }

    // ---- MAT057 not allowed ----

    [Fact]
    public void Compile_ReportsAReferenceNotAllowedHere_WithTheScopesReason()
    {
        ExpressionError error = Expr.SingleError("ehr != 'none' and eprescription_share > 50");
        error.Code.Should().Be("MAT057");
        error.Offset.Should().Be(18);
        error.Message.Should().Be("'eprescription_share' cannot be used here: a 'when' condition may name questions only (so whether a question is asked never depends on scores)");
    }

    // ---- several errors at once ----

    [Fact]
    public void Compile_ReportsEveryTypeError_NotJustTheFirst()
    {
        var (compiled, errors) = Expr.TryCompile(
            "foo > 1 and ehr >= 'partiel' and headcount and avg(2) > 1 and eprescription_share > 1 and bar(baz)");
        compiled.Should().BeNull();
        errors.Select(e => (e.Code, e.Offset)).Should().Equal(
            ("MAT051", 0),
            ("MAT053", 19),
            ("MAT052", 33),
            ("MAT054", 47),
            ("MAT057", 62),
            ("MAT051", 94),
            ("MAT054", 90));
    }

    [Fact]
    public void Compile_ReportsOnlyOnce_ForAnOperandThatFailedToCheck()
    {
        // The unknown identifier is reported; 'and' and '+' do not add follow-up mismatches.
        var (_, errors) = Expr.TryCompile("(nope + 1) * 2 > 3 and not nope");
        errors.Select(e => (e.Code, e.Offset)).Should().Equal(("MAT051", 1), ("MAT051", 27));
    }

    [Fact]
    public void Compile_AppendsToTheCallersErrorCollection()
    {
        var errors = new System.Collections.Generic.List<ExpressionError> { new(5, "MAT001", Messages.ExprEmpty()) };
        ExpressionCompiler.Compile("nope", ValueKind.Boolean, FakeScope.Health(), ExpressionLimits.Default, errors).Should().BeNull();
        errors.Should().HaveCount(2);
        ExpressionCompiler.Compile("true", ValueKind.Boolean, FakeScope.Health(), ExpressionLimits.Default, errors).Should().NotBeNull();
        errors.Should().HaveCount(2);
    }

    [Fact]
    public void Compile_RejectsAnExpectedKindOtherThanBooleanOrNumber() =>
        FluentActions.Invoking(() => Expr.TryCompile("true", ValueKind.Choice)).Should().Throw<System.ArgumentOutOfRangeException>();
}
