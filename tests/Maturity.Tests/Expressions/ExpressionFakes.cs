using System.Collections.Generic;
using Maturity.Diagnostics;
using Maturity.Expressions;

namespace Maturity.Tests.Expressions;

/// <summary>A scope with a fixed set of symbols, modelled on the health rule set.</summary>
internal sealed class FakeScope : ISymbolScope
{
    public static readonly string[] Adoption = ["none", "pilot", "partial", "full"];
    public static readonly string[] Tools = ["email", "cloud", "crm", "erp"];

    private readonly Dictionary<string, Symbol> _symbols = new();
    private readonly Dictionary<string, LocalizedMessage> _notAllowed = new();

    public static FakeScope Health()
    {
        var scope = new FakeScope();
        scope.Add(new Symbol("ehr", SymbolKind.Question, 0, ValueKind.Choice, Adoption));
        scope.Add(new Symbol("secure_messaging", SymbolKind.Question, 1, ValueKind.Boolean));
        scope.Add(new Symbol("headcount", SymbolKind.Question, 2, ValueKind.Number));
        scope.Add(new Symbol("tools", SymbolKind.Question, 3, ValueKind.Multi, Tools));
        scope.Add(new Symbol("backup_tested", SymbolKind.Question, 4, ValueKind.Boolean));
        scope.Add(new Symbol("share", SymbolKind.Question, 5, ValueKind.Number));
        scope.Add(new Symbol("lab", SymbolKind.Question, 6, ValueKind.Choice, Adoption));
        scope.Add(new Symbol("size", SymbolKind.Question, 7, ValueKind.Choice, ["small", "large"]));
        scope.Add(new Symbol("clinical", SymbolKind.Node, 0, ValueKind.Number));
        scope.Add(new Symbol("messaging", SymbolKind.Node, 1, ValueKind.Number));
        scope.Add(new Symbol("score", SymbolKind.OverallScore, 0, ValueKind.Number));
        scope.NotAllowed("eprescription_share", Messages.ExprReasonWhenQuestionsOnly());
        return scope;
    }

    public void Add(Symbol symbol) => _symbols[symbol.Name] = symbol;

    public void NotAllowed(string name, LocalizedMessage reason) => _notAllowed[name] = reason;

    public bool TryResolve(string name, out Symbol? symbol, out LocalizedMessage? notAllowedReason)
    {
        notAllowedReason = _notAllowed.TryGetValue(name, out LocalizedMessage? reason) ? reason : null;
        if (notAllowedReason is null && _symbols.TryGetValue(name, out symbol))
        {
            return true;
        }

        symbol = null;
        return false;
    }
}

/// <summary>An assessment in progress: per-slot statuses and values, node scores and the overall score.
/// Slots follow <see cref="FakeScope.Health"/>.</summary>
internal sealed class FakeContext : ExpressionContext
{
    public FakeContext()
        : base(16, 4)
    {
    }

    public FakeContext Answer(int slot, double value, double points = 0)
    {
        Status[slot] = AnswerStatus.Answered;
        Value[slot] = value;
        QuestionPoints[slot] = points;
        return this;
    }

    public FakeContext Tick(int slot, params int[] options)
    {
        Status[slot] = AnswerStatus.Answered;
        ulong mask = 0;
        foreach (int option in options)
        {
            mask |= 1UL << option;
        }

        Mask[slot] = mask;
        return this;
    }

    /// <summary>Sets a status without touching the stored value, so a stale value must be ignored.</summary>
    public FakeContext WithStatus(int slot, AnswerStatus status)
    {
        Status[slot] = status;
        return this;
    }

    /// <summary>Gives a node a score (a node that counts, as the engine marks every node with scored content).</summary>
    public FakeContext Node(int slot, double score)
    {
        NodeScore[slot] = score;
        NodeCounts[slot] = true;
        return this;
    }
}

/// <summary>Slots of <see cref="FakeScope.Health"/>.</summary>
internal static class Slot
{
    public const int Ehr = 0;
    public const int SecureMessaging = 1;
    public const int Headcount = 2;
    public const int Tools = 3;
    public const int BackupTested = 4;
    public const int Share = 5;
    public const int Lab = 6;
    public const int Size = 7;

    // Option indexes.
    public const int None = 0;
    public const int Pilot = 1;
    public const int Partial = 2;
    public const int Full = 3;
    public const int Email = 0;
    public const int Cloud = 1;
    public const int Crm = 2;
    public const int Erp = 3;
}

internal static class Expr
{
    public static (CompiledExpression? Compiled, List<ExpressionError> Errors) TryCompile(
        string text, ValueKind expected = ValueKind.Boolean, ExpressionLimits? limits = null, ISymbolScope? scope = null)
    {
        var errors = new List<ExpressionError>();
        CompiledExpression? compiled = ExpressionCompiler.Compile(text, expected, scope ?? FakeScope.Health(), limits ?? ExpressionLimits.Default, errors);
        return (compiled, errors);
    }

    public static CompiledExpression Compile(string text, ValueKind expected = ValueKind.Boolean)
    {
        var (compiled, errors) = TryCompile(text, expected);
        errors.Should().BeEmpty("'{0}' should compile", text);
        compiled.Should().NotBeNull();
        return compiled!;
    }

    public static bool Bool(string text, FakeContext? context = null) => Compile(text).EvaluateBoolean(context ?? new FakeContext());

    public static double Number(string text, FakeContext? context = null) => Compile(text, ValueKind.Number).EvaluateNumber(context ?? new FakeContext());

    /// <summary>Compiles expecting failure and returns the single error.</summary>
    public static ExpressionError SingleError(string text, ValueKind expected = ValueKind.Boolean, ExpressionLimits? limits = null)
    {
        var (compiled, errors) = TryCompile(text, expected, limits);
        compiled.Should().BeNull("'{0}' should not compile", text);
        errors.Should().ContainSingle("'{0}' should give exactly one error", text);
        return errors[0];
    }
}
