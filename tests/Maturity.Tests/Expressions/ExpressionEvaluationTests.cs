using Maturity.Expressions;

namespace Maturity.Tests.Expressions;

public class ExpressionEvaluationTests
{
    [Theory]
    [InlineData("1 + 2", 3)]
    [InlineData("5 - 7", -2)]
    [InlineData("3 * 4", 12)]
    [InlineData("9 / 4", 2.25)]
    [InlineData("-3", -3)]
    [InlineData("- -3", 3)]
    [InlineData("0.5", 0.5)]
    [InlineData("12", 12)]
    [InlineData("10 - 4 - 3", 3)]
    [InlineData("100 / 10 / 5", 2)]
    [InlineData("8 / 2 * 4", 16)]
    public void Arithmetic_ComputesLeftAssociatively(string text, double expected) =>
        Expr.Number(text).Should().Be(expected);

    [Theory]
    [InlineData("1 + 2 * 3", 7)]
    [InlineData("(1 + 2) * 3", 9)]
    [InlineData("2 * 3 + 4 * 5", 26)]
    [InlineData("-2 * 3", -6)]
    [InlineData("10 - 2 * 3 - 1", 3)]
    [InlineData("-(1 + 2) * 2", -6)]
    public void Arithmetic_MultiplicationBindsTighterThanAddition(string text, double expected) =>
        Expr.Number(text).Should().Be(expected);

    [Theory]
    [InlineData("1 / 0")]
    [InlineData("5 / (2 - 2)")]
    [InlineData("0 / 0")]
    public void Division_ByZero_IsZero(string text) => Expr.Number(text).Should().Be(0);

    [Fact]
    public void Division_ByZero_ThenMultiplied_StaysZero() => Expr.Number("4 / 0 * 3 + 1").Should().Be(1);

    [Theory]
    [InlineData("1 < 2", true)]
    [InlineData("2 < 2", false)]
    [InlineData("2 <= 2", true)]
    [InlineData("3 <= 2", false)]
    [InlineData("3 > 2", true)]
    [InlineData("2 > 2", false)]
    [InlineData("2 >= 2", true)]
    [InlineData("1 >= 2", false)]
    [InlineData("2 == 2", true)]
    [InlineData("2 = 2", true)]
    [InlineData("2 == 3", false)]
    [InlineData("2 != 3", true)]
    [InlineData("2 != 2", false)]
    [InlineData("0.5 == 1 / 2", true)]
    [InlineData("1 + 1 == 2", true)]
    public void NumberComparisons_Work(string text, bool expected) => Expr.Bool(text).Should().Be(expected);

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    [InlineData("not true", false)]
    [InlineData("not not true", true)]
    [InlineData("true and false", false)]
    [InlineData("true and true and true", true)]
    [InlineData("false or true", true)]
    [InlineData("false or false or false", false)]
    [InlineData("true == true", true)]
    [InlineData("true == false", false)]
    [InlineData("true != false", true)]
    public void BooleanOperators_Work(string text, bool expected) => Expr.Bool(text).Should().Be(expected);

    [Theory]
    [InlineData("true or true and false", true)]
    [InlineData("(true or true) and false", false)]
    [InlineData("not false and false", false)]
    [InlineData("not (false and false)", true)]
    [InlineData("not 1 > 2", true)]
    [InlineData("1 + 1 > 1 and 2 * 2 == 4", true)]
    [InlineData("false and false or true", true)]
    public void Precedence_NotBindsLooserThanComparison_AndBindsTighterThanOr(string text, bool expected) =>
        Expr.Bool(text).Should().Be(expected);

