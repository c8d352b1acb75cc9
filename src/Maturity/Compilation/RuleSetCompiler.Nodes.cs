using System;
using System.Collections.Generic;
using Maturity.Diagnostics;
using Maturity.Documents;
using Maturity.Model;
using Maturity.Scoring;
using Maturity.Yaml;

namespace Maturity.Compilation;

/// <summary>Dimensions and groups: the tree, ids and weights.</summary>
internal sealed partial class RuleSetCompiler
{
    private void BuildNode(NodeDoc doc, RuleNode? parent, int depth)
    {
        var kind = depth == 0 ? Messages.KindDimension() : Messages.KindGroup();
        var where = depth == 0 ? Messages.ScopeDimension(doc.Id.Value) : Messages.NodeGroup(doc.Id.Value);
        CheckId(doc.Id, QuestionIdPattern, kind);
        RegisterId(doc.Id, kind);
        CheckLabel(doc.Title, "title");
        var weight = Weight(doc.Weight);
        if (doc.Aggregate == Aggregation.Formula && doc.Formula is null)
        {
            _d.Error(DiagnosticCodes.FormulaIncomplete, doc.AggregateLocation ?? doc.Location, Messages.FormulaMissing(where));
        }
        else if (doc.Aggregate != Aggregation.Formula && doc.Formula is not null)
        {
            _d.Error(DiagnosticCodes.FormulaIncomplete, doc.Formula.Location, Messages.FormulaWithoutAggregate(where));
        }

        if (doc.Aggregate == Aggregation.Formula && (_set.Scoring.Scale ?? ScoreScale.Normalized) == ScoreScale.Raw && doc.Max is null)
        {
            _d.Error(DiagnosticCodes.FormulaIncomplete, doc.AggregateLocation ?? doc.Location, Messages.FormulaRawNeedsMax(where));
        }

        if (doc.Max is { } max && max.Value <= 0)
        {
            _d.Error(DiagnosticCodes.InvalidRange, max.Location, Messages.MaxNotPositive());
        }

        if (doc.Questions.Count == 0 && doc.Groups.Count == 0)
        {
            _d.Error(DiagnosticCodes.EmptyNode, doc.Id.Location, Messages.NodeEmpty(where));
        }

        var node = new RuleNode(doc.Id.Value, ToLabel(doc.Title) ?? Label.Invariant(doc.Id.Value), weight, doc.Aggregate, doc.Formula?.Text, doc.Max?.Value, parent?.Id, _nodes.Count, depth);
        _nodes.Add(node);
        if (!_nodesById.ContainsKey(node.Id))
        {
            _nodesById[node.Id] = node;
        }

        var childRefs = new List<int>();
        var weights = new List<double>();
        var questions = new List<Question>();
        var groups = new List<RuleNode>();
        var childWeights = new List<Located<double>?>();
        foreach (var q in doc.Questions)
        {
            var question = BuildQuestion(q, node.Id);
            questions.Add(question);
            if (question.IsScored)
            {
                childRefs.Add(question.Index);
                weights.Add(question.Weight);
                childWeights.Add(q.Weight);
            }
        }

        _nodeDocs.Add((doc, node, childRefs, weights));
        foreach (var g in doc.Groups)
        {
            var before = _nodes.Count;
            BuildNode(g, node, depth + 1);
            var child = _nodes[before];
            groups.Add(child);
            childRefs.Add(~child.Index);
            weights.Add(child.Weight);
            childWeights.Add(g.Weight);
        }

        if (childRefs.Count == 0 && (doc.Questions.Count > 0 || doc.Groups.Count > 0))
        {
            _d.Error(DiagnosticCodes.EmptyNode, doc.Id.Location, Messages.NodeOnlyInformational(where));
        }

        CheckWeights(childWeights, doc.Id.Location, where);
        node.Questions = questions;
        node.Groups = groups;
    }

    private bool IsUnder(Question q, RuleNode node)
    {
        // At most one step per node: ids read with errors (two nodes without an id) must not make this loop.
        string? id = q.NodeId;
        for (var steps = 0; id is not null && steps <= _nodes.Count; steps++)
        {
            if (string.Equals(id, node.Id, StringComparison.Ordinal))
            {
                return true;
            }

            id = FindNode(id)?.ParentId;
        }

        return false;
    }

    // By dictionary: these run inside loops over recommendations and ancestors, up to the 10,000-item limit.
    private RuleNode? FindNode(string id) => _nodesById.TryGetValue(id, out var n) ? n : null;

    private Question? FindQuestion(string id) => _questionsById.TryGetValue(id, out var q) ? q : null;

    private static void AddDistinct(List<int> list, int value)
    {
        if (!list.Contains(value))
        {
            list.Add(value);
        }
    }

    private double Weight(Located<double>? weight)
    {
        if (weight is null)
        {
            return 1;
        }

        if (weight.Value < 0)
        {
            _d.Error(DiagnosticCodes.NegativeNumber, weight.Location, Messages.WeightNegative());
            return 0;
        }

        return weight.Value;
    }

    private void CheckWeights(List<Located<double>?> weights, SourceLocation at, LocalizedMessage scope)
    {
        if (weights.Count == 0)
        {
            return;
        }

        foreach (var w in weights)
        {
            // Unset means 1; a negative weight is reported on its own.
            if (w is null || w.Value != 0)
            {
                return;
            }
        }

        _d.Error(DiagnosticCodes.AllZeroWeights, at, Messages.WeightsAllZero(scope));
    }

    private void RegisterId(Located<string> id, LocalizedMessage kind)
    {
        if (id.Value.Length == 0)
        {
            return;
        }

        if (string.Equals(id.Value, "score", StringComparison.Ordinal))
        {
            _d.Error(DiagnosticCodes.InvalidId, id.Location, Messages.ScoreReserved());
        }

        if (_nodeAndQuestionIds.TryGetValue(id.Value, out var first))
        {
            _d.Error(DiagnosticCodes.DuplicateId, id.Location, Messages.IdUsedTwice(kind, id.Value, first.ToString()));
            return;
        }

        _nodeAndQuestionIds[id.Value] = id.Location;
    }
}
