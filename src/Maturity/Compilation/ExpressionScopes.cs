using System;
using System.Collections.Generic;
using Maturity.Diagnostics;
using Maturity.Expressions;
using Maturity.Model;

namespace Maturity.Compilation;

/// <summary>The identifiers a rule set offers to expressions, and which may be used where:
/// a <c>when</c> reads answers only (so applicability never depends on scores); a formula reads its
/// own children only; gates and recommendations read everything.</summary>
internal sealed class ExpressionScopes
{
    private readonly Dictionary<string, Symbol> _questions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Symbol> _nodes = new(StringComparer.Ordinal);

    public ExpressionScopes(IReadOnlyList<Question> questions, IReadOnlyList<RuleNode> nodes)
    {
        foreach (var q in questions)
        {
            var options = new List<string>();
            foreach (var o in q.Options)
            {
                options.Add(o.Id);
            }

            _questions[q.Id] = new Symbol(q.Id, SymbolKind.Question, q.Index, q.ValueKind, options);
        }

        foreach (var n in nodes)
        {
            _nodes[n.Id] = new Symbol(n.Id, SymbolKind.Node, n.Index, ValueKind.Number);
        }
    }

    public ISymbolScope Everything => new Scope(this, null, allowNodes: true, children: null, nodeOnlyReason: null);

    /// <summary>Everything, plus <c>level</c>: indicators are computed once the level is known.</summary>
    public ISymbolScope ForIndicators(IReadOnlyList<Level> levels)
    {
        var ids = new List<string>(levels.Count);
        foreach (var l in levels)
        {
            ids.Add(l.Id);
        }

        return new Scope(this, null, allowNodes: true, children: null, nodeOnlyReason: null, level: new Symbol("level", SymbolKind.Level, -1, ValueKind.Choice, ids));
    }

    public ISymbolScope ForWhen(string questionId) => new Scope(this, questionId, allowNodes: false, children: null, nodeOnlyReason: Messages.ExprReasonWhenQuestionsOnly());

    public ISymbolScope ForFormula(ISet<string> children) => new Scope(this, null, allowNodes: true, children: children, nodeOnlyReason: Messages.ExprReasonFormulaChildren());

    private sealed class Scope : ISymbolScope
    {
        private readonly ExpressionScopes _owner;
        private readonly string? _self;
        private readonly bool _allowNodes;
        private readonly ISet<string>? _children;
        private readonly LocalizedMessage? _reason;
        private readonly Symbol? _level;

        public Scope(ExpressionScopes owner, string? self, bool allowNodes, ISet<string>? children, LocalizedMessage? nodeOnlyReason, Symbol? level = null)
        {
            _level = level;
            _owner = owner;
            _self = self;
            _allowNodes = allowNodes;
            _children = children;
            _reason = nodeOnlyReason;
        }

        public bool TryResolve(string name, out Symbol? symbol, out LocalizedMessage? notAllowedReason)
        {
            symbol = null;
            notAllowedReason = null;
            if (_self is not null && string.Equals(name, _self, StringComparison.Ordinal))
            {
                notAllowedReason = Messages.ExprReasonWhenSelf();
                return false;
            }

            var isQuestion = _owner._questions.TryGetValue(name, out var q);
            var isNode = _owner._nodes.TryGetValue(name, out var n);
            var isScore = !isQuestion && !isNode && string.Equals(name, "score", StringComparison.Ordinal);
            if (!isQuestion && !isNode && !isScore)
            {
                // 'level' names the level only where it is known and no question or node took the name.
                symbol = _level is not null && string.Equals(name, "level", StringComparison.Ordinal) ? _level : null;
                if (symbol is null && string.Equals(name, "level", StringComparison.Ordinal))
                {
                    notAllowedReason = Messages.ExprReasonLevelIndicatorsOnly();
                }

                return symbol is not null;
            }

            if (_children is not null && (isScore || !_children.Contains(name)))
            {
                notAllowedReason = _reason;
                return false;
            }

            if (!_allowNodes && !isQuestion)
            {
                notAllowedReason = _reason;
                return false;
            }

            symbol = isQuestion ? q : isNode ? n : new Symbol("score", SymbolKind.OverallScore, -1, ValueKind.Number);
            return true;
        }
    }
}