    [Fact]
    public void BooleanQuestion_IsItsAnswer()
    {
        Expr.Bool("secure_messaging", new FakeContext().Answer(Slot.SecureMessaging, 1)).Should().BeTrue();
        Expr.Bool("secure_messaging", new FakeContext().Answer(Slot.SecureMessaging, 0)).Should().BeFalse();
        Expr.Bool("not secure_messaging", new FakeContext().Answer(Slot.SecureMessaging, 0)).Should().BeTrue();
        Expr.Bool("not secure_messaging", new FakeContext().Answer(Slot.SecureMessaging, 1)).Should().BeFalse();
        Expr.Bool("not not secure_messaging", new FakeContext().Answer(Slot.SecureMessaging, 1)).Should().BeTrue();
        Expr.Bool("not (not secure_messaging)", new FakeContext().Answer(Slot.SecureMessaging, 0)).Should().BeFalse();
    }

    [Fact]
    public void BooleanQuestions_CompareWithEachOther()
    {
        var ctx = new FakeContext().Answer(Slot.SecureMessaging, 1).Answer(Slot.BackupTested, 1);
        Expr.Bool("secure_messaging == backup_tested", ctx).Should().BeTrue();
        Expr.Bool("secure_messaging != backup_tested", ctx).Should().BeFalse();
        Expr.Bool("secure_messaging == false", ctx).Should().BeFalse();
    }

    [Fact]
    public void NumberQuestion_IsItsValue()
    {
        var ctx = new FakeContext().Answer(Slot.Headcount, 12);
        Expr.Number("headcount * 2", ctx).Should().Be(24);
        Expr.Bool("headcount >= 10", ctx).Should().BeTrue();
        Expr.Bool("headcount == 12", ctx).Should().BeTrue();
    }

    [Fact]
    public void NodesAndScore_ReadTheContext()
    {
        var ctx = new FakeContext().Node(0, 40).Node(1, 80);
        ctx.Score = 55;
        Expr.Number("(clinical + messaging) / 2", ctx).Should().Be(60);
        Expr.Bool("score > 50 and clinical < 50", ctx).Should().BeTrue();
    }

    [Theory]
    [InlineData(Slot.None, false, false, true)]
    [InlineData(Slot.Pilot, false, false, true)]
    [InlineData(Slot.Partial, true, false, true)]
    [InlineData(Slot.Full, true, true, false)]
    public void ChoiceComparison_IsOrdinal(int answer, bool atLeastPartial, bool abovePartial, bool notFull)
    {
        var ctx = new FakeContext().Answer(Slot.Ehr, answer);
        Expr.Bool("ehr >= 'partial'", ctx).Should().Be(atLeastPartial);
        Expr.Bool("ehr > 'partial'", ctx).Should().Be(abovePartial);
        Expr.Bool("ehr < 'full'", ctx).Should().Be(notFull);
        Expr.Bool("ehr <= 'pilot'", ctx).Should().Be(answer <= Slot.Pilot);
        Expr.Bool("'partial' <= ehr", ctx).Should().Be(atLeastPartial);
    }

    [Fact]
    public void ChoiceEquality_ComparesOptions()
    {
        var ctx = new FakeContext().Answer(Slot.Ehr, Slot.Pilot);
        Expr.Bool("ehr == 'pilot'", ctx).Should().BeTrue();
        Expr.Bool("ehr = \"pilot\"", ctx).Should().BeTrue();
        Expr.Bool("ehr != 'none'", ctx).Should().BeTrue();
        Expr.Bool("ehr == 'full'", ctx).Should().BeFalse();
    }

    [Fact]
    public void ChoiceAgainstChoice_WithTheSameOptions_ComparesPositions()
    {
        var ctx = new FakeContext().Answer(Slot.Ehr, Slot.Full).Answer(Slot.Lab, Slot.Pilot);
        Expr.Bool("ehr > lab", ctx).Should().BeTrue();
        Expr.Bool("ehr == lab", ctx).Should().BeFalse();
        Expr.Bool("lab < ehr", ctx).Should().BeTrue();
    }

