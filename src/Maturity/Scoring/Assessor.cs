using System;
using System.Collections.Generic;
using System.Linq;
using Maturity.Answers;
using Maturity.Diagnostics;
using Maturity.Expressions;
using Maturity.Model;

namespace Maturity.Scoring;

/// <summary>Runs one assessment: bind answers, evaluate, then derive levels and what-if gains. Working
/// buffers are per thread, so concurrent assessments share nothing mutable; the result keeps compact
/// arrays and builds its per-node objects only when asked.</summary>
internal static partial class Assessor
{
    private static readonly IReadOnlyList<Diagnostic> NoWarnings = Array.Empty<Diagnostic>();
    private static readonly IReadOnlyList<RecommendationResult> NoRecommendations = Array.Empty<RecommendationResult>();
    private static readonly IReadOnlyList<Gate> NoGates = Array.Empty<Gate>();
    private static readonly IReadOnlyList<IndicatorResult> NoIndicators = Array.Empty<IndicatorResult>();

    public static IReadOnlyList<Diagnostic> Validate(RuleSet ruleSet, AnswerSheet sheet)
    {
        var bag = new DiagnosticBag();
        BindAndEvaluate(ruleSet, sheet, bag);
        return bag.ToSortedList();
    }

    // selectionWarning: how the rule set was picked, when the caller should know (MAT079), or null.
    public static AssessmentResult Assess(RuleSet ruleSet, AnswerSheet sheet, AssessmentOptions options, Diagnostic? selectionWarning = null)
    {
        var bag = new DiagnosticBag();
        var ws = BindAndEvaluate(ruleSet, sheet, bag);
        return Finish(ruleSet, ws, ws.Input, sheet, sheet.Company, bag, options, selectionWarning);
    }

    /// <summary>The pre-bound path: the vector is the input, no binding; otherwise as for a sheet.</summary>
    public static AssessmentResult Assess(RuleSet ruleSet, AnswerVector answers, CompanyInfo company, AssessmentOptions options)
    {
        var ws = ruleSet.Plan.Workspace;
        ScoringEngine.Evaluate(ws.Plan, answers.Input, ws.Main);
        DiagnosticBag? bag = null;
        if (answers.HasProblems || HasHiddenAnswers(ws.Plan, answers.Input, ws.Main))
        {
            bag = new DiagnosticBag();
            answers.ReportProblems(bag);
            AnswerBinder.ReportHiddenAnswers(ws.Plan, null, answers.Input, ws.Main, bag);
        }

        return Finish(ruleSet, ws, answers.Input, null, company, bag, options, null);
    }

    /// <summary>Score-only, strict: scores and levels into the card's own buffers, no what-ifs, no allocation.</summary>
    public static void Score(RuleSet ruleSet, AnswerVector answers, ScoreCard card)
    {
        var plan = ruleSet.Plan;
        var state = card.State;
        if (plan.IsFlatSum)
        {
            FlatSumScoring.Evaluate(plan, answers.Input, state);
        }
        else
        {
            ScoringEngine.Evaluate(plan, answers.Input, state);
        }

        if (state.NonFiniteNode >= 0)
        {
            throw new DiagnosticsException("No finite score for rule set '" + ruleSet.Id + "'", [NonFinite(ruleSet, null, state.NonFiniteNode)]);
        }

        if (answers.HasProblems || HasHiddenAnswers(plan, answers.Input, state))
        {
            var bag = new DiagnosticBag();
            answers.ReportProblems(bag);
            AnswerBinder.ReportHiddenAnswers(plan, null, answers.Input, state, bag);
            throw new DiagnosticsException("Answers are invalid for rule set '" + ruleSet.Id + "'", bag.ToSortedList());
        }

        var level = ReachedLevel(plan.Levels, state.Score, state, plan.CumulativeLevels);
        card.Set(Round(state.Score), Round(state.Max), level >= 0 ? plan.LevelResults[level] : null, Coverage(state.Answered, state.Applicable));
        for (var d = 0; d < plan.DimensionSlots.Length; d++)
        {
            var n = plan.DimensionSlots[d];
            var levels = plan.NodeLevels[n];
            var reached = levels.Length > 0 && state.NodeCounts[n] ? ReachedLevel(levels, state.NodeScore[n], state, plan.CumulativeLevels) : -1;
            card.SetDimension(d, state.NodeCounts[n] ? Round(state.NodeScore[n]) : double.NaN, reached >= 0 ? plan.NodeLevelResults[n][reached] : null);
        }
    }

    private static bool HasHiddenAnswers(ScoringPlan plan, AnswerInput input, ScoreState state)
    {
        foreach (var slot in plan.WhenOrder)
        {
            if (state.Status[slot] == AnswerStatus.Hidden && input.Status[slot] != AnswerStatus.Unanswered)
            {
                return true;
            }
        }

        return false;
    }

