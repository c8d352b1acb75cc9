using System;
using System.Collections.Generic;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Maturity.Diagnostics;
using Maturity.Expressions;
using Maturity.Loading.Documents;
using Maturity.Model;
using Maturity.Scoring;

namespace Maturity.Loading;

/// <summary>Validates a merged rule set and compiles it into an immutable <see cref="RuleSet"/>:
/// ids unique and resolved to slots, labels complete, numbers in range, expressions type-checked,
/// levels reachable. Reports every problem; returns null when any is an error.</summary>
internal sealed class RuleSetCompiler
{
    internal static readonly Regex IdPattern = new("^[a-z][a-z0-9_-]{0,63}$", RegexOptions.CultureInvariant);
    private static readonly Regex QuestionIdPattern = new("^[a-z][a-z0-9_]{0,63}$", RegexOptions.CultureInvariant);
    private static readonly Regex VersionPattern = new(@"^(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})(-[0-9A-Za-z.-]{1,40})?$", RegexOptions.CultureInvariant);
    private static readonly Regex LanguagePattern = new("^[a-z]{2,3}(-[A-Z]{2})?$", RegexOptions.CultureInvariant);

    private readonly MergedRuleSet _set;
    private readonly RuleSetLoaderOptions _options;
    private readonly DiagnosticBag _d;
    private readonly ExpressionLimits _limits;
    private readonly List<string> _languages = [];
    private readonly Dictionary<string, SourceLocation> _nodeAndQuestionIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AnswerSetDoc> _answerSets = new(StringComparer.Ordinal);
    private readonly List<Question> _questions = [];
    private readonly List<RuleNode> _nodes = [];
    private readonly List<(QuestionDoc Doc, Question Question)> _questionDocs = [];
    private readonly List<(NodeDoc Doc, RuleNode Node, List<int> ChildRefs, List<double> Weights)> _nodeDocs = [];
    private readonly int _errorsAtStart;
    private ExpressionScopes? _scopes;

    private RuleSetCompiler(MergedRuleSet set, RuleSetLoaderOptions options, DiagnosticBag diagnostics)
    {
        _set = set;
        _options = options;
        _d = diagnostics;
        _limits = new ExpressionLimits(options.MaxExpressionLength, options.MaxExpressionDepth);

        // The bag is shared by all files of a load; only this set's errors decide its fate.
        _errorsAtStart = diagnostics.ErrorCount;
    }

    public static RuleSet? Compile(MergedRuleSet set, RuleSetLoaderOptions options, DiagnosticBag diagnostics)
    {
        return new RuleSetCompiler(set, options, diagnostics).Run();
    }

