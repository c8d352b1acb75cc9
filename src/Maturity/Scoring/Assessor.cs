using System;
using System.Collections.Generic;
using Maturity.Answers;
using Maturity.Diagnostics;
using Maturity.Expressions;
using Maturity.Model;

namespace Maturity.Scoring;

/// <summary>Runs one assessment: bind answers, evaluate, then derive levels, contributions and
/// what-if gains. Working buffers are per thread, so concurrent assessments share nothing mutable.</summary>
internal static class Assessor
{
    private const double Epsilon = 1e-9;

    [ThreadStatic]
    private static ScoreState? t_main;

    [ThreadStatic]
    private static ScoreState? t_whatIf;

    [ThreadStatic]
    private static AnswerInput? t_whatIfInput;

    public static IReadOnlyList<Diagnostic> Validate(RuleSet ruleSet, AnswerSheet sheet)
    {
        var bag = new DiagnosticBag();
        var input = AnswerBinder.Bind(ruleSet, sheet, bag);
        var state = State(ref t_main, ruleSet);
        ScoringEngine.Evaluate(ruleSet.Plan, input, state);
        AnswerBinder.ReportHiddenAnswers(ruleSet, sheet, input, state, bag);
        return bag.ToSortedList();
    }

    public static AssessmentResult Assess(RuleSet ruleSet, AnswerSheet sheet, AssessmentOptions options)
    {
        var bag = new DiagnosticBag();
        var input = AnswerBinder.Bind(ruleSet, sheet, bag);
        var plan = ruleSet.Plan;
        var state = State(ref t_main, ruleSet);
        ScoringEngine.Evaluate(plan, input, state);
        AnswerBinder.ReportHiddenAnswers(ruleSet, sheet, input, state, bag);
        IReadOnlyList<Diagnostic> warnings = [];
        if (bag.Items.Count > 0)
        {
            if (!options.Lenient)
            {
                throw new DiagnosticsException("Answers are invalid for rule set '" + ruleSet.Id + "'", bag.ToSortedList());
            }

            var list = new List<Diagnostic>();
            foreach (var e in bag.ToSortedList())
            {
                list.Add(new Diagnostic(e.Code, DiagnosticSeverity.Warning, e.Message + " (ignored)", e.Location));
            }

            warnings = list;
        }

        var score = Round(state.Score);
        var levelIndex = ReachedLevel(plan.Levels, state.Score, state, plan.CumulativeLevels);
        var level = levelIndex >= 0 ? new LevelResult(plan.Levels[levelIndex]) : null;
        var next = NextLevel(plan.Levels, levelIndex, state.Score, state);
        var contributions = Contributions(plan, state, out var questionContributions);

        var nodes = new NodeResult[plan.Nodes.Length];
        for (var n = 0; n < nodes.Length; n++)
        {
            var node = plan.Nodes[n];
            LevelResult? dimLevel = null;
            NextLevelResult? dimNext = null;
            if (node.Levels.Count > 0)
            {
                var levels = ToArray(node.Levels);
                var dimIndex = state.NodeCounts[n] ? ReachedLevel(levels, state.NodeScore[n], state, plan.CumulativeLevels) : -1;
                dimLevel = dimIndex >= 0 ? new LevelResult(levels[dimIndex]) : null;
                dimNext = NextLevel(levels, dimIndex, state.NodeScore[n], state);
            }

            nodes[n] = new NodeResult(
                node,
                state.NodeCounts[n] ? Round(state.NodeScore[n]) : null,
                Round(state.NodeMax[n]),
                Coverage(state.NodeAnswered[n], state.NodeApplicable[n]),
                Round(contributions[n]),
                dimLevel,
                dimNext);
        }

        var questions = new QuestionResult[plan.Questions.Length];
        for (var q = 0; q < questions.Length; q++)
        {
            var question = plan.Questions[q];
            var st = state.Status[q] switch
            {
                AnswerStatus.Answered => AnswerState.Answered,
                AnswerStatus.NotApplicable => AnswerState.NotApplicable,
                AnswerStatus.Hidden => AnswerState.NotAsked,
                _ => AnswerState.Unanswered,
            };
            sheet.Answers.TryGetValue(question.Id, out var given);
            questions[q] = new QuestionResult(question, st, st == AnswerState.Answered || st == AnswerState.NotApplicable ? given : null, Round(state.QuestionPoints[q]), Round(questionContributions[q]));
        }

        var recommendations = Recommend(ruleSet, input, state);
        return new AssessmentResult(ruleSet, sheet.Company, score, Round(state.Max), level, Coverage(state.Answered, state.Applicable), nodes, questions, next, recommendations, warnings);
    }