    private static AssessmentResult Finish(RuleSet ruleSet, Workspace ws, AnswerInput input, AnswerSheet? sheet, CompanyInfo company, DiagnosticBag? bag, AssessmentOptions options, Diagnostic? selectionWarning)
    {
        var plan = ws.Plan;
        var state = ws.Main;
        var warnings = NoWarnings;
        if (state.NonFiniteNode >= 0)
        {
            // Even lenient: there is no finite score to give.
            throw new DiagnosticsException("No finite score for rule set '" + ruleSet.Id + "'", [NonFinite(ruleSet, sheet, state.NonFiniteNode)]);
        }

        if (bag is { Items.Count: > 0 })
        {
            if (!options.IsLenient)
            {
                throw new DiagnosticsException("Answers are invalid for rule set '" + ruleSet.Id + "'", bag.ToSortedList());
            }

            var list = new List<Diagnostic>();
            foreach (var e in bag.ToSortedList())
            {
                list.Add(e.WithSeverity(DiagnosticSeverity.Warning));
            }

            warnings = list;
        }

        if (selectionWarning is not null)
        {
            var list = new List<Diagnostic>(warnings.Count + 1) { selectionWarning };
            list.AddRange(warnings);
            warnings = list;
        }

        ws.Gates.Reset();
        var levelIndex = ReachedLevel(plan.Levels, state.Score, state, plan.CumulativeLevels, ws.Gates);
        var next = NextLevel(plan.Levels, levelIndex, state.Score, state, ws.Gates);
        var nodeScores = NodeScores(plan, state);
        var answers = AnswerRecord.Capture(plan, input, state);
        var recommendations = Recommend(ws, input, state, next);
        var indicators = Indicators(ruleSet, sheet, state, levelIndex);
        return new AssessmentResult(
            ruleSet, sheet, company, Round(state.Score), Round(state.Max), levelIndex >= 0 ? plan.LevelResults[levelIndex] : null,
            Coverage(state.Answered, state.Applicable), nodeScores, answers, next, recommendations, indicators, warnings);
    }

    /// <summary>The indicators, read from the final state once the level is known.</summary>
    private static IReadOnlyList<IndicatorResult> Indicators(RuleSet ruleSet, AnswerSheet? sheet, ScoreState state, int levelIndex)
    {
        var indicators = ruleSet.Indicators;
        if (indicators.Count == 0)
        {
            return NoIndicators;
        }

        var results = new IndicatorResult[indicators.Count];
        state.LevelIndex = levelIndex;
        for (var i = 0; i < results.Length; i++)
        {
            var value = indicators[i].Compiled.EvaluateNumber(state);
            if (double.IsNaN(value) || double.IsInfinity(value))
            {
                state.LevelIndex = -1;
                throw new DiagnosticsException("No finite value for rule set '" + ruleSet.Id + "'", [new Diagnostic(DiagnosticCodes.NonFiniteScore, DiagnosticSeverity.Error,
                    Messages.IndicatorNotFinite(indicators[i].Id, ruleSet.SourcePath), sheet?.FileLocation ?? AnswerVector.Location, indicators[i].Id)]);
            }

            results[i] = new IndicatorResult(indicators[i], Round(value));
        }

        state.LevelIndex = -1;
        return results;
    }

    /// <summary>The common first step: answers bound into this thread's workspace, evaluated, and the answers
    /// to questions that turned out not to be asked reported.</summary>
    private static Workspace BindAndEvaluate(RuleSet ruleSet, AnswerSheet sheet, DiagnosticBag bag)
    {
        var ws = ruleSet.Plan.Workspace;
        ws.Input.Clear();
        AnswerBinder.Bind(ruleSet, sheet, bag, ws.Input);
        ScoringEngine.Evaluate(ws.Plan, ws.Input, ws.Main);
        AnswerBinder.ReportHiddenAnswers(ws.Plan, sheet, ws.Input, ws.Main, bag);
        if (ws.Main.NonFiniteNode >= 0)
        {
            bag.Add(NonFinite(ruleSet, sheet, ws.Main.NonFiniteNode));
        }

        return ws;
    }

    private static Diagnostic NonFinite(RuleSet ruleSet, AnswerSheet? sheet, int node) =>
        new(DiagnosticCodes.NonFiniteScore, DiagnosticSeverity.Error,
            Messages.NodeNotFinite(ruleSet.Plan.Nodes[node].Id, ruleSet.SourcePath), sheet?.FileLocation ?? AnswerVector.Location, ruleSet.Plan.Nodes[node].Id);

    /// <summary>Each node's score as a result shows it: rounded, NaN when nothing under the node is scored.
    /// The one per-node figure a result keeps eagerly (batch columns read it through ScoreOf).</summary>
    private static double[] NodeScores(ScoringPlan plan, ScoreState state)
    {
        var scores = new double[plan.Nodes.Length];
        for (var n = 0; n < scores.Length; n++)
        {
            scores[n] = state.NodeCounts[n] ? Round(state.NodeScore[n]) : double.NaN;
        }

        return scores;
    }

