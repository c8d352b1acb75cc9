using Maturity.Diagnostics;
using Maturity.Loading;
using static Maturity.Tests.Loading.LoaderAssert;

namespace Maturity.Tests.Loading;

/// <summary>Expression errors (MAT050–MAT057) as the loader reports them: the column is the expression
/// scalar's column plus the error's offset in the expression, past the quote of a quoted scalar.</summary>
public class LoaderExpressionDiagnosticTests
{
    // Lines 1-11: Minimal; 12-17: a choice question 'c'; 18-20: a number question 'n'.
    private const string Questions = Minimal
        + "      - id: c\n        type: choice\n        text: C\n        answers:\n          - { id: none, points: 0, label: N }\n          - { id: full, points: 1, label: F }\n"
        + "      - id: n\n        type: number\n        text: N\n";

    /// <summary>A recommendation whose <c>when</c> is written on line 24, its value starting at column 11.</summary>
    private static string Recommendation(string when) =>
        Questions + "recommendations:\n  - id: r\n    text: R\n    when: " + when + "\n";

    [Fact]
    public void Load_Questions_HaveNoDiagnostics()
    {
        var result = RuleSetLoader.LoadText(Recommendation("c == 'full' and n > 3"), Path);
        result.Diagnostics.Should().BeEmpty(Describe(result));
    }

    [Fact]
    public void Load_RejectsExpressionSyntaxError_WithLineAndColumn()
    {
        var d = LoadAndSingle(Recommendation("(q and n > 1"), DiagnosticCodes.ExpressionSyntax);
        d.ShouldBe("MAT050", 24, 23);
        d.Message.Should().Be("expected ')' but found end of expression");
    }

    [Fact]
    public void Load_RejectsUnknownIdentifier_WithLineAndColumn() =>
        LoadAndSingle(Recommendation("q and backup"), DiagnosticCodes.UnknownIdentifier).ShouldBe("MAT051", 24, 17);

    [Fact]
    public void Load_RejectsTypeMismatch_WithLineAndColumn()
    {
        var d = LoadAndSingle(Recommendation("not n"), DiagnosticCodes.TypeMismatch);
        d.ShouldBe("MAT052", 24, 15);
        d.Message.Should().Be("'not' expected a boolean, got the number question 'n'");
    }

    [Fact]
    public void Load_RejectsUnknownOption_WithLineAndColumn()
    {
        var d = LoadAndSingle(Recommendation("c >= 'partial'"), DiagnosticCodes.UnknownOption);
        d.ShouldBe("MAT053", 24, 16);
        d.Message.Should().Be("'partial' is not an option of question 'c' (options: none, full)");
    }

    [Fact]
    public void Load_RejectsUnknownOption_InDoubleQuotedScalar_OneColumnFurther() =>
        LoadAndSingle(Recommendation("\"c >= 'partial'\""), DiagnosticCodes.UnknownOption).ShouldBe("MAT053", 24, 17);

    [Fact]
    public void Load_RejectsUnknownOption_InSingleQuotedScalarWithDoubledQuotes_AtTheRightColumn() =>
        // The value is: q and c == 'partial'; each '' in the source is one ' in the value.
        LoadAndSingle(Recommendation("'q and c == ''partial'''"), DiagnosticCodes.UnknownOption).ShouldBe("MAT053", 24, 23);

    [Fact]
    public void Load_RejectsUnknownFunction_WithLineAndColumn()
    {
        var d = LoadAndSingle(Recommendation("avg(n) > 1"), DiagnosticCodes.BadFunctionCall);
        d.ShouldBe("MAT054", 24, 11);
        d.Message.Should().Be("unknown function 'avg' (available: count, sum, min, max, answered, na, points)");
    }

    [Fact]
    public void Load_RejectsExpressionOverLengthLimit_AtItsFirstCharacter()
    {
        var when = "((q))" + string.Concat(System.Linq.Enumerable.Repeat(" or q", 999)); // 5,000 characters
        var d = LoadAndSingle(Recommendation(when), DiagnosticCodes.ExpressionTooLong);
        d.ShouldBe("MAT055", 24, 11);
        d.Message.Should().Be("the expression is 5000 characters long; the limit is 1000");
    }

    [Fact]
    public void Load_RejectsExpressionNestedTooDeeply_AtTheOpeningToken()
    {
        var when = new string('(', 40) + "q" + new string(')', 40);
        var d = LoadAndSingle(Recommendation(when), DiagnosticCodes.ExpressionTooDeep);
        d.ShouldBe("MAT056", 24, 11 + 32);
        d.Message.Should().Be("the expression is nested too deeply at '(': at most 32 levels of parentheses, function calls, 'not' and '-' are allowed");
    }

    [Fact]
    public void Load_RejectsNodeInAWhenCondition_AsNotAllowed()
    {
        var yaml = Questions.Replace("        text: N\n", "        text: N\n        when: d > 50\n");
        var d = LoadAndSingle(yaml, DiagnosticCodes.ReferenceNotAllowed);
        d.ShouldBe("MAT057", 21, 15);
        d.Message.Should().Be("'d' cannot be used here: a 'when' condition may name questions only (so whether a question is asked never depends on scores)");
    }

    [Fact]
    public void Load_ReportsExpressionErrorInFoldedBlockScalar_OnTheLineOfTheToken() =>
        LoadAndSingle(Recommendation(">\n      q and\n        backup"), DiagnosticCodes.UnknownIdentifier).ShouldBe("MAT051", 26, 9);

    [Fact]
    public void Load_ReportsExpressionErrorInMultiLinePlainScalar_OnTheLineOfTheToken() =>
        LoadAndSingle(Recommendation("q and\n      backup"), DiagnosticCodes.UnknownIdentifier).ShouldBe("MAT051", 25, 7);

    [Fact]
    public void Load_ReportsExpressionErrorAfterAnEscapeInDoubleQuotes_AtTheRightColumn() =>
        // Source: "c == \"full\" and backup" -- each \" is two source characters for one in the value.
        LoadAndSingle(Recommendation("\"c == \\\"full\\\" and backup\""), DiagnosticCodes.UnknownIdentifier).ShouldBe("MAT051", 24, 30);

    [Fact]
    public void Load_ReportsEveryExpressionError_InLevelsGates()
    {
        var yaml = Questions + "levels:\n  - { id: a, min: 0 }\n  - { id: b, min: 10, requires: [\"q and zz\", \"avg(n) > 1\"] }\n";
        var result = RuleSetLoader.LoadText(yaml, Path);
        Single(result, DiagnosticCodes.UnknownIdentifier).ShouldBe("MAT051", 23, 41);
        Single(result, DiagnosticCodes.BadFunctionCall).ShouldBe("MAT054", 23, 47);
    }
}
