using System.Collections.Generic;
using System;
using Maturity.Diagnostics;

namespace Maturity.Expressions;

/// <summary>Comparisons and <c>in</c>: operands that can be compared, option ids checked against the question they test.</summary>
internal sealed partial class ExpressionBinder
{
    private Bound BindCompare(CompareSyntax compare)
    {
        Bound left = Bind(compare.Left);
        Bound right = Bind(compare.Right);
        string op = OperatorText(compare.Operator);
        bool equality = compare.Operator is CompareOperator.Equal or CompareOperator.NotEqual;
        bool ok = CheckComparable(left, op) & CheckComparable(right, op);
        if (!ok || left.Kind == BoundKind.Error || right.Kind == BoundKind.Error)
        {
            HintOptionWrittenAsName(left, compare.Right);
            HintOptionWrittenAsName(right, compare.Left);
            return Bound.Error(compare.Start);
        }

        // Choice against a quoted option (either side): compare option indexes.
        if (left.Kind == BoundKind.Choice && right.Kind == BoundKind.String)
        {
            int index = OptionIndex(left.Symbol!, right);
            return index < 0 ? Bound.Error(compare.Start) : Compare(compare, left.Number!, left.GuardSlot, new NumberConstantNode(index), -1);
        }

        if (left.Kind == BoundKind.String && right.Kind == BoundKind.Choice)
        {
            int index = OptionIndex(right.Symbol!, left);
            return index < 0 ? Bound.Error(compare.Start) : Compare(compare, new NumberConstantNode(index), -1, right.Number!, right.GuardSlot);
        }

        if (left.Kind == BoundKind.Choice && right.Kind == BoundKind.Choice)
        {
            if (!SameOptions(left.Symbol!.Options, right.Symbol!.Options))
            {
                AddError(compare.OperatorOffset, DiagnosticCodes.TypeMismatch, Messages.ExprOptionsDiffer(Describe(left), Describe(right)));
                return Bound.Error(compare.Start);
            }

            return Compare(compare, left.Number!, left.GuardSlot, right.Number!, right.GuardSlot);
        }

        if (left.Kind == BoundKind.Number && right.Kind == BoundKind.Number)
        {
            return Compare(compare, left.Number!, left.GuardSlot, right.Number!, right.GuardSlot);
        }

        if (equality && left.Kind == BoundKind.Boolean && right.Kind == BoundKind.Boolean)
        {
            return Bound.OfBoolean(compare.Start, new BoolEqualsNode(left.Boolean!, right.Boolean!, compare.Operator == CompareOperator.NotEqual));
        }

        LocalizedMessage message = left.Kind == BoundKind.Boolean && right.Kind == BoundKind.Boolean
            ? Messages.ExprTwoBooleans(op)
            : Messages.ExprCannotCompare(Describe(left), Describe(right), Hint(left, right));
        AddError(compare.OperatorOffset, DiagnosticCodes.TypeMismatch, message);
        return Bound.Error(compare.Start);
    }

    private static Bound Compare(CompareSyntax compare, NumberNode left, int leftGuard, NumberNode right, int rightGuard)
    {
        // A question against a constant takes the one-node form; a constant on the left is the same test mirrored
        // (c < q is q > c within the tolerance, and so on).
        if (left is QuestionValueNode q && leftGuard == q.Slot && right is NumberConstantNode c && rightGuard < 0)
        {
            return Bound.OfBoolean(compare.Start, CompareNodes.QuestionAgainst(compare.Operator, q.Slot, c.Value));
        }

        if (right is QuestionValueNode rq && rightGuard == rq.Slot && left is NumberConstantNode lc && leftGuard < 0)
        {
            return Bound.OfBoolean(compare.Start, CompareNodes.QuestionAgainst(Mirror(compare.Operator), rq.Slot, lc.Value));
        }

        return Bound.OfBoolean(compare.Start, CompareNodes.Of(compare.Operator, left, leftGuard, right, rightGuard));
    }

    private static CompareOperator Mirror(CompareOperator op) => op switch
    {
        CompareOperator.Less => CompareOperator.Greater,
        CompareOperator.LessOrEqual => CompareOperator.GreaterOrEqual,
        CompareOperator.Greater => CompareOperator.Less,
        CompareOperator.GreaterOrEqual => CompareOperator.LessOrEqual,
        _ => op,
    };

    /// <summary>Multi questions and lists are never comparison operands: reported at the operand.</summary>
    private bool CheckComparable(Bound operand, string op)
    {
        if (operand.Kind == BoundKind.Multi)
        {
            AddError(operand.Start, DiagnosticCodes.TypeMismatch, Messages.ExprCompareMulti(op, Describe(operand), operand.Symbol!.Name));
            return false;
        }

        if (operand.Kind == BoundKind.List)
        {
            AddError(operand.Start, DiagnosticCodes.TypeMismatch, Messages.ExprListOnlyAfterIn(op));
            return false;
        }

        return true;
    }