    /// <summary>The rest of a result's per-node numbers, rebuilt from its recorded answers on first access: the
    /// state is put back exactly as the evaluation left it, so the numbers are those the evaluation had.</summary>
    internal static AssessmentResult.Numbers Rebuild(ScoringPlan plan, AnswerRecord answers, double[] nodeScores)
    {
        var state = new ScoreState(plan.Questions.Length, plan.Nodes.Length);
        answers.Restore(plan, state);
        ScoringEngine.Compute(plan, state);
        var nodeCount = plan.Nodes.Length;
        var nodeMax = new double[nodeCount];
        LevelResult?[]? nodeLevels = null;
        NextLevelResult?[]? nodeNext = null;
        for (var n = 0; n < nodeCount; n++)
        {
            nodeMax[n] = Round(state.NodeMax[n]);
            var levels = plan.NodeLevels[n];
            if (levels.Length > 0)
            {
                nodeLevels ??= new LevelResult?[nodeCount];
                nodeNext ??= new NextLevelResult?[nodeCount];
                var reached = state.NodeCounts[n] ? ReachedLevel(levels, state.NodeScore[n], state, plan.CumulativeLevels) : -1;
                nodeLevels[n] = reached >= 0 ? plan.NodeLevelResults[n][reached] : null;
                nodeNext[n] = NextLevel(levels, reached, state.NodeScore[n], state);
            }
        }

        return new AssessmentResult.Numbers(nodeScores, nodeMax, state.NodeAnswered, state.NodeApplicable, answers, nodeLevels, nodeNext);
    }

    /// <summary>The highest level reached; <paramref name="memo"/>, for the rule set's own levels only, remembers gates.</summary>
    internal static int ReachedLevel(Level[] levels, double score, ExpressionContext ctx, bool cumulative, GateMemo? memo = null)
    {
        var reached = -1;
        for (var i = 0; i < levels.Length; i++)
        {
            if (Holds(levels[i], score, ctx, memo))
            {
                reached = i;
            }
            else if (cumulative)
            {
                break;
            }
        }

        return reached;
    }

    private static bool Holds(Level level, double score, ExpressionContext ctx, GateMemo? memo)
    {
        if (!NumberTolerance.AtLeast(score, level.Min))
        {
            return false;
        }

        var requires = level.CompiledRequires;
        for (var i = 0; i < requires.Length; i++)
        {
            if (!(memo?.Holds(level.Index, i, requires[i], ctx) ?? requires[i].EvaluateBoolean(ctx)))
            {
                return false;
            }
        }

        return true;
    }

    internal static NextLevelResult? NextLevel(Level[] levels, int reached, double score, ExpressionContext ctx, GateMemo? memo = null)
    {
        if (reached + 1 >= levels.Length)
        {
            return null;
        }

        var next = levels[reached + 1];
        return new NextLevelResult(next, Round(Math.Max(0, next.Min - score)), GatesWhere(next, ctx, holds: false, memo: memo));
    }

    /// <summary>The gates of <paramref name="level"/> that hold (or not) in <paramref name="ctx"/>, in declaration
    /// order, in an exact-size array (a shared empty one for none): results keep it as it is. With
    /// <paramref name="among"/> (some of the level's gates, in declaration order: what this method returned
    /// before), only those are tested.</summary>
    internal static IReadOnlyList<Gate> GatesWhere(Level level, ExpressionContext ctx, bool holds, IReadOnlyList<Gate>? among = null, GateMemo? memo = null)
    {
        var requires = level.CompiledRequires;
        var all = level.GateArray;
        List<Gate>? many = requires.Length > 64 ? [] : null; // past 64 gates, a list instead of the bit set
        ulong found = 0;
        var count = 0;
        var next = 0; // the next gate of among: both lists are in declaration order, so one walk pairs them
        for (var i = 0; i < requires.Length; i++)
        {
            if (among is not null)
            {
                if (next >= among.Count || !ReferenceEquals(among[next], all[i]))
                {
                    continue;
                }

                next++;
            }

            if ((memo?.Holds(level.Index, i, requires[i], ctx) ?? requires[i].EvaluateBoolean(ctx)) == holds)
            {
                if (many is null)
                {
                    found |= 1UL << i;
                }
                else
                {
                    many.Add(all[i]);
                }

                count++;
            }
        }

        if (count == 0)
        {
            return NoGates;
        }

        if (many is not null)
        {
            return many.ToArray();
        }

        var gates = new Gate[count];
        for (int i = 0, k = 0; k < count; i++)
        {
            if ((found & (1UL << i)) != 0)
            {
                gates[k++] = all[i];
            }
        }

        return gates;
    }

    internal static double Coverage(int answered, int applicable) => applicable == 0 ? 1 : Round((double)answered / applicable);

    /// <summary>Rounds to 6 decimals, as results carry them: enough for any display, and free of binary-float noise
    /// such as 53.57142857000001. A tiny negative rounds to 0, never -0 (which would print as "-0"). A whole number
    /// below a billion (sums of whole points mostly are) is its own rounding, without Math.Round's scaling.</summary>
    internal static double Round(double value) =>
        (value == Math.Floor(value) && Math.Abs(value) < 1e9 ? value : Math.Round(value, 6, MidpointRounding.AwayFromZero)) + 0.0;
}
