namespace Maturity.Expressions;

// The compiled form of an expression: a tree of immutable, sealed nodes. Evaluation is a plain
// virtual call per node: no allocation, no boxing, no exceptions (division by zero yields 0,
// out-of-range values compare false), and the tree depth is bounded by ExpressionLimits.MaxDepth.

/// <summary>A node that yields a boolean.</summary>
internal abstract class BoolNode
{
    public abstract bool Evaluate(ExpressionContext context);
}

/// <summary>A node that yields a number.</summary>
internal abstract class NumberNode
{
    public abstract double Evaluate(ExpressionContext context);
}

internal sealed class BoolConstantNode(bool value) : BoolNode
{
    public override bool Evaluate(ExpressionContext context) => value;
}

/// <summary>A boolean question: false unless answered true; negated, the opposite (<c>not q</c>).</summary>
internal sealed class BoolQuestionNode(int slot, bool negated = false) : BoolNode
{
    public override bool Evaluate(ExpressionContext context) =>
        (context.Status[slot] == AnswerStatus.Answered && context.Value[slot] != 0) != negated;

    public BoolQuestionNode Negated() => new(slot, !negated);
}

internal sealed class NotNode(BoolNode operand) : BoolNode
{
    public override bool Evaluate(ExpressionContext context) => !operand.Evaluate(context);
}

internal sealed class AndNode(BoolNode[] operands) : BoolNode
{
    public override bool Evaluate(ExpressionContext context)
    {
        foreach (BoolNode operand in operands)
        {
            if (!operand.Evaluate(context))
            {
                return false;
            }
        }

        return true;
    }
}

