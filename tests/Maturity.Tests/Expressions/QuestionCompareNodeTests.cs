using Maturity.Expressions;

namespace Maturity.Tests.Expressions;

/// <summary>The one-node form of "question against a constant" gives CompareNode's answer, the constant on
/// either side, for every operator, answer status and value around the tolerance.</summary>
public class QuestionCompareNodeTests
{
    private static readonly double[] Values = [-1, 0, 1 - 2e-9, 1 - 5e-10, 1, 1 + 5e-10, 1 + 2e-9, 2, 3.5];

    /// <summary>Every <see cref="CompareOperator"/>, as its number (the enum is internal).</summary>
    public static TheoryData<int> Operators() => [0, 1, 2, 3, 4, 5];

    [Theory]
    [MemberData(nameof(Operators))]
    public void Evaluate_QuestionAgainstConstant_SameAsCompareNode(int operatorNumber)
    {
        var op = (CompareOperator)operatorNumber;
        const int Q = Slot.Headcount;
        foreach (var status in new[] { AnswerStatus.Answered, AnswerStatus.Unanswered, AnswerStatus.NotApplicable, AnswerStatus.Hidden })
        {
            foreach (var value in Values)
            {
                var ctx = new FakeContext().Answer(Q, value).WithStatus(Q, status);
                var general = CompareNodes.Of(op, new QuestionValueNode(Q), Q, new NumberConstantNode(1), -1);

                CompareNodes.QuestionAgainst(op, Q, 1).Evaluate(ctx).Should().Be(general.Evaluate(ctx), "{0} {1} 1, {2}", value, op, status);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Operators))]
    public void Compile_ConstantOnEitherSide_SameAnswerAsTheGeneralNode(int operatorNumber)
    {
        var op = (CompareOperator)operatorNumber;
        var text = ExpressionBinder.OperatorText(op);
        foreach (var value in Values)
        {
            var ctx = new FakeContext().Answer(Slot.Headcount, value);
            var general = CompareNodes.Of(op, new NumberConstantNode(1), -1, new QuestionValueNode(Slot.Headcount), Slot.Headcount);

            Expr.Compile("1 " + text + " headcount").EvaluateBoolean(ctx).Should().Be(general.Evaluate(ctx), "1 {0} {1}", text, value);
            Expr.Compile("headcount " + text + " 1").EvaluateBoolean(ctx)
                .Should().Be(CompareNodes.Of(op, new QuestionValueNode(Slot.Headcount), Slot.Headcount, new NumberConstantNode(1), -1).Evaluate(ctx), "{0} {1} 1", value, text);
        }
    }
}
