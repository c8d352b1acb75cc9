using System;
using System.Collections.Generic;
using Maturity.Diagnostics;

namespace Maturity.Expressions;

/// <summary>Type-checks a parsed expression against a scope and builds its evaluation tree. It reports
/// every problem it can find: an operand that failed to check has the kind <see cref="BoundKind.Error"/>
/// and is silently accepted by its parent, so one mistake produces one message.</summary>
internal sealed partial class ExpressionBinder
{
    private const string FunctionList = "count, sum, min, max, answered, na, points";

    private readonly ISymbolScope _scope;
    private readonly List<ExpressionError> _errors;
    private readonly List<int> _questionSlots = [];
    private readonly List<int> _nodeSlots = [];

    public ExpressionBinder(ISymbolScope scope, List<ExpressionError> errors)
    {
        _scope = scope;
        _errors = errors;
    }

    public List<int> QuestionSlots => _questionSlots;

    public List<int> NodeSlots => _nodeSlots;

    public bool ReferencesOverallScore { get; private set; }

    public Bound Bind(ExprSyntax syntax) => syntax switch
    {
        NumberSyntax n => Bound.OfNumber(n.Start, new NumberConstantNode(n.Value)),
        BooleanSyntax b => Bound.OfBoolean(b.Start, new BoolConstantNode(b.Value)),
        StringSyntax s => new Bound(BoundKind.String, s.Start, text: s.Value),
        ListSyntax l => new Bound(BoundKind.List, l.Start),
        IdentifierSyntax id => BindIdentifier(id),
        NotSyntax not => BindNot(not),
        NegateSyntax neg => BindNegate(neg),
        LogicalSyntax logical => BindLogical(logical),
        ArithmeticSyntax arithmetic => BindArithmetic(arithmetic),
        CompareSyntax compare => BindCompare(compare),
        InSyntax @in => BindIn(@in),
        CallSyntax call => BindCall(call),
        _ => throw new InvalidOperationException("Unknown syntax node " + syntax.GetType().Name),
    };

    /// <summary>Checks that the whole expression has the expected type (MAT052 at offset 0 otherwise);
    /// null accepts a condition or a number.</summary>
    public void CheckResult(Bound root, ValueKind? expected)
    {
        BoundKind wanted = expected == ValueKind.Number ? BoundKind.Number : BoundKind.Boolean;
        if (root.Kind == BoundKind.Error || root.Kind == wanted || (expected is null && root.Kind == BoundKind.Number))
        {
            return;
        }

        LocalizedMessage what = expected switch
        {
            ValueKind.Boolean => Messages.ExprACondition(),
            ValueKind.Number => Messages.ExprANumber(),
            _ => Messages.ExprAConditionOrNumber(),
        };
        AddError(0, DiagnosticCodes.TypeMismatch, Messages.ExprWrongResult(what, Describe(root), Hint(root, wanted)));
    }

    private Bound BindIdentifier(IdentifierSyntax id)
    {
        if (!_scope.TryResolve(id.Name, out Symbol? symbol, out LocalizedMessage? reason) || symbol is null)
        {
            if (reason is not null)
            {
                AddError(id.Start, DiagnosticCodes.ReferenceNotAllowed, Messages.ExprNotAllowedHere(id.Name, reason));
            }
            else
            {
                LocalizedMessage? hint = IsFunction(id.Name) ? Messages.ExprHintIsAFunction(id.Name) : null;
                AddError(id.Start, DiagnosticCodes.UnknownIdentifier, Messages.ExprUnknownIdentifier(id.Name, hint));
            }

            return Bound.Error(id.Start);
        }

        switch (symbol.Kind)
        {
            case SymbolKind.Node:
                AddDistinct(_nodeSlots, symbol.Slot);
                return new Bound(BoundKind.Number, id.Start, number: new NodeScoreNode(symbol.Slot), symbol: symbol);
            case SymbolKind.OverallScore:
                ReferencesOverallScore = true;
                return new Bound(BoundKind.Number, id.Start, number: OverallScoreNode.Instance, symbol: symbol);
            case SymbolKind.Level:
                return new Bound(BoundKind.Choice, id.Start, number: LevelIndexNode.Instance, symbol: symbol);
        }

        AddDistinct(_questionSlots, symbol.Slot);
        return symbol.Type switch
        {
            ValueKind.Boolean => new Bound(BoundKind.Boolean, id.Start, boolean: new BoolQuestionNode(symbol.Slot), symbol: symbol),
            ValueKind.Number => new Bound(BoundKind.Number, id.Start, number: new QuestionValueNode(symbol.Slot), symbol: symbol),
            ValueKind.Choice => new Bound(BoundKind.Choice, id.Start, number: new QuestionValueNode(symbol.Slot), symbol: symbol),
            _ => new Bound(BoundKind.Multi, id.Start, symbol: symbol),
        };
    }