internal sealed class OrNode(BoolNode[] operands) : BoolNode
{
    public override bool Evaluate(ExpressionContext context)
    {
        foreach (BoolNode operand in operands)
        {
            if (operand.Evaluate(context))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary><c>a == b</c> / <c>a != b</c> between booleans.</summary>
internal sealed class BoolEqualsNode(BoolNode left, BoolNode right, bool negated) : BoolNode
{
    public override bool Evaluate(ExpressionContext context) =>
        (left.Evaluate(context) == right.Evaluate(context)) != negated;
}

/// <summary><c>x in [..]</c> over numbers or option indexes; false when the guarded question is not answered.</summary>
internal sealed class InListNode(NumberNode value, int guard, double[] items, bool negated) : BoolNode
{
    public override bool Evaluate(ExpressionContext context)
    {
        if (guard >= 0 && context.Status[guard] != AnswerStatus.Answered)
        {
            return false;
        }

        double v = value.Evaluate(context);
        foreach (double item in items)
        {
            if (NumberTolerance.Equal(item, v))
            {
                return !negated;
            }
        }

        return negated;
    }
}

/// <summary><c>'opt' in multi</c>: the option's bit in the answer's mask; false when not answered.</summary>
internal sealed class MultiContainsNode(int slot, ulong bit, bool negated) : BoolNode
{
    public override bool Evaluate(ExpressionContext context) =>
        context.Status[slot] == AnswerStatus.Answered && (((context.Mask[slot] & bit) != 0) != negated);
}

/// <summary><c>answered(q)</c>: answered with a value or "not applicable".</summary>
internal sealed class AnsweredNode(int slot) : BoolNode
{
    public override bool Evaluate(ExpressionContext context)
    {
        AnswerStatus status = context.Status[slot];
        return status == AnswerStatus.Answered || status == AnswerStatus.NotApplicable;
    }
}

/// <summary><c>na(q)</c>: answered "not applicable" — lets a gate or a recommendation tell N/A from "no".</summary>
internal sealed class NotApplicableNode(int slot) : BoolNode
{
    public override bool Evaluate(ExpressionContext context) => context.Status[slot] == AnswerStatus.NotApplicable;
}

internal sealed class NumberConstantNode(double value) : NumberNode
{
    public double Value => value;

    public override double Evaluate(ExpressionContext context) => value;
}

/// <summary>A question's value (choice: option index), 0 when not answered.</summary>
internal sealed class QuestionValueNode(int slot) : NumberNode
{
    public int Slot => slot;

    public override double Evaluate(ExpressionContext context) =>
        context.Status[slot] == AnswerStatus.Answered ? context.Value[slot] : 0;
}

internal sealed class NodeScoreNode(int slot) : NumberNode
{
    public override double Evaluate(ExpressionContext context) => context.NodeCounts[slot] ? context.NodeScore[slot] : 0;
}

internal sealed class OverallScoreNode : NumberNode
{
    public static readonly OverallScoreNode Instance = new();

    public override double Evaluate(ExpressionContext context) => context.Score;
}

/// <summary>The level reached as its index, -1 when none: below every level, so <c>level &gt;= 'x'</c> is false.</summary>
internal sealed class LevelIndexNode : NumberNode
{
    public static readonly LevelIndexNode Instance = new();

    public override double Evaluate(ExpressionContext context) => context.LevelIndex;
}

internal sealed class PointsNode(int slot) : NumberNode
{
    public override double Evaluate(ExpressionContext context) => context.QuestionPoints[slot];
}

internal sealed class NegateNode(NumberNode operand) : NumberNode
{
    public override double Evaluate(ExpressionContext context) => -operand.Evaluate(context);
}

/// <summary>A left-associative <c>+ -</c> chain; <c>subtract[i]</c> says operand i is subtracted.</summary>
internal sealed class AdditiveNode(NumberNode[] operands, bool[] subtract) : NumberNode
{
    public override double Evaluate(ExpressionContext context)
    {
        double result = operands[0].Evaluate(context);
        for (int i = 1; i < operands.Length; i++)
        {
            double v = operands[i].Evaluate(context);
            result = subtract[i] ? result - v : result + v;
        }

        return result;
    }
}

/// <summary>A left-associative <c>* /</c> chain; <c>divide[i]</c> says operand i divides. x / 0 is 0.</summary>
internal sealed class MultiplicativeNode(NumberNode[] operands, bool[] divide) : NumberNode
{
    public override double Evaluate(ExpressionContext context)
    {
        double result = operands[0].Evaluate(context);
        for (int i = 1; i < operands.Length; i++)
        {
            double v = operands[i].Evaluate(context);
            if (!divide[i])
            {
                result *= v;
            }
            else
            {
                result = v == 0 ? 0 : result / v;
            }
        }

        return result;
    }
}

/// <summary><c>count(b1, b2, ...)</c>: how many are true.</summary>
internal sealed class CountTrueNode(BoolNode[] operands) : NumberNode
{
    public override double Evaluate(ExpressionContext context)
    {
        int count = 0;
        foreach (BoolNode operand in operands)
        {
            if (operand.Evaluate(context))
            {
                count++;
            }
        }

        return count;
    }
}

/// <summary><c>count(multi)</c>: ticked options, 0 when not answered.</summary>
internal sealed class CountTickedNode(int slot) : NumberNode
{
    public override double Evaluate(ExpressionContext context) =>
        context.Status[slot] == AnswerStatus.Answered ? PopCount(context.Mask[slot]) : 0;

    internal static int PopCount(ulong mask)
    {
#if NETCOREAPP3_0_OR_GREATER
        return System.Numerics.BitOperations.PopCount(mask);
#else
        unchecked
        {
            mask -= (mask >> 1) & 0x5555555555555555UL;
            mask = (mask & 0x3333333333333333UL) + ((mask >> 2) & 0x3333333333333333UL);
            mask = (mask + (mask >> 4)) & 0x0F0F0F0F0F0F0F0FUL;
            return (int)((mask * 0x0101010101010101UL) >> 56);
        }
#endif
    }
}

/// <summary><c>sum</c>, <c>min</c>, <c>max</c> over one or more numbers.</summary>
internal sealed class AggregateNode(AggregateFunction function, NumberNode[] operands) : NumberNode
{
    public override double Evaluate(ExpressionContext context)
    {
        double result = operands[0].Evaluate(context);
        for (int i = 1; i < operands.Length; i++)
        {
            double v = operands[i].Evaluate(context);
            result = function switch
            {
                AggregateFunction.Sum => result + v,
                AggregateFunction.Min => v < result ? v : result,
                _ => v > result ? v : result,
            };
        }

        return result;
    }
}

internal enum AggregateFunction
{
    Sum,
    Min,
    Max,
}