    [Fact]
    public void InList_OfOptions_TestsMembership()
    {
        var ctx = new FakeContext().Answer(Slot.Ehr, Slot.Partial);
        Expr.Bool("ehr in ['partial', 'full']", ctx).Should().BeTrue();
        Expr.Bool("ehr in ['none', 'pilot']", ctx).Should().BeFalse();
        Expr.Bool("ehr not in ['none', 'pilot']", ctx).Should().BeTrue();
        Expr.Bool("ehr in []", ctx).Should().BeFalse();
    }

    [Fact]
    public void InList_OfNumbers_TestsMembership()
    {
        var ctx = new FakeContext().Answer(Slot.Headcount, 3);
        Expr.Bool("headcount in [1, 2, 3]", ctx).Should().BeTrue();
        Expr.Bool("headcount in [1, 2]", ctx).Should().BeFalse();
        Expr.Bool("headcount not in [1, 2]", ctx).Should().BeTrue();
        Expr.Bool("headcount - 5 in [-2, 0.5]", ctx).Should().BeTrue();
    }

    [Fact]
    public void InMulti_TestsWhetherTheOptionIsTicked()
    {
        var ctx = new FakeContext().Tick(Slot.Tools, Slot.Email, Slot.Cloud);
        Expr.Bool("'cloud' in tools", ctx).Should().BeTrue();
        Expr.Bool("'erp' in tools", ctx).Should().BeFalse();
        Expr.Bool("'erp' not in tools", ctx).Should().BeTrue();
        Expr.Bool("'cloud' not in tools", ctx).Should().BeFalse();
    }

    [Fact]
    public void Count_OfMulti_CountsTickedOptions()
    {
        Expr.Number("count(tools)", new FakeContext().Tick(Slot.Tools, 0, 1, 3)).Should().Be(3);
        Expr.Bool("count(tools) >= 3", new FakeContext().Tick(Slot.Tools, 0, 1, 3)).Should().BeTrue();
        Expr.Number("count(tools)", new FakeContext().Tick(Slot.Tools)).Should().Be(0);
    }

