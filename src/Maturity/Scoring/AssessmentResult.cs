using System;
using System.Collections.Generic;
using System.Threading;
using Maturity.Answers;
using Maturity.Diagnostics;
using Maturity.Internal;
using Maturity.Model;

namespace Maturity.Scoring;

/// <summary>The outcome of assessing one company against one rule set: scores, level, coverage,
/// the gap to the next level and ranked recommendations, traceable to the exact rules by
/// <see cref="RuleSetHash"/>. Immutable and thread-safe.</summary>
public sealed class AssessmentResult
{
    private readonly double[] _nodeScores;
    private readonly AnswerRecord _answers;
    private readonly AnswerSheet? _sheet;
    private Details? _details;

    internal AssessmentResult(
        RuleSet ruleSet,
        AnswerSheet? sheet,
        CompanyInfo company,
        double score,
        double maxScore,
        LevelResult? level,
        double coverage,
        double[] nodeScores,
        AnswerRecord answers,
        NextLevelResult? nextLevel,
        IReadOnlyList<RecommendationResult> recommendations,
        IReadOnlyList<IndicatorResult> indicators,
        IReadOnlyList<Diagnostic> warnings)
    {
        RuleSet = ruleSet;
        _sheet = sheet;
        Company = company;
        Score = score;
        MaxScore = maxScore;
        Level = level;
        Coverage = coverage;
        _nodeScores = nodeScores;
        _answers = answers;
        NextLevel = nextLevel;
        Recommendations = recommendations;
        Indicators = indicators;
        Warnings = warnings;
    }

    /// <summary>The rule set used.</summary>
    public RuleSet RuleSet { get; }

    /// <summary>Rule set id.</summary>
    public string RuleSetId => RuleSet.Id;

    /// <summary>Rule set version.</summary>
    public string RuleSetVersion => RuleSet.Version;

    /// <summary>SHA-256 of the resolved rule files.</summary>
    public string RuleSetHash => RuleSet.Hash;

    /// <summary>The company assessed.</summary>
    public CompanyInfo Company { get; }

    /// <summary>Overall score.</summary>
    public double Score { get; }

    /// <summary>Overall maximum (100 on the normalised scale).</summary>
    public double MaxScore { get; }

    /// <summary>The level reached, or null.</summary>
    public LevelResult? Level { get; }

    /// <summary>Share of applicable questions answered (N/A counts as answered), 0..1.</summary>
    public double Coverage { get; }

    /// <summary>Dimensions' outcomes.</summary>
    public IReadOnlyList<NodeResult> Dimensions => GetDetails().Dimensions;

    /// <summary>Every dimension's and group's outcome, parents first.</summary>
    public IReadOnlyList<NodeResult> Nodes => GetDetails().Nodes;

    /// <summary>Every question's outcome, in rule-set order.</summary>
    public IReadOnlyList<QuestionResult> Questions => GetDetails().Questions;

    /// <summary>The next level and what stands between; null at the top.</summary>
    public NextLevelResult? NextLevel { get; }

    /// <summary>Triggered recommendations, highest gain first (then lower effort, then declaration order).</summary>
    public IReadOnlyList<RecommendationResult> Recommendations { get; }

    /// <summary>The rule set's named indicators, in declaration order.</summary>
    public IReadOnlyList<IndicatorResult> Indicators { get; }

    /// <summary>Answer problems tolerated in lenient mode, and other remarks.</summary>
    public IReadOnlyList<Diagnostic> Warnings { get; }

    /// <summary>Ids of questions answered "not applicable".</summary>
    public IReadOnlyList<string> NotApplicable => Ids(AnswerState.NotApplicable);

    /// <summary>Ids of applicable questions left unanswered.</summary>
    public IReadOnlyList<string> Unanswered => Ids(AnswerState.Unanswered);

    /// <summary>The score of a dimension or group without building the per-node objects; null when the
    /// node is not in this rule set or nothing under it is scored.</summary>
    public double? ScoreOf(string nodeId)
    {
        var node = RuleSet.FindNode(Guard.NotNull(nodeId));
        if (node is null)
        {
            return null;
        }

        var score = _nodeScores[node.Index];
        return double.IsNaN(score) ? null : score;
    }

    /// <summary>The recommendations that meet <paramref name="gate"/> (one of <see cref="NextLevelResult.UnmetGates"/>),
    /// in ranking order; empty when none does.</summary>
    /// <param name="gate">An unmet gate of the next level.</param>
    public IReadOnlyList<RecommendationResult> RecommendationsMeeting(Gate gate)
    {
        Guard.NotNull(gate);

        var list = new List<RecommendationResult>();
        foreach (var r in Recommendations)
        {
            foreach (var g in r.UnlockedGates)
            {
                if (ReferenceEquals(g, gate))
                {
                    list.Add(r);
                    break;
                }
            }
        }

        return list;
    }

    private List<string> Ids(AnswerState state)
    {
        var list = new List<string>();
        for (var q = 0; q < _answers.Count; q++)
        {
            if (_answers.StateOf(q) == state)
            {
                list.Add(RuleSet.Questions[q].Id);
            }
        }

        return list;
    }

