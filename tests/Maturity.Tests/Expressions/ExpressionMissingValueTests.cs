using Maturity.Expressions;

namespace Maturity.Tests.Expressions;

/// <summary>A question whose status is not Answered is "missing"; see docs/expressions.md.</summary>
public class ExpressionMissingValueTests
{
    public static TheoryData<int> MissingStatuses => new()
    {
        (int)AnswerStatus.Unanswered,
        (int)AnswerStatus.NotApplicable,
        (int)AnswerStatus.Hidden,
    };

    /// <summary>A context where every question is missing but carries a stale value, mask and "true".</summary>
    private static FakeContext Missing(int status)
    {
        var ctx = new FakeContext()
            .Answer(Slot.Ehr, Slot.Full)
            .Answer(Slot.SecureMessaging, 1)
            .Answer(Slot.Headcount, 50)
            .Tick(Slot.Tools, 0, 1, 2, 3)
            .Answer(Slot.Lab, Slot.Pilot);
        foreach (int slot in new[] { Slot.Ehr, Slot.SecureMessaging, Slot.Headcount, Slot.Tools, Slot.Lab })
        {
            ctx.WithStatus(slot, (AnswerStatus)status);
        }

        return ctx;
    }

    [Theory]
    [MemberData(nameof(MissingStatuses))]
    public void MissingBooleanQuestion_IsFalse(int status)
    {
        Expr.Bool("secure_messaging", Missing(status)).Should().BeFalse();
        Expr.Bool("not secure_messaging", Missing(status)).Should().BeTrue();
    }

    [Theory]
    [MemberData(nameof(MissingStatuses))]
    public void MissingNumberQuestion_IsZeroInArithmetic(int status)
    {
        Expr.Number("headcount + 1", Missing(status)).Should().Be(1);
        Expr.Number("sum(headcount, 2)", Missing(status)).Should().Be(2);
        Expr.Bool("headcount + 0 == 0", Missing(status)).Should().BeTrue();
    }

    [Theory]
    [MemberData(nameof(MissingStatuses))]
    public void AnyComparison_WithAMissingNumberQuestion_IsFalse(int status)
    {
        FakeContext ctx = Missing(status);
        foreach (string op in new[] { "<", "<=", ">", ">=", "==", "!=" })
        {
            Expr.Bool("headcount " + op + " 3", ctx).Should().BeFalse("headcount {0} 3", op);
            Expr.Bool("3 " + op + " headcount", ctx).Should().BeFalse("3 {0} headcount", op);
        }

        Expr.Bool("not (headcount > 3)", ctx).Should().BeTrue();
        Expr.Bool("headcount in [0, 50]", ctx).Should().BeFalse();
        Expr.Bool("headcount not in [0, 50]", ctx).Should().BeFalse();
    }

    [Theory]
    [MemberData(nameof(MissingStatuses))]
    public void AnyComparison_WithAMissingChoiceQuestion_IsFalse(int status)
    {
        FakeContext ctx = Missing(status);
        foreach (string op in new[] { "<", "<=", ">", ">=", "==", "!=" })
        {
            Expr.Bool("ehr " + op + " 'partial'", ctx).Should().BeFalse("ehr {0} 'partial'", op);
        }

        Expr.Bool("ehr in ['none', 'full']", ctx).Should().BeFalse();
        Expr.Bool("ehr not in ['none', 'full']", ctx).Should().BeFalse();
        Expr.Bool("ehr >= lab", ctx).Should().BeFalse();
        Expr.Bool("ehr < lab", ctx).Should().BeFalse();
    }

    [Fact]
    public void ChoiceComparison_WithOneSideMissing_IsFalse()
    {
        var ctx = new FakeContext().Answer(Slot.Ehr, Slot.Full);
        Expr.Bool("ehr > lab", ctx).Should().BeFalse();
        Expr.Bool("ehr != lab", ctx).Should().BeFalse();
    }

    [Theory]
    [MemberData(nameof(MissingStatuses))]
    public void MissingMultiQuestion_ContainsNothing_AndCountsZero(int status)
    {
        FakeContext ctx = Missing(status);
        Expr.Bool("'cloud' in tools", ctx).Should().BeFalse();
        Expr.Bool("'cloud' not in tools", ctx).Should().BeFalse();
        Expr.Number("count(tools)", ctx).Should().Be(0);
    }

    [Fact]
    public void ComparisonOfAComputedValue_UsesZeroForMissing()
    {
        // Only a question named directly as an operand makes a comparison false; inside arithmetic it is 0.
        Expr.Bool("headcount * 1 <= 3", new FakeContext()).Should().BeTrue();
        Expr.Bool("count(tools) == 0", new FakeContext()).Should().BeTrue();
    }
}