    [Fact]
    public void Count_OfMulti_HandlesAll64Options()
    {
        var scope = new FakeScope();
        var options = new string[64];
        for (int i = 0; i < 64; i++)
        {
            options[i] = "o" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        scope.Add(new Symbol("big", SymbolKind.Question, 3, ValueKind.Multi, options));
        var (compiled, errors) = Expr.TryCompile("count(big)", ValueKind.Number, scope: scope);
        errors.Should().BeEmpty();
        var all = new int[64];
        for (int i = 0; i < 64; i++)
        {
            all[i] = i;
        }

        compiled!.EvaluateNumber(new FakeContext().Tick(3, all)).Should().Be(64);
        Expr.TryCompile("'o63' in big", scope: scope).Compiled!.EvaluateBoolean(new FakeContext().Tick(3, 63)).Should().BeTrue();
    }

    [Fact]
    public void Count_OfBooleans_CountsTheTrueOnes()
    {
        var ctx = new FakeContext().Answer(Slot.SecureMessaging, 1).Answer(Slot.BackupTested, 0);
        Expr.Number("count(secure_messaging, backup_tested, true, 1 < 2)", ctx).Should().Be(3);
        Expr.Number("count(false)", ctx).Should().Be(0);
    }

    [Fact]
    public void SumMinMax_AggregateNumbers()
    {
        var ctx = new FakeContext().Answer(Slot.Headcount, 10).Answer(Slot.Share, 40);
        Expr.Number("sum(headcount, share, 1)", ctx).Should().Be(51);
        Expr.Number("min(headcount, share, 20)", ctx).Should().Be(10);
        Expr.Number("max(headcount, share, 20)", ctx).Should().Be(40);
        Expr.Number("max(7)", ctx).Should().Be(7);
        Expr.Number("min(-1, -5)", ctx).Should().Be(-5);
    }

    [Theory]
    [InlineData((int)AnswerStatus.Answered, true)]
    [InlineData((int)AnswerStatus.NotApplicable, true)]
    [InlineData((int)AnswerStatus.Unanswered, false)]
    [InlineData((int)AnswerStatus.Hidden, false)]
    public void Answered_IsTrueForAnswersAndNotApplicable(int status, bool expected) =>
        Expr.Bool("answered(headcount)", new FakeContext().WithStatus(Slot.Headcount, (AnswerStatus)status)).Should().Be(expected);

    [Theory]
    [InlineData((int)AnswerStatus.Answered, false)]
    [InlineData((int)AnswerStatus.NotApplicable, true)]
    [InlineData((int)AnswerStatus.Unanswered, false)]
    [InlineData((int)AnswerStatus.Hidden, false)]
    public void Na_IsTrueOnlyForNotApplicable(int status, bool expected) =>
        Expr.Bool("na(secure_messaging)", new FakeContext().WithStatus(Slot.SecureMessaging, (AnswerStatus)status)).Should().Be(expected);

    [Fact]
    public void Na_TellsNotApplicableFromNo_InARecommendationCondition()
    {
        var no = new FakeContext().Answer(Slot.SecureMessaging, 0);
        var na = new FakeContext().WithStatus(Slot.SecureMessaging, AnswerStatus.NotApplicable);
        Expr.Bool("not secure_messaging and not na(secure_messaging)", no).Should().BeTrue();
        Expr.Bool("not secure_messaging and not na(secure_messaging)", na).Should().BeFalse();
    }

    [Fact]
    public void Points_ReadsTheQuestionsPoints()
    {
        var ctx = new FakeContext().Answer(Slot.Ehr, Slot.Partial, points: 2).Answer(Slot.SecureMessaging, 1, points: 1.5);
        Expr.Number("points(ehr) + points(secure_messaging) + points(tools)", ctx).Should().Be(3.5);
    }

    [Fact]
    public void RealRuleSetExample_AnsweredAndHeadcount()
    {
        Expr.Bool("answered(headcount) and headcount >= 10", new FakeContext().Answer(Slot.Headcount, 12)).Should().BeTrue();
        Expr.Bool("answered(headcount) and headcount >= 10", new FakeContext().Answer(Slot.Headcount, 3)).Should().BeFalse();
        Expr.Bool("answered(headcount) and headcount >= 10", new FakeContext()).Should().BeFalse();
    }

    [Fact]
    public void EvaluateNumber_OfABooleanExpression_IsOneOrZero_AndViceVersa()
    {
        Expr.Compile("1 < 2").EvaluateNumber(new FakeContext()).Should().Be(1);
        Expr.Compile("1 > 2").EvaluateNumber(new FakeContext()).Should().Be(0);
        Expr.Compile("3", ValueKind.Number).EvaluateBoolean(new FakeContext()).Should().BeTrue();
        Expr.Compile("0", ValueKind.Number).EvaluateBoolean(new FakeContext()).Should().BeFalse();
    }

    [Fact]
    public void Compiled_ExposesTextTypeAndReferences()
    {
        CompiledExpression compiled = Expr.Compile("headcount > 3 and ehr >= 'pilot' and headcount < clinical + messaging + clinical and score > 1 and 'crm' in tools");
        compiled.Text.Should().StartWith("headcount > 3");
        compiled.Type.Should().Be(ValueKind.Boolean);
        compiled.QuestionSlots.Should().Equal(Slot.Headcount, Slot.Ehr, Slot.Tools);
        compiled.NodeSlots.Should().Equal(0, 1);
        compiled.ReferencesOverallScore.Should().BeTrue();

        CompiledExpression formula = Expr.Compile("points(share) + count(backup_tested, secure_messaging)", ValueKind.Number);
        formula.Type.Should().Be(ValueKind.Number);
        formula.QuestionSlots.Should().Equal(Slot.Share, Slot.BackupTested, Slot.SecureMessaging);
        formula.NodeSlots.Should().BeEmpty();
        formula.ReferencesOverallScore.Should().BeFalse();
    }
}