    /// <summary>Per-node and per-question objects are built on first access only: most batch and
    /// CRM uses read the score, level and recommendations, and skipping ~50 small objects keeps an
    /// assessment allocation-light. Built once, then shared (benign race: any copy is identical).</summary>
    private Details GetDetails()
    {
        var details = Volatile.Read(ref _details);
        if (details is null)
        {
            details = new Details(this);
            Interlocked.CompareExchange(ref _details, details, null);
        }

        return details;
    }

    /// <summary>A result's per-node numbers and answers, as the details and the contribution split read them:
    /// node scores (NaN when nothing under the node is scored), maxima, coverage counts, levels.</summary>
    internal sealed class Numbers
    {
        public Numbers(double[] nodeScore, double[] nodeMax, int[] nodeAnswered, int[] nodeApplicable, AnswerRecord answers, LevelResult?[]? nodeLevels, NextLevelResult?[]? nodeNextLevels)
        {
            NodeScore = nodeScore;
            NodeMax = nodeMax;
            NodeAnswered = nodeAnswered;
            NodeApplicable = nodeApplicable;
            Answers = answers;
            NodeLevels = nodeLevels;
            NodeNextLevels = nodeNextLevels;
        }

        public double[] NodeScore { get; }

        public double[] NodeMax { get; }

        public int[] NodeAnswered { get; }

        public int[] NodeApplicable { get; }

        public AnswerRecord Answers { get; }

        public LevelResult?[]? NodeLevels { get; }

        public NextLevelResult?[]? NodeNextLevels { get; }

        /// <summary>Each question's points, rounded as results show them.</summary>
        public double[] Points(ScoringPlan plan)
        {
            var points = new double[Answers.Count];
            for (var q = 0; q < points.Length; q++)
            {
                if (Answers.StateOf(q) == AnswerState.Answered)
                {
                    points[q] = Assessor.Round(ScoringEngine.Points(plan, q, Answers.ValueOf(plan, q), Answers.MaskOf(plan, q)));
                }
            }

            return points;
        }
    }

    private sealed class Details
    {
        public Details(AssessmentResult r)
        {
            var plan = r.RuleSet.Plan;
            var n = Assessor.Rebuild(plan, r._answers, r._nodeScores);
            var nodeContribution = new double[plan.Nodes.Length];
            var questionContribution = new double[plan.Questions.Length];
            var points = n.Points(plan);
            ContributionSplitter.Compute(plan, n, points, r.Score, nodeContribution, questionContribution);
            var nodes = new NodeResult[plan.Nodes.Length];
            var dims = new List<NodeResult>();
            for (var i = 0; i < nodes.Length; i++)
            {
                var score = n.NodeScore[i];
                nodes[i] = new NodeResult(
                    plan.Nodes[i],
                    double.IsNaN(score) ? null : score,
                    n.NodeMax[i],
                    Assessor.Coverage(n.NodeAnswered[i], n.NodeApplicable[i]),
                    Assessor.Round(nodeContribution[i]),
                    n.NodeLevels?[i],
                    n.NodeNextLevels?[i]);
                if (plan.Nodes[i].IsDimension)
                {
                    dims.Add(nodes[i]);
                }
            }

            var questions = new QuestionResult[plan.Questions.Length];
            for (var q = 0; q < questions.Length; q++)
            {
                var question = plan.Questions[q];
                var state = n.Answers.StateOf(q);
                Answer? given = null;
                if (state is AnswerState.Answered or AnswerState.NotApplicable)
                {
                    given = r._sheet is { } sheet ? (sheet.Answers.TryGetValue(question.Id, out var a) ? a : null) : Given(plan, question, state, n.Answers, q);
                }

                questions[q] = new QuestionResult(question, state, given, points[q], Assessor.Round(questionContribution[q]));
            }

            Nodes = nodes;
            Dimensions = dims;
            Questions = questions;
        }

        public IReadOnlyList<NodeResult> Nodes { get; }

        public IReadOnlyList<NodeResult> Dimensions { get; }

        /// <summary>A pre-bound answer rebuilt from its slot value (a multi's options in declaration order).</summary>
        private static Answer Given(ScoringPlan plan, Question question, AnswerState state, AnswerRecord answers, int q)
        {
            if (state == AnswerState.NotApplicable)
            {
                return Answer.NotApplicable;
            }

            var value = answers.ValueOf(plan, q);
            switch (question.Type)
            {
                case QuestionType.Boolean:
                    return Answer.Of(value != 0);
                case QuestionType.Choice:
                    return Answer.Choice(question.Options[(int)value].Id);
                case QuestionType.Multi:
                    var mask = answers.MaskOf(plan, q);
                    var ids = new List<string>();
                    for (var i = 0; i < question.Options.Count; i++)
                    {
                        if ((mask & (1UL << i)) != 0)
                        {
                            ids.Add(question.Options[i].Id);
                        }
                    }

                    return Answer.Choices(ids);
                default:
                    return Answer.Of(value);
            }
        }

        public IReadOnlyList<QuestionResult> Questions { get; }
    }
}
