using Maturity.Diagnostics;

namespace Maturity.Expressions;

/// <summary>Function calls: <c>count</c>, <c>sum</c>/<c>min</c>/<c>max</c> over questions, and the per-question functions.</summary>
internal sealed partial class ExpressionBinder
{
    private Bound BindCall(CallSyntax call)
    {
        var arguments = new Bound[call.Arguments.Count];
        for (int i = 0; i < arguments.Length; i++)
        {
            arguments[i] = Bind(call.Arguments[i]);
        }

        switch (call.Name)
        {
            case "count":
                return BindCount(call, arguments);
            case "sum":
                return BindAggregate(call, arguments, AggregateFunction.Sum);
            case "min":
                return BindAggregate(call, arguments, AggregateFunction.Min);
            case "max":
                return BindAggregate(call, arguments, AggregateFunction.Max);
            case "answered":
            case "na":
            case "points":
                return BindQuestionFunction(call, arguments);
            default:
                AddError(call.Start, DiagnosticCodes.BadFunctionCall, Messages.ExprUnknownFunction(call.Name, FunctionList));
                return Bound.Error(call.Start);
        }
    }

    private Bound BindCount(CallSyntax call, Bound[] arguments)
    {
        if (arguments.Length == 0)
        {
            AddError(call.Start, DiagnosticCodes.BadFunctionCall, Messages.ExprCountNeedsArgument());
            return Bound.Error(call.Start);
        }

        if (arguments.Length == 1 && arguments[0].Kind == BoundKind.Multi)
        {
            return Bound.OfNumber(call.Start, new CountTickedNode(arguments[0].Symbol!.Slot));
        }

        var operands = new BoolNode[arguments.Length];
        bool ok = true;
        for (int i = 0; i < arguments.Length; i++)
        {
            Bound argument = arguments[i];
            if (argument.Kind == BoundKind.Boolean)
            {
                operands[i] = argument.Boolean!;
                continue;
            }

            ok = false;
            if (argument.Kind == BoundKind.Error)
            {
                continue;
            }

            LocalizedMessage message = argument.Kind == BoundKind.Multi
                ? Messages.ExprCountMultiAlone(i + 1, Describe(argument))
                : Messages.ExprCountArgument(i + 1, Describe(argument));
            AddError(argument.Start, DiagnosticCodes.BadFunctionCall, message);
        }

        return ok ? Bound.OfNumber(call.Start, new CountTrueNode(operands)) : Bound.Error(call.Start);
    }

    private Bound BindAggregate(CallSyntax call, Bound[] arguments, AggregateFunction function)
    {
        if (arguments.Length == 0)
        {
            AddError(call.Start, DiagnosticCodes.BadFunctionCall, Messages.ExprAggregateNeedsNumber(call.Name));
            return Bound.Error(call.Start);
        }

        var operands = new NumberNode[arguments.Length];
        bool ok = true;
        for (int i = 0; i < arguments.Length; i++)
        {
            Bound argument = arguments[i];
            if (argument.Kind == BoundKind.Number)
            {
                operands[i] = argument.Number!;
                continue;
            }

            ok = false;
            if (argument.Kind != BoundKind.Error)
            {
                AddError(argument.Start, DiagnosticCodes.BadFunctionCall,
                    Messages.ExprAggregateArgument(call.Name, i + 1, Describe(argument), Hint(argument, BoundKind.Number)));
            }
        }

        if (!ok)
        {
            return Bound.Error(call.Start);
        }

        return Bound.OfNumber(call.Start, operands.Length == 1 ? operands[0] : new AggregateNode(function, operands));
    }

    private Bound BindQuestionFunction(CallSyntax call, Bound[] arguments)
    {
        if (arguments.Length != 1)
        {
            AddError(call.Start, DiagnosticCodes.BadFunctionCall, Messages.ExprQuestionFunctionArity(call.Name, arguments.Length));
            return Bound.Error(call.Start);
        }

        Bound argument = arguments[0];
        if (argument.Kind == BoundKind.Error)
        {
            return Bound.Error(call.Start);
        }

        if (argument.Symbol is not { Kind: SymbolKind.Question } question || call.Arguments[0] is not IdentifierSyntax)
        {
            AddError(argument.Start, DiagnosticCodes.BadFunctionCall, Messages.ExprQuestionFunctionArgument(call.Name, Describe(argument)));
            return Bound.Error(call.Start);
        }

        return call.Name switch
        {
            "answered" => Bound.OfBoolean(call.Start, new AnsweredNode(question.Slot)),
            "na" => Bound.OfBoolean(call.Start, new NotApplicableNode(question.Slot)),
            _ => Bound.OfNumber(call.Start, new PointsNode(question.Slot)),
        };
    }

    private static bool IsFunction(string name) => name is "count" or "sum" or "min" or "max" or "answered" or "na" or "points";
}
