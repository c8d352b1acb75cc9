using System.Linq;
using Maturity.Answers;
using Maturity.Diagnostics;
using Maturity.Scoring;

namespace Maturity.Tests.Answers;

/// <summary>Answer diagnostics MAT070–MAT075 with exact positions; strict mode throws them all,
/// lenient mode scores what is valid and returns them as warnings; an invalid answer never counts.</summary>
public class AnswerDiagnosticsTests
{
    // line numbers:        1                     2          3              4       5                         6         7         8           9           10
    private const string Bad = "company: { id: x }\nanswers:\n  nope: true\n  ok: 3\n  tools: [crm, nothing]\n  skill: 5\n  staff: 3\n  plan: true\n  level: n/a\n  share: 50\n";

    private static AnswerSheet Sheet(string text)
    {
        var result = AnswerFile.Parse(text, "a.yaml");
        result.Diagnostics.Should().BeEmpty();
        return result.Sheet!;
    }

    private static readonly (string Code, int Line, int Column)[] Expected =
    [
        (DiagnosticCodes.UnknownQuestion, 3, 3),
        (DiagnosticCodes.WrongAnswerType, 4, 3),
        (DiagnosticCodes.UnknownAnswerOption, 5, 3),
        (DiagnosticCodes.AnswerOutOfRange, 6, 3),
        (DiagnosticCodes.AnswerToHiddenQuestion, 8, 3),
        (DiagnosticCodes.NotApplicableNotAllowed, 9, 3),
    ];

    [Fact]
    public void Assess_StrictWithInvalidAnswers_ThrowsEveryProblemWithLineAndColumn()
    {
        var sheet = Sheet(Bad);
        var act = () => AnswerTestRules.Instance.Assess(sheet, AssessmentOptions.Strict);

        var ex = act.Should().Throw<DiagnosticsException>().Which;
        ex.Diagnostics.Select(d => (d.Code, d.Location.Line, d.Location.Column)).Should().Equal(Expected);
        ex.Diagnostics.Should().OnlyContain(d => d.IsError && d.Location.Path == "a.yaml");
    }

    [Fact]
    public void Assess_DefaultOptions_IsStrictAndValidateListsTheSameProblems()
    {
        var sheet = Sheet(Bad);
        var act = () => AnswerTestRules.Instance.Assess(sheet);
        act.Should().Throw<DiagnosticsException>();
        AnswerTestRules.Instance.ValidateAnswers(sheet).Select(d => (d.Code, d.Location.Line, d.Location.Column)).Should().Equal(Expected);
    }

    [Fact]
    public void ValidateAnswers_InvalidAnswers_MessagesNameTheQuestionAndWhatWasExpected()
    {
        var d = AnswerTestRules.Instance.ValidateAnswers(Sheet(Bad));
        d[0].Message.Should().Contain("nope");
        d[1].Message.Should().Contain("'ok'").And.Contain("true or false");
        d[2].Message.Should().Contain("'nothing'").And.Contain("crm, erp, web");
        d[3].Message.Should().Contain("0–4");
        d[4].Message.Should().Contain("staff >= 10");
        d[5].Message.Should().Contain("'level'");
    }

    [Fact]
    public void Assess_LenientWithInvalidAnswers_ScoresTheValidOnesAndWarnsOfTheRest()
    {
        var r = AnswerTestRules.Instance.Assess(Sheet(Bad), AssessmentOptions.Lenient);

        r.Warnings.Select(d => (d.Code, d.Location.Line, d.Location.Column)).Should().Equal(Expected);
        // Demoted to warnings, their text, key, arguments and target as in strict mode.
        var strict = AnswerTestRules.Instance.ValidateAnswers(Sheet(Bad));
        r.Warnings.Should().OnlyContain(d => d.Severity == DiagnosticSeverity.Warning);
        r.Warnings.Select(d => (d.Message, d.MessageKey, d.Target)).Should().Equal(strict.Select(d => (d.Message, d.MessageKey, d.Target)));
        r.Warnings.Should().OnlyContain(d => d.Target != null);
        // valid: share 50 → 0.5; ok, tools, skill, level dropped → unanswered (0); opt unanswered (0);
        // plan not asked (staff 3 < 10). 6 applicable scored questions: 100 × 0.5 / 6 = 8.333333
        r.Score.Should().Be(8.333333);
        r.Coverage.Should().Be(0.166667);
        r.Unanswered.Should().Equal("ok", "opt", "level", "tools", "skill");
        r.Questions.Single(q => q.Id == "plan").State.Should().Be(AnswerState.NotAsked);
    }