    private Bound BindNot(NotSyntax not)
    {
        BoolNode? operand = ExpectBoolean(Bind(not.Operand), "not");
        // "not q" on a yes/no question, frequent in conditions, is one node rather than two.
        return operand is null ? Bound.Error(not.Start)
            : Bound.OfBoolean(not.Start, operand is BoolQuestionNode question ? question.Negated() : new NotNode(operand));
    }

    private Bound BindNegate(NegateSyntax negate)
    {
        NumberNode? operand = ExpectNumber(Bind(negate.Operand), "-");
        if (operand is null)
        {
            return Bound.Error(negate.Start);
        }

        return Bound.OfNumber(negate.Start, operand is NumberConstantNode constant
            ? new NumberConstantNode(-constant.Value)
            : new NegateNode(operand));
    }

    private Bound BindLogical(LogicalSyntax logical)
    {
        string op = logical.IsAnd ? "and" : "or";
        var operands = new BoolNode[logical.Operands.Count];
        bool ok = true;
        for (int i = 0; i < operands.Length; i++)
        {
            BoolNode? operand = ExpectBoolean(Bind(logical.Operands[i]), op);
            ok &= operand is not null;
            operands[i] = operand!;
        }

        if (!ok)
        {
            return Bound.Error(logical.Start);
        }

        return Bound.OfBoolean(logical.Start, logical.IsAnd ? new AndNode(operands) : new OrNode(operands));
    }

    private Bound BindArithmetic(ArithmeticSyntax arithmetic)
    {
        var operands = new NumberNode[arithmetic.Operands.Count];
        var inverted = new bool[operands.Length];
        bool ok = true;
        for (int i = 0; i < operands.Length; i++)
        {
            inverted[i] = arithmetic.Inverted[i];
            string op = !arithmetic.Multiplicative ? (inverted[i] ? "-" : "+") : (inverted[i] ? "/" : "*");
            if (i == 0)
            {
                op = !arithmetic.Multiplicative ? (arithmetic.Inverted[1] ? "-" : "+") : (arithmetic.Inverted[1] ? "/" : "*");
            }

            NumberNode? operand = ExpectNumber(Bind(arithmetic.Operands[i]), op);
            ok &= operand is not null;
            operands[i] = operand!;
        }

        if (!ok)
        {
            return Bound.Error(arithmetic.Start);
        }

        return Bound.OfNumber(arithmetic.Start, arithmetic.Multiplicative
            ? new MultiplicativeNode(operands, inverted)
            : new AdditiveNode(operands, inverted));
    }

    private BoolNode? ExpectBoolean(Bound operand, string op)
    {
        if (operand.Kind == BoundKind.Boolean)
        {
            return operand.Boolean;
        }

        if (operand.Kind != BoundKind.Error)
        {
            AddError(operand.Start, DiagnosticCodes.TypeMismatch, Messages.ExprExpectedBoolean(op, Describe(operand), Hint(operand, BoundKind.Boolean)));
        }

        return null;
    }

    private NumberNode? ExpectNumber(Bound operand, string op)
    {
        if (operand.Kind == BoundKind.Number)
        {
            return operand.Number;
        }

        if (operand.Kind != BoundKind.Error)
        {
            AddError(operand.Start, DiagnosticCodes.TypeMismatch, Messages.ExprExpectedNumber(op, Describe(operand), Hint(operand, BoundKind.Number)));
        }

        return null;
    }

    private void AddError(int offset, string code, LocalizedMessage message) => _errors.Add(new ExpressionError(offset, code, message));

    private static void AddDistinct(List<int> slots, int slot)
    {
        if (!slots.Contains(slot))
        {
            slots.Add(slot);
        }
    }
}