    private static List<RecommendationResult> Recommend(RuleSet ruleSet, AnswerInput input, ScoreState state)
    {
        var plan = ruleSet.Plan;
        var results = new List<RecommendationResult>();
        if (plan.Recommendations.Length == 0)
        {
            return results;
        }

        var whatIfInput = t_whatIfInput is { } cached && cached.Status.Length == input.Status.Length ? cached : (t_whatIfInput = new AnswerInput(input.Status.Length));
        var whatIf = State(ref t_whatIf, ruleSet);
        foreach (var rec in plan.Recommendations)
        {
            if (!rec.CompiledWhen.EvaluateBoolean(state))
            {
                continue;
            }

            input.CopyTo(whatIfInput);
            foreach (var slot in rec.ImprovesSlots)
            {
                SetBest(plan.Questions[slot], whatIfInput);
            }

            ScoringEngine.Evaluate(plan, whatIfInput, whatIf);
            var gain = Math.Max(0, Round(whatIf.Score) - Round(state.Score));
            var after = ReachedLevel(plan.Levels, whatIf.Score, whatIf, plan.CumulativeLevels);
            results.Add(new RecommendationResult(rec, Round(gain), after >= 0 ? new LevelResult(plan.Levels[after]) : null));
        }

        results.Sort((a, b) =>
        {
            var c = b.Gain.CompareTo(a.Gain);
            if (c == 0)
            {
                c = a.Recommendation.Effort.CompareTo(b.Recommendation.Effort);
            }

            return c != 0 ? c : a.Recommendation.Index.CompareTo(b.Recommendation.Index);
        });
        return results;
    }

    /// <summary>The best answer a question can get: what a recommendation's what-if assumes.</summary>
    private static void SetBest(Question q, AnswerInput input)
    {
        var slot = q.Index;
        switch (q.Type)
        {
            case QuestionType.Boolean:
                input.Value[slot] = 1;
                break;
            case QuestionType.Choice:
                var best = 0;
                for (var i = 0; i < q.Options.Count; i++)
                {
                    if (q.Options[i].Points >= q.Options[best].Points)
                    {
                        best = i;
                    }
                }

                input.Value[slot] = best;
                break;
            case QuestionType.Multi:
                input.Mask[slot] = q.Options.Count >= 64 ? ulong.MaxValue : (1UL << q.Options.Count) - 1;
                break;
            case QuestionType.Scale:
                input.Value[slot] = q.Max ?? 0;
                break;
            default:
                if (!q.IsScored)
                {
                    return;
                }

                input.Value[slot] = q.Bands.Count > 0 ? q.Bands[q.Bands.Count - 1].Min : 100;
                break;
        }

        input.Status[slot] = AnswerStatus.Answered;
    }

