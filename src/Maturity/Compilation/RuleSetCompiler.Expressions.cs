using System;
using System.Collections.Generic;
using Maturity.Diagnostics;
using Maturity.Expressions;
using Maturity.Documents;
using Maturity.Model;

namespace Maturity.Compilation;

/// <summary>Conditions and formulas: compiled against the id scopes, <c>when</c> conditions ordered by what they read.</summary>
internal sealed partial class RuleSetCompiler
{
    private List<int> CompileWhens()
    {
        // Compile each condition, then order them so a condition runs after the conditions of the
        // questions it reads; a cycle would make applicability undefined, so it is an error.
        var deps = new List<int>[_questions.Count];
        foreach (var (doc, question) in _questionDocs)
        {
            if (doc.When is null)
            {
                continue;
            }

            var compiled = CompileExpression(doc.When, ValueKind.Boolean, _scopes!.ForWhen(question.Id));
            question.CompiledWhen = compiled;
            deps[question.Index] = compiled is null ? [] : new List<int>(compiled.QuestionSlots);
        }

        var order = new List<int>();
        var state = new byte[_questions.Count];
        foreach (var (doc, question) in _questionDocs)
        {
            if (doc.When is not null && state[question.Index] == 0)
            {
                Visit(question.Index, deps, state, order);
            }
        }

        return order;
    }

    private void Visit(int start, List<int>[] deps, byte[] state, List<int> order)
    {
        // Iterative DFS: a long chain of conditions must not overflow the stack.
        var stack = new Stack<(int Node, int Next)>();
        stack.Push((start, 0));
        state[start] = 1;
        while (stack.Count > 0)
        {
            var (node, next) = stack.Pop();
            var list = deps[node];
            if (list is not null && next < list.Count)
            {
                stack.Push((node, next + 1));
                var dep = list[next];
                if (deps[dep] is null)
                {
                    continue;
                }

                if (state[dep] == 1)
                {
                    var doc = _questionDocs[node].Doc;
                    _d.Error(DiagnosticCodes.WhenCycle, doc.When!.Location, Messages.WhenCycle(_questions[node].Id, _questions[dep].Id), _questions[node].Id);
                    continue;
                }

                if (state[dep] == 0)
                {
                    state[dep] = 1;
                    stack.Push((dep, 0));
                }

                continue;
            }

            state[node] = 2;
            order.Add(node);
        }
    }

    private void CompileFormulas()
    {
        foreach (var (doc, node, _, _) in _nodeDocs)
        {
            if (doc.Formula is null || doc.Aggregate != Aggregation.Formula)
            {
                continue;
            }

            var children = new HashSet<string>(StringComparer.Ordinal);
            foreach (var q in node.Questions)
            {
                children.Add(q.Id);
            }

            foreach (var g in node.Groups)
            {
                children.Add(g.Id);
            }

            node.CompiledFormula = CompileExpression(doc.Formula, ValueKind.Number, _scopes!.ForFormula(children));
            if (node.CompiledFormula is { } f && f.QuestionSlots.Count == 0 && f.NodeSlots.Count == 0 && !f.ReferencesOverallScore
                && f.EvaluateNumber(NoAnswers) is var constant && (double.IsNaN(constant) || double.IsInfinity(constant)))
            {
                _d.Error(DiagnosticCodes.NonFiniteScore, doc.Formula.At(0), Messages.FormulaNotFinite(node.Id), node.Id);
                node.CompiledFormula = null;
            }
        }
    }

    /// <summary>The context a constant formula is evaluated in at load time: it reads nothing.</summary>
    private static readonly ExpressionContext NoAnswers = new(0, 0);

    private CompiledExpression? CompileExpression(ExprDoc expr, ValueKind? expected, ISymbolScope scope)
    {
        var errors = new List<ExpressionError>();
        var compiled = ExpressionCompiler.Compile(expr.Text, expected, scope, _limits, errors);
        foreach (var e in errors)
        {
            _d.Error(e.Code, expr.At(e.Offset), e.Text);
        }

        return errors.Count == 0 ? compiled : null;
    }
}
