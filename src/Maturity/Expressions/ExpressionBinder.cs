using System.Collections.Generic;
using System.Globalization;
using System;
using Maturity.Diagnostics;

namespace Maturity.Expressions;

/// <summary>Type-checks a parsed expression against a scope and builds its evaluation tree. It reports
/// every problem it can find: an operand that failed to check has the kind <see cref="BoundKind.Error"/>
/// and is silently accepted by its parent, so one mistake produces one message.</summary>
internal sealed class ExpressionBinder
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

        string what = expected switch
        {
            ValueKind.Boolean => "a condition (true or false)",
            ValueKind.Number => "a number",
            _ => "a condition (true or false) or a number",
        };
        AddError(0, DiagnosticCodes.TypeMismatch, "the expression must be " + what + ", but it is " + Describe(root) + Hint(root, wanted));
    }

    private Bound BindIdentifier(IdentifierSyntax id)
    {
        if (!_scope.TryResolve(id.Name, out Symbol? symbol, out string? reason) || symbol is null)
        {
            if (reason is not null)
            {
                AddError(id.Start, DiagnosticCodes.ReferenceNotAllowed, "'" + id.Name + "' cannot be used here: " + reason);
            }
            else
            {
                string hint = IsFunction(id.Name) ? " (" + id.Name + " is a function: write " + id.Name + "(...))" : string.Empty;
                AddError(id.Start, DiagnosticCodes.UnknownIdentifier, "unknown identifier '" + id.Name + "'" + hint);
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
        BoolNode? operand = ExpectBoolean(Bind(not.Operand), "'not'");
        return operand is null ? Bound.Error(not.Start) : Bound.OfBoolean(not.Start, new NotNode(operand));
    }

    private Bound BindNegate(NegateSyntax negate)
    {
        NumberNode? operand = ExpectNumber(Bind(negate.Operand), "'-'");
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
        string op = logical.IsAnd ? "'and'" : "'or'";
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
            string op = !arithmetic.Multiplicative ? (inverted[i] ? "'-'" : "'+'") : (inverted[i] ? "'/'" : "'*'");
            if (i == 0)
            {
                op = !arithmetic.Multiplicative ? (arithmetic.Inverted[1] ? "'-'" : "'+'") : (arithmetic.Inverted[1] ? "'/'" : "'*'");
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

    private Bound BindCompare(CompareSyntax compare)
    {
        Bound left = Bind(compare.Left);
        Bound right = Bind(compare.Right);
        string op = "'" + OperatorText(compare.Operator) + "'";
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
                AddError(compare.OperatorOffset, DiagnosticCodes.TypeMismatch,
                    "cannot compare " + Describe(left) + " with " + Describe(right) + ": their options differ");
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

        string message = left.Kind == BoundKind.Boolean && right.Kind == BoundKind.Boolean
            ? op + " needs numbers or options of a choice question, got two booleans (use '==' or '!=' for booleans)"
            : "cannot compare " + Describe(left) + " with " + Describe(right) + Hint(left, right);
        AddError(compare.OperatorOffset, DiagnosticCodes.TypeMismatch, message);
        return Bound.Error(compare.Start);
    }

    private static Bound Compare(CompareSyntax compare, NumberNode left, int leftGuard, NumberNode right, int rightGuard) =>
        Bound.OfBoolean(compare.Start, new CompareNode(compare.Operator, left, leftGuard, right, rightGuard));

    /// <summary>Multi questions and lists are never comparison operands: reported at the operand.</summary>
    private bool CheckComparable(Bound operand, string op)
    {
        if (operand.Kind == BoundKind.Multi)
        {
            AddError(operand.Start, DiagnosticCodes.TypeMismatch,
                op + " cannot compare " + Describe(operand) + "; test an option with 'x' in " + operand.Symbol!.Name
                + " or count the ticked options with count(" + operand.Symbol.Name + ")");
            return false;
        }

        if (operand.Kind == BoundKind.List)
        {
            AddError(operand.Start, DiagnosticCodes.TypeMismatch, "a list can only follow 'in', not " + op);
            return false;
        }

        return true;
    }

    private Bound BindIn(InSyntax @in)
    {
        Bound value = Bind(@in.Value);
        string op = @in.Negated ? "'not in'" : "'in'";
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
                op + " needs a list or a multiple-choice question on its right, got " + Describe(target)
                + (target.Kind == BoundKind.Choice ? " (compare a choice question with '==')" : string.Empty));
            ok = false;
        }

        if (value.Kind != BoundKind.String)
        {
            if (value.Kind != BoundKind.Error)
            {
                string name = ok ? " " + target.Symbol!.Name : string.Empty;
                AddError(value.Start, DiagnosticCodes.TypeMismatch,
                    "the left side of '" + (@in.Negated ? "not in" : "in") + name + "' must be an option in quotes, got " + Describe(value));
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
                op + " with a list needs a number or a choice question on its left, got " + Describe(value)
                + (value.Kind == BoundKind.String ? " (to test a multiple-choice question write 'x' in question)" : string.Empty));
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
                    AddError(item.Start, DiagnosticCodes.TypeMismatch,
                        "expected an option of question '" + value.Symbol!.Name + "' in quotes, got " + DescribeLiteral(item));
                    ok = false;
                }
            }
            else if (item is NumberSyntax number)
            {
                items[i] = number.Value;
            }
            else
            {
                AddError(item.Start, DiagnosticCodes.TypeMismatch, "expected a number in the list, got " + DescribeLiteral(item));
                ok = false;
            }
        }

        return ok
            ? Bound.OfBoolean(@in.Start, new InListNode(value.Number!, value.GuardSlot, items, @in.Negated))
            : Bound.Error(@in.Start);
    }

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
                AddError(call.Start, DiagnosticCodes.BadFunctionCall, "unknown function '" + call.Name + "' (available: " + FunctionList + ")");
                return Bound.Error(call.Start);
        }
    }

    private Bound BindCount(CallSyntax call, Bound[] arguments)
    {
        if (arguments.Length == 0)
        {
            AddError(call.Start, DiagnosticCodes.BadFunctionCall,
                "count() needs an argument: one multiple-choice question, or one or more booleans");
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

            string message = argument.Kind == BoundKind.Multi
                ? "count() takes a single multiple-choice question, alone; argument " + Ordinal(i) + " is " + Describe(argument)
                : "count() takes one multiple-choice question or booleans; argument " + Ordinal(i) + " is " + Describe(argument);
            AddError(argument.Start, DiagnosticCodes.BadFunctionCall, message);
        }

        return ok ? Bound.OfNumber(call.Start, new CountTrueNode(operands)) : Bound.Error(call.Start);
    }

    private Bound BindAggregate(CallSyntax call, Bound[] arguments, AggregateFunction function)
    {
        if (arguments.Length == 0)
        {
            AddError(call.Start, DiagnosticCodes.BadFunctionCall, call.Name + "() needs at least one number");
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
                    call.Name + "() takes numbers; argument " + Ordinal(i) + " is " + Describe(argument) + Hint(argument, BoundKind.Number));
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
            AddError(call.Start, DiagnosticCodes.BadFunctionCall,
                call.Name + "() takes exactly one question, got " + arguments.Length.ToString(CultureInfo.InvariantCulture) + " arguments");
            return Bound.Error(call.Start);
        }

        Bound argument = arguments[0];
        if (argument.Kind == BoundKind.Error)
        {
            return Bound.Error(call.Start);
        }

        if (argument.Symbol is not { Kind: SymbolKind.Question } question || call.Arguments[0] is not IdentifierSyntax)
        {
            AddError(argument.Start, DiagnosticCodes.BadFunctionCall,
                call.Name + "() takes a question's name, got " + Describe(argument));
            return Bound.Error(call.Start);
        }

        return call.Name switch
        {
            "answered" => Bound.OfBoolean(call.Start, new AnsweredNode(question.Slot)),
            "na" => Bound.OfBoolean(call.Start, new NotApplicableNode(question.Slot)),
            _ => Bound.OfNumber(call.Start, new PointsNode(question.Slot)),
        };
    }

    private BoolNode? ExpectBoolean(Bound operand, string op)
    {
        if (operand.Kind == BoundKind.Boolean)
        {
            return operand.Boolean;
        }

        if (operand.Kind != BoundKind.Error)
        {
            AddError(operand.Start, DiagnosticCodes.TypeMismatch,
                op + " expected a boolean, got " + Describe(operand) + Hint(operand, BoundKind.Boolean));
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
            AddError(operand.Start, DiagnosticCodes.TypeMismatch,
                op + " expected a number, got " + Describe(operand) + Hint(operand, BoundKind.Number));
        }

        return null;
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

        AddError(literal.Start, DiagnosticCodes.UnknownOption,
            "'" + ExpressionLexer.Shorten(literal.Text!) + "' is not an option of question '" + question.Name + "' (options: " + OptionList(question) + ")");
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
                _errors[i] = new ExpressionError(error.Offset, error.Code,
                    error.Message + "; options are written in quotes: '" + id.Name + "'");
                return;
            }
        }
    }

    private void AddError(int offset, string code, string message) => _errors.Add(new ExpressionError(offset, code, message));

    private static void AddDistinct(List<int> slots, int slot)
    {
        if (!slots.Contains(slot))
        {
            slots.Add(slot);
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

    private static bool IsFunction(string name) => name is "count" or "sum" or "min" or "max" or "answered" or "na" or "points";

    private static string OptionList(Symbol question) =>
        question.Options.Count == 0 ? "none" : string.Join(", ", question.Options);

    private static string Ordinal(int index) => (index + 1).ToString(CultureInfo.InvariantCulture);

    private static string OperatorText(CompareOperator op) => op switch
    {
        CompareOperator.Equal => "==",
        CompareOperator.NotEqual => "!=",
        CompareOperator.Less => "<",
        CompareOperator.LessOrEqual => "<=",
        CompareOperator.Greater => ">",
        _ => ">=",
    };

    private static string DescribeLiteral(ExprSyntax literal) => literal switch
    {
        NumberSyntax n => "the number " + n.Value.ToString("R", CultureInfo.InvariantCulture),
        StringSyntax s => "the string '" + ExpressionLexer.Shorten(s.Value) + "'",
        BooleanSyntax b => b.Value ? "true" : "false",
        _ => "a value",
    };

    private static string Describe(Bound bound) => bound.Kind switch
    {
        BoundKind.Boolean => bound.Symbol is { } b ? "the boolean question '" + b.Name + "'" : "a boolean",
        BoundKind.Number => bound.Symbol is { Kind: SymbolKind.Question } q ? "the number question '" + q.Name + "'" : "a number",
        BoundKind.Choice => bound.Symbol!.Kind == SymbolKind.Level ? "the level" : "the choice question '" + bound.Symbol.Name + "'",
        BoundKind.Multi => "the multiple-choice question '" + bound.Symbol!.Name + "'",
        BoundKind.String => "the string '" + ExpressionLexer.Shorten(bound.Text!) + "'",
        BoundKind.List => "a list",
        _ => "an invalid value",
    };

    /// <summary>A short suggestion for using <paramref name="bound"/> where <paramref name="wanted"/> is needed.</summary>
    private static string Hint(Bound bound, BoundKind wanted)
    {
        switch (bound.Kind)
        {
            case BoundKind.Choice:
                string first = bound.Symbol!.Options.Count > 0 ? bound.Symbol.Options[0] : "option";
                return wanted == BoundKind.Boolean
                    ? " (compare it with an option, e.g. " + bound.Symbol.Name + " == '" + first + "')"
                    : " (use points(" + bound.Symbol.Name + ") for its points)";
            case BoundKind.Multi:
                return wanted == BoundKind.Boolean
                    ? " (test an option with 'x' in " + bound.Symbol!.Name + ")"
                    : " (use count(" + bound.Symbol!.Name + ") for the number of ticked options)";
            case BoundKind.String:
                return " (a quoted option can only be compared with a choice question or tested with 'in')";
            case BoundKind.List:
                return " (a list can only follow 'in')";
            default:
                return string.Empty;
        }
    }

    private static string Hint(Bound left, Bound right) =>
        left.Kind == BoundKind.Choice && right.Kind == BoundKind.Number ? " (compare a choice question with one of its options in quotes: " + OptionList(left.Symbol!) + ")"
        : right.Kind == BoundKind.Choice && left.Kind == BoundKind.Number ? " (compare a choice question with one of its options in quotes: " + OptionList(right.Symbol!) + ")"
        : string.Empty;
}

/// <summary>The static kinds seen while type-checking: the value kinds plus literal strings, lists and errors.</summary>
internal enum BoundKind
{
    Error,
    Boolean,
    Number,
    Choice,
    Multi,
    String,
    List,
}

/// <summary>A type-checked operand: its kind, where it starts, and what is needed to build its parent.</summary>
internal sealed class Bound
{
    public Bound(BoundKind kind, int start, BoolNode? boolean = null, NumberNode? number = null, Symbol? symbol = null, string? text = null)
    {
        Kind = kind;
        Start = start;
        Boolean = boolean;
        Number = number;
        Symbol = symbol;
        Text = text;
    }

    public BoundKind Kind { get; }

    public int Start { get; }

    public BoolNode? Boolean { get; }

    /// <summary>Number value; for a choice question its option index.</summary>
    public NumberNode? Number { get; }

    /// <summary>Set when the operand is a bare identifier.</summary>
    public Symbol? Symbol { get; }

    /// <summary>The value of a string literal.</summary>
    public string? Text { get; }

    /// <summary>The question slot to check for "missing" when this operand is compared; -1 for none.</summary>
    public int GuardSlot => Symbol is { Kind: SymbolKind.Question } q ? q.Slot : -1;

    public static Bound Error(int start) => new(BoundKind.Error, start);

    public static Bound OfBoolean(int start, BoolNode node) => new(BoundKind.Boolean, start, boolean: node);

    public static Bound OfNumber(int start, NumberNode node) => new(BoundKind.Number, start, number: node);
}