    private RuleSet? Run()
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
            _d.Error(DiagnosticCodes.MissingKey, leaf.Location, "the rule set has no dimensions; declare at least one under 'dimensions'");
        }

        if (_questions.Count + _nodes.Count > _options.MaxItems)
        {
            _d.Error(DiagnosticCodes.TooMany, leaf.Location, FormattableString.Invariant(
                $"{_questions.Count + _nodes.Count} dimensions, groups and questions, more than the limit of {_options.MaxItems}"));
            return null;
        }

        _scopes = new ExpressionScopes(_questions, _nodes);
        var whenOrder = CompileWhens();
        CompileFormulas();
        var scale = _set.Scoring.Scale ?? ScoreScale.Normalized;
        var rootAggregation = _set.Scoring.Aggregate ?? Aggregation.Mean;
        if (rootAggregation == Aggregation.Formula)
        {
            _d.Error(DiagnosticCodes.InvalidValue, _set.Scoring.AggregateLocation ?? leaf.Location, "the overall score cannot be a formula; put the formula on a dimension");
        }

        CheckWeights(_set.Dimensions.ConvertAll(d => d.Weight), leaf.Location, "the rule set's dimensions");
        var best = BestScores(scale, rootAggregation);
        var levels = BuildLevels(_set.Levels, best.Overall, "the overall score");
        foreach (var (doc, node, _, _) in _nodeDocs)
        {
            if (doc.Levels is { } dimLevels)
            {
                node.Levels = BuildLevels(dimLevels, scale == ScoreScale.Normalized ? 100 : double.PositiveInfinity, "dimension '" + node.Id + "'");
            }
        }

        var recommendations = BuildRecommendations();
        var indicators = BuildIndicators(levels);
        if (_d.ErrorCount > _errorsAtStart)
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
            leaf.Fallback || (leaf.Naf.Count == 0 && leaf.Id.Value == "core"),
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

    private void CheckHeader(RuleSetDoc leaf)
    {
        if (leaf.Version is { } v && !VersionPattern.IsMatch(v.Value))
        {
            _d.Error(DiagnosticCodes.InvalidVersion, v.Location, "'" + v.Value + "' is not a semantic version (MAJOR.MINOR.PATCH, e.g. 1.0.0)");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var lang in leaf.Languages)
        {
            if (!LanguagePattern.IsMatch(lang.Value))
            {
                _d.Error(DiagnosticCodes.InvalidValue, lang.Location, "'" + lang.Value + "' is not a language code (e.g. fr, en)");
            }
            else if (!seen.Add(lang.Value))
            {
                _d.Error(DiagnosticCodes.DuplicateId, lang.Location, "language '" + lang.Value + "' is listed twice");
            }
            else
            {
                _languages.Add(lang.Value);
            }
        }

        if (leaf.Languages.Count == 0 && leaf.LanguagesLocation is { } at)
        {
            _d.Error(DiagnosticCodes.MissingKey, at, "'languages' must list at least one language");
        }

        foreach (var n in leaf.Naf)
        {
            if (!NafCode.IsValidPrefix(n.Value))
            {
                _d.Error(DiagnosticCodes.InvalidNaf, n.Location, "'" + n.Value + "' is not the start of any NAF rév. 2 sub-class (a division, group, class or sub-class: 86, 86.1, 86.10, 86.10Z)");
            }
        }

        CheckLabel(leaf.Title, "title");
        CheckLabel(leaf.Description, "description");
    }

    private void CheckAnswerSets()
    {
        foreach (var set in _set.AnswerSets)
        {
            CheckId(set.Id, IdPattern, "answer set");
            if (_answerSets.ContainsKey(set.Id.Value))
            {
                _d.Error(DiagnosticCodes.DuplicateId, set.Id.Location, "answer set '" + set.Id.Value + "' is declared twice");
                continue;
            }

            _answerSets[set.Id.Value] = set;
            CheckOptions(set.Options, set.Id.Location, "answer set '" + set.Id.Value + "'");
        }
    }

    private void CheckOptions(List<OptionDoc> options, SourceLocation at, string what)
    {
        if (options.Count == 0)
        {
            _d.Error(DiagnosticCodes.MissingKey, at, what + " has no options");
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var o in options)
        {
            CheckId(o.Id, QuestionIdPattern, "option");
            if (!ids.Add(o.Id.Value))
            {
                _d.Error(DiagnosticCodes.DuplicateId, o.Id.Location, "option '" + o.Id.Value + "' appears twice in " + what);
            }

            if (o.Points < 0)
            {
                _d.Error(DiagnosticCodes.NegativeNumber, o.Location, "option '" + o.Id.Value + "' has negative points");
            }

            CheckLabel(o.Label, "label");
        }
    }

    private void BuildNode(NodeDoc doc, RuleNode? parent, int depth)
    {
        var where = depth == 0 ? "dimension" : "group";
        CheckId(doc.Id, QuestionIdPattern, where);
        RegisterId(doc.Id, where);
        CheckLabel(doc.Title, "title");
        var weight = Weight(doc.Weight);
        if (doc.Aggregate == Aggregation.Formula && doc.Formula is null)
        {
            _d.Error(DiagnosticCodes.FormulaIncomplete, doc.AggregateLocation ?? doc.Location, where + " '" + doc.Id.Value + "' has 'aggregate: formula' but no 'formula'");
        }
        else if (doc.Aggregate != Aggregation.Formula && doc.Formula is not null)
        {
            _d.Error(DiagnosticCodes.FormulaIncomplete, doc.Formula.Location, "'formula' needs 'aggregate: formula' on " + where + " '" + doc.Id.Value + "'");
        }

        if (doc.Aggregate == Aggregation.Formula && (_set.Scoring.Scale ?? ScoreScale.Normalized) == ScoreScale.Raw && doc.Max is null)
        {
            _d.Error(DiagnosticCodes.FormulaIncomplete, doc.AggregateLocation ?? doc.Location, where + " '" + doc.Id.Value + "' is a formula on the raw scale and needs 'max'");
        }

        if (doc.Max is { } max && max.Value <= 0)
        {
            _d.Error(DiagnosticCodes.InvalidRange, max.Location, "'max' must be positive");
        }

        if (doc.Questions.Count == 0 && doc.Groups.Count == 0)
        {
            _d.Error(DiagnosticCodes.EmptyNode, doc.Id.Location, where + " '" + doc.Id.Value + "' has no questions and no groups");
        }

        var node = new RuleNode(doc.Id.Value, ToLabel(doc.Title) ?? Label.Invariant(doc.Id.Value), weight, doc.Aggregate, doc.Formula?.Text, doc.Max?.Value, parent?.Id, _nodes.Count, depth);
        _nodes.Add(node);
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
            _d.Error(DiagnosticCodes.EmptyNode, doc.Id.Location, where + " '" + doc.Id.Value + "' has only informational questions; it needs at least one scored question or group");
        }

        CheckWeights(childWeights, doc.Id.Location, where + " '" + doc.Id.Value + "'");
        node.Questions = questions;
        node.Groups = groups;
    }

    private Question BuildQuestion(QuestionDoc doc, string nodeId)
    {
        CheckId(doc.Id, QuestionIdPattern, "question");
        RegisterId(doc.Id, "question");
        CheckLabel(doc.Text, "text");
        CheckLabel(doc.Help, "help");
        var weight = Weight(doc.Weight);
        var type = doc.Type;
        var options = new List<AnswerOption>();
        var bands = new List<ScoreBand>();
        var scaleLabels = new Dictionary<int, Label>();
        var points = doc.Points?.Value ?? 1;
        double maxPoints = 0;
        var isScored = true;
        double? min = doc.Min?.Value;
        double? max = doc.Max?.Value;

        AllowOnly(doc, type switch
        {
            QuestionType.Boolean => ["points"],
            QuestionType.Choice => ["answers"],
            QuestionType.Multi => ["answers", "scoring", "max"],
            QuestionType.Scale => ["min", "max", "labels"],
            QuestionType.Number => ["min", "max", "bands"],
            _ => ["points", "bands"],
        });

        if (doc.Points is { } p && p.Value < 0)
        {
            _d.Error(DiagnosticCodes.NegativeNumber, p.Location, "'points' must not be negative");
        }

        switch (type)
        {
            case QuestionType.Boolean:
                maxPoints = points;
                break;
            case QuestionType.Choice:
            case QuestionType.Multi:
                var optionDocs = ResolveOptions(doc);
                foreach (var o in optionDocs)
                {
                    options.Add(new AnswerOption(o.Id.Value, o.Points, ToLabel(o.Label) ?? Label.Invariant(o.Id.Value), options.Count));
                }

                if (type == QuestionType.Multi && options.Count > 64)
                {
                    _d.Error(DiagnosticCodes.TooMany, doc.Id.Location, FormattableString.Invariant($"multiple-choice question '{doc.Id.Value}' offers {options.Count} options, more than the limit of 64"));
                }

                if (type == QuestionType.Choice)
                {
                    foreach (var o in options)
                    {
                        maxPoints = Math.Max(maxPoints, o.Points);
                    }
                }
                else if ((doc.Scoring ?? MultiScoring.Sum) == MultiScoring.Share)
                {
                    maxPoints = 1;
                    if (doc.Max is { } m)
                    {
                        _d.Error(DiagnosticCodes.KeyNotForType, m.Location, "'max' caps 'scoring: sum' only; a share always runs 0 to 1");
                    }
                }
                else
                {
                    foreach (var o in options)
                    {
                        maxPoints += o.Points;
                    }

                    if (doc.Max is { } cap)
                    {
                        maxPoints = Math.Min(maxPoints, cap.Value);
                    }
                }

                break;
            case QuestionType.Scale:
                if (doc.Min is null || doc.Max is null)
                {
                    _d.Error(DiagnosticCodes.MissingKey, doc.Location, "scale question '" + doc.Id.Value + "' needs 'min' and 'max'");
                }
                else if (doc.Min.Value < 0 || doc.Min.Value >= doc.Max.Value || doc.Min.Value != Math.Floor(doc.Min.Value) || doc.Max.Value != Math.Floor(doc.Max.Value) || doc.Max.Value > 1000)
                {
                    _d.Error(DiagnosticCodes.InvalidRange, doc.Min.Location, "a scale runs between whole numbers 0 ≤ min < max ≤ 1000");
                }

                maxPoints = max ?? 0;
                if (doc.ScaleLabels is { } labels)
                {
                    foreach (var (value, label) in labels)
                    {
                        CheckLabel(label, "scale label");
                        if (min is { } lo && max is { } hi && (value < lo || value > hi))
                        {
                            _d.Error(DiagnosticCodes.InvalidRange, label.Location, FormattableString.Invariant($"label for {value}, outside the scale {lo}–{hi}"));
                        }

                        scaleLabels[value] = ToLabel(label) ?? Label.Invariant(value.ToString(CultureInfo.InvariantCulture));
                    }
                }

                break;
            case QuestionType.Number:
            case QuestionType.Percent:
                if (min is { } nlo && max is { } nhi && nlo >= nhi)
                {
                    _d.Error(DiagnosticCodes.InvalidRange, doc.Min!.Location, "'min' must be below 'max'");
                }

                if (doc.Bands is { } bandDocs)
                {
                    double previous = double.NegativeInfinity;
                    foreach (var b in bandDocs)
                    {
                        if (b.Min <= previous)
                        {
                            _d.Error(DiagnosticCodes.InvalidRange, b.Location, "band thresholds must increase");
                        }

                        if (b.Points < 0)
                        {
                            _d.Error(DiagnosticCodes.NegativeNumber, b.Location, "band points must not be negative");
                        }

                        if (type == QuestionType.Percent && (b.Min < 0 || b.Min > 100))
                        {
                            _d.Error(DiagnosticCodes.InvalidRange, b.Location, "a percent band starts between 0 and 100");
                        }

                        previous = b.Min;
                        bands.Add(new ScoreBand(b.Min, b.Points));
                        maxPoints = Math.Max(maxPoints, b.Points);
                    }

                    if (bandDocs.Count == 0)
                    {
                        _d.Error(DiagnosticCodes.MissingKey, doc.BandsLocation ?? doc.Location, "'bands' is empty");
                    }
                }
                else if (type == QuestionType.Number)
                {
                    isScored = false;
                }
                else
                {
                    maxPoints = points;
                }

                if (type == QuestionType.Percent)
                {
                    min = 0;
                    max = 100;
                }

                break;
        }

        var optionsMissing = type is QuestionType.Choice or QuestionType.Multi && options.Count == 0;
        if (isScored && maxPoints <= 0 && weight > 0 && !optionsMissing)
        {
            _d.Error(DiagnosticCodes.InvalidRange, doc.Id.Location, "question '" + doc.Id.Value + "' can score at most 0 points; give it points or weight 0");
        }

        var question = new Question(
            doc.Id.Value, type, ToLabel(doc.Text) ?? Label.Invariant(doc.Id.Value), ToLabel(doc.Help), weight, doc.AllowsNotApplicable, doc.When?.Text,
            options, doc.Scoring ?? MultiScoring.Sum, min, max, points, bands, scaleLabels, maxPoints, isScored, nodeId, _questions.Count);
        _questions.Add(question);
        _questionDocs.Add((doc, question));
        return question;
    }

    private List<OptionDoc> ResolveOptions(QuestionDoc doc)
    {
        if (doc.InlineOptions is { } inline)
        {
            CheckOptions(inline, doc.Id.Location, "question '" + doc.Id.Value + "'");
            return inline;
        }

        if (doc.AnswerSetRef is { } reference)
        {
            if (_answerSets.TryGetValue(reference.Value, out var set))
            {
                return set.Options;
            }

            _d.Error(DiagnosticCodes.UnknownAnswerSet, reference.Location, "unknown answer set '" + reference.Value + "'" + Known(_answerSets.Keys));
            return [];
        }

        _d.Error(DiagnosticCodes.MissingKey, doc.Location, doc.Type.ToString().ToLowerInvariant() + " question '" + doc.Id.Value + "' needs 'answers' (an answer set id or a list of options)");
        return [];
    }

    private void AllowOnly(QuestionDoc doc, string[] typeKeys)
    {
        string[] typeSpecific = ["answers", "points", "scoring", "min", "max", "bands", "labels"];
        foreach (var key in typeSpecific)
        {
            if (doc.Keys.TryGetValue(key, out var at) && Array.IndexOf(typeKeys, key) < 0)
            {
                _d.Error(DiagnosticCodes.KeyNotForType, at, "'" + key + "' does not apply to a " + doc.Type.ToString().ToLowerInvariant() + " question");
            }
        }
    }

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
                    _d.Error(DiagnosticCodes.WhenCycle, doc.When!.Location, "'when' conditions form a cycle: '" + _questions[node].Id + "' depends on '" + _questions[dep].Id + "', which depends back on it");
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
                && f.EvaluateNumber(NoAnswers.Instance) is var constant && (double.IsNaN(constant) || double.IsInfinity(constant)))
            {
                _d.Error(DiagnosticCodes.NonFiniteScore, doc.Formula.At(0), "the formula of '" + node.Id + "' is not a finite number (it overflows)");
                node.CompiledFormula = null;
            }
        }
    }

    /// <summary>The context a constant formula is evaluated in at load time: it reads nothing.</summary>
    private sealed class NoAnswers : IExpressionContext
    {
        public static readonly NoAnswers Instance = new();

        public double OverallScore => 0;

        public int LevelIndex => -1;

        public AnswerStatus Status(int questionSlot) => AnswerStatus.Unanswered;

        public double Value(int questionSlot) => 0;

        public ulong Mask(int questionSlot) => 0;

        public double Points(int questionSlot) => 0;

        public double NodeScore(int nodeSlot) => 0;
    }

    private List<Level> BuildLevels(List<LevelDoc> docs, double reachableMax, string what)
    {
        var levels = new List<Level>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        double previous = double.NegativeInfinity;
        foreach (var doc in docs)
        {
            CheckId(doc.Id, IdPattern, "level");
            if (!ids.Add(doc.Id.Value))
            {
                _d.Error(DiagnosticCodes.DuplicateId, doc.Id.Location, "level '" + doc.Id.Value + "' is declared twice");
            }

            CheckLabel(doc.Title, "title");
            var min = doc.Min?.Value ?? 0;
            var at = doc.Min?.Location ?? doc.Id.Location;
            if (min < previous)
            {
                _d.Error(DiagnosticCodes.LevelThresholdDecreases, at, FormattableString.Invariant($"level '{doc.Id.Value}' starts at {min}, below the level before it ({previous}); list levels from lowest to highest"));
            }
            else if (min == previous && doc.Requires.Count == 0)
            {
                _d.Warning(DiagnosticCodes.IndistinguishableLevel, at, "level '" + doc.Id.Value + "' has the same threshold as the level before it and no 'requires': it is reached exactly when that one is");
            }

            if (min > reachableMax)
            {
                _d.Error(DiagnosticCodes.UnreachableLevel, at, FormattableString.Invariant($"level '{doc.Id.Value}' needs {min}, but {what} can reach at most {Math.Round(reachableMax, 4)}"));
            }

            previous = Math.Max(previous, min);
            var compiled = new List<CompiledExpression>();
            var gates = new List<Gate>();
            foreach (var r in doc.Requires)
            {
                gates.Add(BuildGate(r));
                if (CompileExpression(r.When, ValueKind.Boolean, _scopes!.Everything) is { } c)
                {
                    compiled.Add(c);
                }
            }

            levels.Add(new Level(doc.Id.Value, ToLabel(doc.Title) ?? Label.Invariant(doc.Id.Value), min, gates, levels.Count, compiled));
        }

        return levels;
    }

    private Gate BuildGate(GateDoc doc)
    {
        if (doc.Label is null)
        {
            _d.Warning(DiagnosticCodes.UnlabelledGate, doc.When.Location, "gate '" + doc.When.Text + "' has no label; advisers would read the raw expression: write { when: <expression>, label: { ... } }");
        }

        CheckLabel(doc.Label, "label");
        return new Gate(doc.When.Text, ToLabel(doc.Label));
    }

    private List<Recommendation> BuildRecommendations()
    {
        var list = new List<Recommendation>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var doc in _set.Recommendations)
        {
            CheckId(doc.Id, IdPattern, "recommendation");
            if (!ids.Add(doc.Id.Value))
            {
                _d.Error(DiagnosticCodes.DuplicateId, doc.Id.Location, "recommendation '" + doc.Id.Value + "' is declared twice");
            }

            CheckLabel(doc.Text, "text");
            var links = new List<RecommendationLink>();
            foreach (var link in doc.Links)
            {
                if (!Uri.TryCreate(link.Url.Value, UriKind.Absolute, out var uri) || uri.Scheme != "https")
                {
                    _d.Error(DiagnosticCodes.InvalidLink, link.Url.Location, "link '" + link.Url.Value + "' must be an absolute https:// URL");
                }

                CheckLabel(link.Title, "title");
                links.Add(new RecommendationLink(link.Url.Value, ToLabel(link.Title)));
            }

            var compiled = doc.When is null ? null : CompileExpression(doc.When, ValueKind.Boolean, _scopes!.Everything);
            var slots = new List<int>();
            var improves = new List<string>();
            if (doc.Improves is { } explicitImproves)
            {
                foreach (var id in explicitImproves)
                {
                    if (FindQuestion(id.Value) is { } q)
                    {
                        AddDistinct(slots, q.Index);
                    }
                    else
                    {
                        _d.Error(DiagnosticCodes.InvalidImproves, id.Location, "'improves' names '" + id.Value + "', which is not a question");
                    }
                }
            }
            else if (compiled is not null)
            {
                // Default: the questions the condition names, and every question of the nodes it names.
                foreach (var slot in compiled.QuestionSlots)
                {
                    AddDistinct(slots, slot);
                }

                foreach (var nodeSlot in compiled.NodeSlots)
                {
                    foreach (var q in _questions)
                    {
                        if (IsUnder(q, _nodes[nodeSlot]))
                        {
                            AddDistinct(slots, q.Index);
                        }
                    }
                }
            }

            foreach (var s in slots)
            {
                improves.Add(_questions[s].Id);
            }

            if (compiled is not null)
            {
                list.Add(new Recommendation(doc.Id.Value, doc.When!.Text, improves, doc.Effort, ToLabel(doc.Text) ?? Label.Invariant(doc.Id.Value), links, list.Count, compiled, slots.ToArray()));
            }
        }

        return list;
    }

    private List<Indicator> BuildIndicators(List<Level> levels)
    {
        var list = new List<Indicator>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var doc in _set.Indicators)
        {
            CheckId(doc.Id, QuestionIdPattern, "indicator");
            if (doc.Id.Value.Length > 0 && !ids.Add(doc.Id.Value))
            {
                _d.Error(DiagnosticCodes.DuplicateId, doc.Id.Location, "indicator '" + doc.Id.Value + "' is declared twice");
            }

            CheckLabel(doc.Title, "title");
            if (doc.Value is not null && CompileExpression(doc.Value, null, _scopes!.ForIndicators(levels)) is { } compiled)
            {
                var kind = compiled.Type == ValueKind.Boolean ? IndicatorKind.Boolean : IndicatorKind.Number;
                list.Add(new Indicator(doc.Id.Value, ToLabel(doc.Title) ?? Label.Invariant(doc.Id.Value), doc.Value.Text, kind, list.Count, compiled));
            }
        }

        return list;
    }

    private bool IsUnder(Question q, RuleNode node)
    {
        string? id = q.NodeId;
        while (id is not null)
        {
            if (string.Equals(id, node.Id, StringComparison.Ordinal))
            {
                return true;
            }

            id = FindNode(id)?.ParentId;
        }

        return false;
    }

    private RuleNode? FindNode(string id) => _nodes.Find(n => string.Equals(n.Id, id, StringComparison.Ordinal));

    private Question? FindQuestion(string id) => _questions.Find(q => string.Equals(q.Id, id, StringComparison.Ordinal));

    private static void AddDistinct(List<int> list, int value)
    {
        if (!list.Contains(value))
        {
            list.Add(value);
        }
    }

    private ScoringPlan BuildPlan(List<int> whenOrder, ScoreScale scale, Aggregation rootAggregation, List<Level> levels, List<Recommendation> recommendations, (double Overall, double[] Nodes) best)
    {
        var childStart = new int[_nodes.Count];
        var childCount = new int[_nodes.Count];
        var refs = new List<int>();
        var weights = new List<double>();
        foreach (var (_, node, childRefs, childWeights) in _nodeDocs)
        {
            childStart[node.Index] = refs.Count;
            childCount[node.Index] = childRefs.Count;
            refs.AddRange(childRefs);
            weights.AddRange(childWeights);
        }

        var dims = new List<int>();
        foreach (var n in _nodes)
        {
            if (n.IsDimension)
            {
                dims.Add(n.Index);
            }
        }

        return new ScoringPlan(
            _questions.ToArray(), _nodes.ToArray(), childStart, childCount, refs.ToArray(), weights.ToArray(), dims.ToArray(), whenOrder.ToArray(),
            scale, _set.Scoring.Unanswered ?? UnansweredPolicy.Zero, rootAggregation, _set.Scoring.CumulativeLevels ?? true, levels.ToArray(), recommendations.ToArray(), best.Nodes, best.Overall);
    }

    /// <summary>Every node's and the overall score with every question answered at its best (used to
    /// flag unreachable levels). Folds through <see cref="Aggregator"/>, the engine's own aggregation,
    /// so a level the engine can reach is never reported unreachable.</summary>
    private (double Overall, double[] Nodes) BestScores(ScoreScale scale, Aggregation rootAggregation)
    {
        var normalized = scale == ScoreScale.Normalized;
        var best = new double[_nodes.Count];
        var counts = new bool[_nodes.Count];
        for (var i = _nodeDocs.Count - 1; i >= 0; i--)
        {
            var (doc, node, childRefs, childWeights) = _nodeDocs[i];
            var acc = new Aggregator(node.Aggregation, normalized);
            for (var k = 0; k < childRefs.Count; k++)
            {
                var c = childRefs[k];
                if (c >= 0)
                {
                    acc.Add(_questions[c].MaxPoints, _questions[c].MaxPoints, childWeights[k]);
                }
                else if (counts[~c])
                {
                    acc.Add(best[~c], normalized ? 100 : best[~c], childWeights[k]);
                }
            }

            counts[node.Index] = acc.Count > 0;
            best[node.Index] = doc.Aggregate == Aggregation.Formula ? (normalized ? 100 : doc.Max?.Value ?? 100) : acc.Score;
        }

        var root = new Aggregator(rootAggregation, normalized);
        foreach (var n in _nodes)
        {
            if (n.IsDimension && counts[n.Index])
            {
                root.Add(best[n.Index], normalized ? 100 : best[n.Index], n.Weight);
            }
        }

        return (root.Count > 0 ? root.Score : (normalized ? 100 : 0), best);
    }

    private CompiledExpression? CompileExpression(ExprDoc expr, ValueKind? expected, ISymbolScope scope)
    {
        var errors = new List<ExpressionError>();
        var compiled = ExpressionCompiler.Compile(expr.Text, expected, scope, _limits, errors);
        foreach (var e in errors)
        {
            _d.Error(e.Code, expr.At(e.Offset), e.Message);
        }

        return errors.Count == 0 ? compiled : null;
    }

    private double Weight(Located<double>? weight)
    {
        if (weight is null)
        {
            return 1;
        }

        if (weight.Value < 0)
        {
            _d.Error(DiagnosticCodes.NegativeNumber, weight.Location, "weight must not be negative");
            return 0;
        }

        return weight.Value;
    }

    private void CheckWeights(List<Located<double>?> weights, SourceLocation at, string what)
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

        _d.Error(DiagnosticCodes.AllZeroWeights, at, "every weight in " + what + " is 0; at least one must be positive");
    }

    private void RegisterId(Located<string> id, string what)
    {
        if (id.Value.Length == 0)
        {
            return;
        }

        if (string.Equals(id.Value, "score", StringComparison.Ordinal))
        {
            _d.Error(DiagnosticCodes.InvalidId, id.Location, "'score' is reserved (it names the overall score in expressions)");
        }

        if (_nodeAndQuestionIds.TryGetValue(id.Value, out var first))
        {
            _d.Error(DiagnosticCodes.DuplicateId, id.Location, what + " id '" + id.Value + "' is already used at " + first);
            return;
        }

        _nodeAndQuestionIds[id.Value] = id.Location;
    }

    private void CheckId(Located<string>? id, Regex pattern, string what)
    {
        if (id is null || id.Value.Length == 0)
        {
            return;
        }

        if (!pattern.IsMatch(id.Value))
        {
            var rule = ReferenceEquals(pattern, IdPattern)
                ? "lower-case letters, digits, '-' and '_', starting with a letter"
                : "lower-case letters, digits and '_', starting with a letter (no '-': expressions would read it as a minus)";
            _d.Error(DiagnosticCodes.InvalidId, id.Location, what + " id '" + id.Value + "' is not valid: use " + rule);
        }
    }

    private void CheckLabel(LabelDoc? label, string what)
    {
        if (label is null || label.Plain is not null)
        {
            return;
        }

        foreach (var (language, _, at) in label.Texts)
        {
            if (!_languages.Contains(language))
            {
                _d.Error(DiagnosticCodes.UndeclaredLanguage, at, "'" + what + "' has text in '" + language + "', which is not a declared language (languages: " + string.Join(", ", _languages) + ")");
            }
        }

        foreach (var language in _languages)
        {
            var found = false;
            foreach (var (l, text, _) in label.Texts)
            {
                if (l == language)
                {
                    found = true;
                    if (string.IsNullOrWhiteSpace(text))
                    {
                        _d.Error(DiagnosticCodes.MissingTranslation, label.Location, "'" + what + "' is empty in '" + language + "'");
                    }
                }
            }

            if (!found)
            {
                // No rule set id in the message: a base file's label is checked once per extending rule set,
                // and the same problem must read the same to be reported once.
                _d.Error(DiagnosticCodes.MissingTranslation, label.Location, "'" + what + "' has no '" + language + "' text (languages: " + string.Join(", ", _languages) + ")");
            }
        }
    }

    private Label? ToLabel(LabelDoc? doc)
    {
        if (doc is null)
        {
            return null;
        }

        if (doc.Plain is not null)
        {
            return Label.Invariant(doc.Plain);
        }

        var texts = new List<KeyValuePair<string, string>>();
        foreach (var language in _languages)
        {
            foreach (var (l, text, _) in doc.Texts)
            {
                if (l == language)
                {
                    texts.Add(new KeyValuePair<string, string>(l, text));
                }
            }
        }

        return texts.Count == 0 ? null : new Label(texts);
    }

    private string ComputeHash()
    {
        // The chain's texts, base first, line endings normalised: the same rules give the same hash on any OS.
        var sb = new StringBuilder();
        foreach (var doc in _set.Chain)
        {
            sb.Append(doc.Text.Replace("\r\n", "\n")).Append("\n\u001e\n");
        }

        using var sha = SHA256.Create();
        var hash = sha.ComputeHash(Encoding.UTF8.GetBytes(sb.ToString()));
        var hex = new StringBuilder(hash.Length * 2);
        foreach (var b in hash)
        {
            hex.Append(b.ToString("x2", CultureInfo.InvariantCulture));
        }

        return hex.ToString();
    }

    private static string Known(IEnumerable<string> ids)
    {
        var list = new List<string>(ids);
        return list.Count == 0 ? string.Empty : "; known: " + string.Join(", ", list);
    }
}
