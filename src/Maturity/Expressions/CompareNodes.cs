namespace Maturity.Expressions;

// Comparisons, the commonest test in gates, conditions and indicators. Each operator is a struct type argument, so
// the JIT compiles one node class per operator with its test inlined, instead of a call and a switch per test.

/// <summary>A comparison of two numbers (choice options compare as their indexes), with the tolerance of level
/// thresholds (<see cref="NumberTolerance"/>). A guard slot (&gt;= 0) names a question operand: when that question
/// is not answered the comparison is false.</summary>
internal sealed class CompareNode<TOperator>(NumberNode left, int leftGuard, NumberNode right, int rightGuard) : BoolNode
    where TOperator : struct, ICompareOperator
{
    public override bool Evaluate(ExpressionContext context)
    {
        if ((leftGuard >= 0 && context.Status[leftGuard] != AnswerStatus.Answered)
            || (rightGuard >= 0 && context.Status[rightGuard] != AnswerStatus.Answered))
        {
            return false;
        }

        return default(TOperator).Test(left.Evaluate(context), right.Evaluate(context));
    }
}

/// <summary>A question against a constant (<c>ci_cd &gt;= 'ci'</c>, <c>developers &gt; 0</c>), most gates and conditions:
/// <see cref="CompareNode{TOperator}"/>'s test on the answered value, without walking two operand nodes; false when
/// the question is not answered.</summary>
internal sealed class QuestionCompareNode<TOperator>(int slot, double constant) : BoolNode
    where TOperator : struct, ICompareOperator
{
    public override bool Evaluate(ExpressionContext context) =>
        context.Status[slot] == AnswerStatus.Answered && default(TOperator).Test(context.Value[slot], constant);
}

/// <summary>Builds the comparison node of an operator.</summary>
internal static class CompareNodes
{
    public static BoolNode Of(CompareOperator op, NumberNode left, int leftGuard, NumberNode right, int rightGuard) => op switch
    {
        CompareOperator.Equal => new CompareNode<EqualOperator>(left, leftGuard, right, rightGuard),
        CompareOperator.NotEqual => new CompareNode<NotEqualOperator>(left, leftGuard, right, rightGuard),
        CompareOperator.Less => new CompareNode<LessOperator>(left, leftGuard, right, rightGuard),
        CompareOperator.LessOrEqual => new CompareNode<LessOrEqualOperator>(left, leftGuard, right, rightGuard),
        CompareOperator.Greater => new CompareNode<GreaterOperator>(left, leftGuard, right, rightGuard),
        _ => new CompareNode<GreaterOrEqualOperator>(left, leftGuard, right, rightGuard),
    };

    public static BoolNode QuestionAgainst(CompareOperator op, int slot, double constant) => op switch
    {
        CompareOperator.Equal => new QuestionCompareNode<EqualOperator>(slot, constant),
        CompareOperator.NotEqual => new QuestionCompareNode<NotEqualOperator>(slot, constant),
        CompareOperator.Less => new QuestionCompareNode<LessOperator>(slot, constant),
        CompareOperator.LessOrEqual => new QuestionCompareNode<LessOrEqualOperator>(slot, constant),
        CompareOperator.Greater => new QuestionCompareNode<GreaterOperator>(slot, constant),
        _ => new QuestionCompareNode<GreaterOrEqualOperator>(slot, constant),
    };
}

/// <summary>A comparison operator's test, within <see cref="NumberTolerance"/>.</summary>
internal interface ICompareOperator
{
    bool Test(double left, double right);
}

internal readonly struct EqualOperator : ICompareOperator
{
    public bool Test(double left, double right) => NumberTolerance.Equal(left, right);
}

internal readonly struct NotEqualOperator : ICompareOperator
{
    public bool Test(double left, double right) => !NumberTolerance.Equal(left, right);
}

internal readonly struct LessOperator : ICompareOperator
{
    public bool Test(double left, double right) => !NumberTolerance.AtLeast(left, right);
}

internal readonly struct LessOrEqualOperator : ICompareOperator
{
    public bool Test(double left, double right) => NumberTolerance.AtLeast(right, left);
}

internal readonly struct GreaterOperator : ICompareOperator
{
    public bool Test(double left, double right) => !NumberTolerance.AtLeast(right, left);
}

internal readonly struct GreaterOrEqualOperator : ICompareOperator
{
    public bool Test(double left, double right) => NumberTolerance.AtLeast(left, right);
}