    private static int ReachedLevel(Level[] levels, double score, IExpressionContext ctx, bool cumulative)
    {
        var reached = -1;
        for (var i = 0; i < levels.Length; i++)
        {
            if (Holds(levels[i], score, ctx))
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

    private static bool Holds(Level level, double score, IExpressionContext ctx)
    {
        if (score < level.Min - Epsilon)
        {
            return false;
        }

        foreach (var r in level.CompiledRequires)
        {
            if (!r.EvaluateBoolean(ctx))
            {
                return false;
            }
        }

        return true;
    }

    private static NextLevelResult? NextLevel(Level[] levels, int reached, double score, IExpressionContext ctx)
    {
        if (reached + 1 >= levels.Length)
        {
            return null;
        }

        var next = levels[reached + 1];
        var unmet = new List<string>();
        for (var i = 0; i < next.CompiledRequires.Count; i++)
        {
            if (!next.CompiledRequires[i].EvaluateBoolean(ctx))
            {
                unmet.Add(next.Requires[i]);
            }
        }

        return new NextLevelResult(next, Round(Math.Max(0, next.Min - score)), unmet);
    }

    /// <summary>Splits the overall score top-down: each child gets its parent's contribution in
    /// proportion to its weighted part (the chosen child for min/max). Children's contributions add
    /// up to their parent's, so the explanation balances to the overall score.</summary>
    private static double[] Contributions(ScoringPlan plan, ScoreState state, out double[] questionContributions)
    {
        var nodeContribution = new double[plan.Nodes.Length];
        questionContributions = new double[plan.Questions.Length];
        var normalized = plan.Scale == ScoreScale.Normalized;
        Split(plan.RootAggregation, normalized, state.Score, plan.DimensionSlots.Length, i => ~plan.DimensionSlots[i], i => plan.Nodes[plan.DimensionSlots[i]].Weight, state, plan, nodeContribution, questionContributions);
        for (var n = 0; n < plan.Nodes.Length; n++)
        {
            var start = plan.ChildStart[n];
            Split(plan.Nodes[n].Aggregation, normalized, nodeContribution[n], plan.ChildCount[n], i => plan.ChildRef[start + i], i => plan.ChildWeight[start + i], state, plan, nodeContribution, questionContributions);
        }

        return nodeContribution;
    }

    private static void Split(Aggregation aggregation, bool normalized, double total, int count, Func<int, int> child, Func<int, double> weight, ScoreState state, ScoringPlan plan, double[] nodes, double[] questions)
    {
        if (count == 0 || total == 0)
        {
            return;
        }

        var parts = new double[count];
        double sum = 0;
        var chosen = -1;
        double chosenValue = 0;
        for (var i = 0; i < count; i++)
        {
            var c = child(i);
            if (weight(i) <= 0 || !Counts(c, state, plan, out var score, out var max))
            {
                continue;
            }

            var ratio = max > 0 ? score / max : 0;
            var value = normalized ? ratio : score;
            if (aggregation is Aggregation.Min or Aggregation.Max)
            {
                if (chosen < 0 || (aggregation == Aggregation.Min ? value < chosenValue : value > chosenValue))
                {
                    chosen = i;
                    chosenValue = value;
                }

                continue;
            }

            parts[i] = weight(i) * (normalized && aggregation == Aggregation.Mean ? ratio : score);
            sum += parts[i];
        }

        if (chosen >= 0)
        {
            parts[chosen] = 1;
            sum = 1;
        }

        if (sum <= 0)
        {
            return;
        }

        for (var i = 0; i < count; i++)
        {
            var c = child(i);
            var share = total * parts[i] / sum;
            if (c >= 0)
            {
                questions[c] = share;
            }
            else
            {
                nodes[~c] = share;
            }
        }
    }

    private static bool Counts(int child, ScoreState state, ScoringPlan plan, out double score, out double max)
    {
        if (child < 0)
        {
            score = state.NodeScore[~child];
            max = state.NodeMax[~child];
            return state.NodeCounts[~child];
        }

        score = state.QuestionPoints[child];
        max = plan.Questions[child].MaxPoints;
        var status = state.Status[child];
        return status == AnswerStatus.Answered || (status == AnswerStatus.Unanswered && plan.Unanswered == UnansweredPolicy.Zero);
    }

    private static ScoreState State(ref ScoreState? cache, RuleSet ruleSet)
    {
        var plan = ruleSet.Plan;
        if (cache is null || cache.Status.Length != plan.Questions.Length || cache.NodeScore.Length != plan.Nodes.Length)
        {
            cache = new ScoreState(plan.Questions.Length, plan.Nodes.Length);
        }

        return cache;
    }

    private static Level[] ToArray(IReadOnlyList<Level> levels)
    {
        var array = new Level[levels.Count];
        for (var i = 0; i < array.Length; i++)
        {
            array[i] = levels[i];
        }

        return array;
    }

    private static double Coverage(int answered, int applicable) => applicable == 0 ? 1 : Round((double)answered / applicable);

    /// <summary>Results carry 6 decimals: enough for any display, and free of binary-float noise such as 53.57142857000001.</summary>
    internal static double Round(double value) => Math.Round(value, 6, MidpointRounding.AwayFromZero);
}