    [Fact]
    public void Assess_PartlyValidAnswer_CountsNothingOfIt()
    {
        // 'crm' is a valid option but the answer as a whole is invalid: nothing of it counts,
        // neither in the score nor in the expressions that read it
        var r = AnswerTestRules.Instance.Assess(Sheet("company: { id: x }\nanswers:\n  tools: [crm, nothing]\n"), AssessmentOptions.Lenient);
        var tools = r.Questions.Single(q => q.Id == "tools");
        tools.State.Should().Be(AnswerState.Unanswered);
        tools.Points.Should().Be(0);
        tools.Answer.Should().BeNull();
        r.Score.Should().Be(0);
        r.Recommendations.Select(x => x.Id).Should().NotContain(["has-crm", "many-tools"]);
    }

    [Theory]
    [InlineData("ok: mid", DiagnosticCodes.WrongAnswerType)]
    [InlineData("ok: [crm]", DiagnosticCodes.WrongAnswerType)]
    [InlineData("level: 2", DiagnosticCodes.WrongAnswerType)]
    [InlineData("level: [mid]", DiagnosticCodes.WrongAnswerType)]
    [InlineData("level: huge", DiagnosticCodes.UnknownAnswerOption)]
    [InlineData("level: Mid", DiagnosticCodes.UnknownAnswerOption)]
    [InlineData("tools: true", DiagnosticCodes.WrongAnswerType)]
    [InlineData("tools: 1", DiagnosticCodes.WrongAnswerType)]
    [InlineData("skill: high", DiagnosticCodes.WrongAnswerType)]
    [InlineData("skill: -1", DiagnosticCodes.AnswerOutOfRange)]
    [InlineData("skill: 2.5", DiagnosticCodes.AnswerOutOfRange)]
    [InlineData("share: 100.1", DiagnosticCodes.AnswerOutOfRange)]
    [InlineData("share: -0.5", DiagnosticCodes.AnswerOutOfRange)]
    [InlineData("staff: 10001", DiagnosticCodes.AnswerOutOfRange)]
    [InlineData("staff: \"12\"", DiagnosticCodes.WrongAnswerType)]
    [InlineData("ok: n/a", DiagnosticCodes.NotApplicableNotAllowed)]
    [InlineData("unknown_q: 1", DiagnosticCodes.UnknownQuestion)]
    public void ValidateAnswers_EachInvalidAnswer_IsReportedAtItsKey(string line, string code)
    {
        var sheet = Sheet("company: { id: x }\nanswers:\n  " + line + "\n");
        var d = AnswerTestRules.Instance.ValidateAnswers(sheet).Should().ContainSingle().Subject;
        d.Code.Should().Be(code);
        d.Location.Should().Be(new SourceLocation("a.yaml", 3, 3));

        // lenient: the same problem as a warning, and the answer does not count
        var r = AnswerTestRules.Instance.Assess(sheet, AssessmentOptions.Lenient);
        r.Warnings.Should().ContainSingle().Which.Code.Should().Be(code);
        r.Score.Should().Be(0);
    }

    [Fact]
    public void ValidateAnswers_AnswerToAHiddenQuestion_IsMAT074AndNotScored()
    {
        var built = AnswerSheet.For(new CompanyInfo("x")).Set("staff", 3).Set("plan", true).Set("ok", true).Build();

        var d = AnswerTestRules.Instance.ValidateAnswers(built).Should().ContainSingle().Subject;
        d.Code.Should().Be(DiagnosticCodes.AnswerToHiddenQuestion);
        d.Location.Line.Should().Be(0, "a built sheet has no positions");

        var r = AnswerTestRules.Instance.Assess(built, AssessmentOptions.Lenient);
        r.Questions.Single(q => q.Id == "plan").State.Should().Be(AnswerState.NotAsked);
        r.Questions.Single(q => q.Id == "plan").Points.Should().Be(0);
        // ok 1 of 6 applicable scored questions (plan hidden): 16.666667
        r.Score.Should().Be(16.666667);

        // with staff 10 the same answer is valid
        var asked = AnswerSheet.For(new CompanyInfo("x")).Set("staff", 10).Set("plan", true).Set("ok", true).Build();
        AnswerTestRules.Instance.ValidateAnswers(asked).Should().BeEmpty();
        AnswerTestRules.Instance.Assess(asked).Score.Should().Be(28.571429);
    }

    [Fact]
    public void ValidateAnswers_ValidAnswers_GiveNoWarnings()
    {
        var sheet = AnswerSheet.For(new CompanyInfo("x")).Set("ok", true).NotApplicable("opt").Build();
        AnswerTestRules.Instance.ValidateAnswers(sheet).Should().BeEmpty();
        AnswerTestRules.Instance.Assess(sheet, AssessmentOptions.Lenient).Warnings.Should().BeEmpty();
    }
}
