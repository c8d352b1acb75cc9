using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using Maturity.Diagnostics;
using Maturity.Documents;
using Maturity.Expressions;
using Maturity.Model;
using Maturity.Scoring;

namespace Maturity.Compilation;

/// <summary>Validates a merged rule set and compiles it into an immutable <see cref="RuleSet"/>:
/// ids unique and resolved to slots, labels complete, numbers in range, expressions type-checked,
/// levels reachable. Reports every problem; returns null when any is an error.</summary>
internal sealed partial class RuleSetCompiler
{
    private static readonly Regex IdPattern = RuleSetIds.Pattern;
    private static readonly Regex QuestionIdPattern = new("^[a-z][a-z0-9_]{0,63}$", RegexOptions.CultureInvariant);
    private static readonly Regex VersionPattern = new(@"^(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})(-[0-9A-Za-z.-]{1,40})?$", RegexOptions.CultureInvariant);
    private static readonly Regex LanguagePattern = new("^[a-z]{2,3}(-[A-Z]{2})?$", RegexOptions.CultureInvariant);

    private readonly MergedRuleSet _set;
    private readonly int _maxItems;
    private readonly DiagnosticBag _d;
    private readonly ExpressionLimits _limits;
    private readonly List<string> _languages = [];
    private readonly Dictionary<string, SourceLocation> _nodeAndQuestionIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AnswerSetDoc> _answerSets = new(StringComparer.Ordinal);
    private readonly List<Question> _questions = [];
    private readonly List<RuleNode> _nodes = [];
    private readonly Dictionary<string, RuleNode> _nodesById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Question> _questionsById = new(StringComparer.Ordinal);
    private readonly List<(QuestionDoc Doc, Question Question)> _questionDocs = [];
    private readonly List<(NodeDoc Doc, RuleNode Node, List<int> ChildRefs, List<double> Weights)> _nodeDocs = [];
    private readonly int _errorsAtStart;
    private ExpressionScopes? _scopes;

    private RuleSetCompiler(MergedRuleSet set, int maxItems, ExpressionLimits limits, DiagnosticBag diagnostics)
    {
        _set = set;
        _maxItems = maxItems;
        _d = diagnostics;
        _limits = limits;

        // The bag is shared by all files of a load; only this set's errors decide its fate.
        _errorsAtStart = diagnostics.ErrorCount;
    }

    /// <param name="set">The merged documents of one rule set.</param>
    /// <param name="maxItems">The most dimensions, groups and questions allowed.</param>
    /// <param name="limits">The limits on each expression.</param>
    /// <param name="diagnostics">Where problems go; shared by every file of a load.</param>
    /// <param name="documentsHaveErrors">True when reading the documents already failed: every check still runs, so
    /// every problem is reported, but nothing is built from them (a node read without its id, say, could make a
    /// parent chain loop on itself).</param>
    public static RuleSet? Compile(MergedRuleSet set, int maxItems, ExpressionLimits limits, DiagnosticBag diagnostics, bool documentsHaveErrors = false)
    {
        var compiler = new RuleSetCompiler(set, maxItems, limits, diagnostics);
        return compiler.Run(documentsHaveErrors);
    }

    private RuleSet? Run(bool documentsHaveErrors)
    {
        var leaf = _set.Leaf;
        CheckHeader(leaf);
        CheckAnswerSets();

        foreach (var dim in _set.Dimensions)
        {
            BuildNode(dim, parent: null, depth: 0);
        }

        if (_set.Dimensions.Count == 0)
        {
            _d.Error(DiagnosticCodes.MissingKey, leaf.Location, Messages.NoDimensions());
        }

        if (_questions.Count + _nodes.Count > _maxItems)
        {
            _d.Error(DiagnosticCodes.TooMany, leaf.Location, Messages.TooManyItems(_questions.Count + _nodes.Count, _maxItems));
            return null;
        }

        _scopes = new ExpressionScopes(_questions, _nodes);
        var whenOrder = CompileWhens();
        CompileFormulas();
        var scale = _set.Scoring.Scale ?? ScoreScale.Normalized;
        var rootAggregation = _set.Scoring.Aggregate ?? Aggregation.Mean;
        if (rootAggregation == Aggregation.Formula)
        {
            _d.Error(DiagnosticCodes.InvalidValue, _set.Scoring.AggregateLocation ?? leaf.Location, Messages.OverallFormula(), "scoring.aggregate");
        }

        CheckWeights(_set.Dimensions.ConvertAll(d => d.Weight), leaf.Location, Messages.RuleSetDimensions());
        var best = BestScores(scale, rootAggregation);
        var levels = BuildLevels(_set.Levels, best.Overall, Messages.ScopeOverall());
        foreach (var (doc, node, _, _) in _nodeDocs)
        {
            if (doc.Levels is { } dimLevels)
            {
                node.Levels = BuildLevels(dimLevels, scale == ScoreScale.Normalized ? 100 : double.PositiveInfinity, Messages.ScopeDimension(node.Id));
            }
        }

        var recommendations = BuildRecommendations();
        var indicators = BuildIndicators(levels);
        if (documentsHaveErrors || _d.ErrorCount > _errorsAtStart)
        {
            return null;
        }

        var plan = BuildPlan(whenOrder, scale, rootAggregation, levels, recommendations, best);
        var naf = new List<string>();
        foreach (var n in leaf.Naf)
        {
            naf.Add(NafCode.Normalize(n.Value));
        }

        return new RuleSet(
            leaf.Id!.Value,
            leaf.Version!.Value,
            leaf.Extends?.Value,
            ToLabel(leaf.Title) ?? Label.Invariant(leaf.Id.Value),
            ToLabel(leaf.Description),
            _languages,
            naf,
            leaf.Fallback || (leaf.Naf.Count == 0 && leaf.Id.Value == RuleSetIds.Core),
            scale,
            _set.Scoring.Unanswered ?? UnansweredPolicy.Zero,
            _set.Scoring.CumulativeLevels ?? true,
            rootAggregation,
            _nodes,
            _questions,
            levels,
            recommendations,
            indicators,
            ComputeHash(),
            leaf.Path,
            plan);
    }
}