    private Bound BindIn(InSyntax @in)
    {
        Bound value = Bind(@in.Value);
        string op = @in.Negated ? "not in" : "in";
        if (@in.Target is ListSyntax list)
        {
            return BindInList(@in, value, list, op);
        }

        Bound target = Bind(@in.Target);
        if (target.Kind == BoundKind.Error)
        {
            return Bound.Error(@in.Start);
        }

        bool ok = true;
        if (target.Kind != BoundKind.Multi)
        {
            AddError(target.Start, DiagnosticCodes.TypeMismatch,
                Messages.ExprInNeedsMulti(op, Describe(target), target.Kind == BoundKind.Choice ? Messages.ExprHintCompareChoiceWithEquals() : null));
            ok = false;
        }

        if (value.Kind != BoundKind.String)
        {
            if (value.Kind != BoundKind.Error)
            {
                string expression = ok ? op + " " + target.Symbol!.Name : op;
                AddError(value.Start, DiagnosticCodes.TypeMismatch, Messages.ExprInLeftSide(expression, Describe(value)));
            }

            return Bound.Error(@in.Start);
        }

        if (!ok)
        {
            return Bound.Error(@in.Start);
        }

        int index = OptionIndex(target.Symbol!, value);
        if (index < 0)
        {
            return Bound.Error(@in.Start);
        }

        ulong bit = index < 64 ? 1UL << index : 0UL;
        return Bound.OfBoolean(@in.Start, new MultiContainsNode(target.Symbol!.Slot, bit, @in.Negated));
    }

    private Bound BindInList(InSyntax @in, Bound value, ListSyntax list, string op)
    {
        if (value.Kind == BoundKind.Error)
        {
            return Bound.Error(@in.Start);
        }

        if (value.Kind != BoundKind.Choice && value.Kind != BoundKind.Number)
        {
            AddError(value.Start, DiagnosticCodes.TypeMismatch,
                Messages.ExprInListLeft(op, Describe(value), value.Kind == BoundKind.String ? Messages.ExprHintTestMultiWithIn() : null));
            return Bound.Error(@in.Start);
        }

        var items = new double[list.Items.Count];
        bool ok = true;
        for (int i = 0; i < items.Length; i++)
        {
            ExprSyntax item = list.Items[i];
            if (value.Kind == BoundKind.Choice)
            {
                if (item is StringSyntax option)
                {
                    int index = OptionIndex(value.Symbol!, new Bound(BoundKind.String, option.Start, text: option.Value));
                    ok &= index >= 0;
                    items[i] = index;
                }
                else
                {
                    AddError(item.Start, DiagnosticCodes.TypeMismatch, Messages.ExprExpectedOptionInList(value.Symbol!.Name, DescribeLiteral(item)));
                    ok = false;
                }
            }
            else if (item is NumberSyntax number)
            {
                items[i] = number.Value;
            }
            else
            {
                AddError(item.Start, DiagnosticCodes.TypeMismatch, Messages.ExprExpectedNumberInList(DescribeLiteral(item)));
                ok = false;
            }
        }

        return ok
            ? Bound.OfBoolean(@in.Start, new InListNode(value.Number!, value.GuardSlot, items, @in.Negated))
            : Bound.Error(@in.Start);
    }

    /// <summary>The index of a quoted option in a question's options; -1 with MAT053 when absent.</summary>
    private int OptionIndex(Symbol question, Bound literal)
    {
        IReadOnlyList<string> options = question.Options;
        for (int i = 0; i < options.Count; i++)
        {
            if (string.Equals(options[i], literal.Text, StringComparison.Ordinal))
            {
                return i;
            }
        }

        AddError(literal.Start, DiagnosticCodes.UnknownOption, Messages.ExprUnknownOption(ExpressionLexer.Shorten(literal.Text!), question.Name, question.Options));
        return -1;
    }

    /// <summary>For <c>ehr &gt;= partial</c>: the unknown name is an option of the choice question on the other
    /// side, so the MAT051 message says to quote it.</summary>
    private void HintOptionWrittenAsName(Bound choice, ExprSyntax other)
    {
        if (choice.Kind != BoundKind.Choice || other is not IdentifierSyntax id)
        {
            return;
        }

        bool isOption = false;
        foreach (string option in choice.Symbol!.Options)
        {
            isOption |= string.Equals(option, id.Name, StringComparison.Ordinal);
        }

        for (int i = _errors.Count - 1; isOption && i >= 0; i--)
        {
            ExpressionError error = _errors[i];
            if (error.Offset == id.Start && error.Code == DiagnosticCodes.UnknownIdentifier)
            {
                _errors[i] = new ExpressionError(error.Offset, error.Code, Messages.ExprOptionsInQuotes(error.Text, "'" + id.Name + "'"));
                return;
            }
        }
    }

    private static bool SameOptions(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        for (int i = 0; i < a.Count; i++)
        {
            if (!string.Equals(a[i], b[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
