using System;
using System.Collections.Generic;
using System.Globalization;
using Maturity.Answers;
using Maturity.Diagnostics;
using Maturity.Expressions;
using Maturity.Model;
using Maturity.Scoring;

namespace Maturity.Questionnaire;

/// <summary>Builds a <see cref="QuestionnaireState"/> with the assessment's own steps: bind each answer
/// (remembering which question each problem is about), evaluate the conditions with the scoring engine,
/// report answers to questions not asked. The only addition is "not yet asked": a condition reading an
/// unanswered question is not settled, whatever it evaluates to on the answers so far.</summary>
internal static class QuestionnaireEvaluator
{
    /// <summary>Scales wider than this get no per-value choices: a host shows a number field instead.</summary>
    private const int MaxScaleChoices = 21;

    private static readonly IReadOnlyList<Diagnostic> NoProblems = Array.Empty<Diagnostic>();
    private static readonly IReadOnlyList<QuestionChoice> NoChoices = Array.Empty<QuestionChoice>();

    public static QuestionnaireState Evaluate(RuleSet ruleSet, AnswerSheet sheet, string language)
    {
        var plan = ruleSet.Plan;
        var ws = plan.Workspace;
        var input = ws.Input;
        var state = ws.Main;
        var questions = plan.Questions;
        input.Clear();
        var bag = new DiagnosticBag();
        List<Diagnostic>?[]? problems = null;
        foreach (var pair in sheet.AnswerMap)
        {
            var before = bag.Items.Count;
            AnswerBinder.BindOne(ruleSet, sheet, pair.Key, pair.Value, bag, input);
            if (bag.Items.Count > before && ruleSet.FindQuestion(pair.Key) is { } q)
            {
                Attribute(ref problems, questions.Length, q.Index, bag, before);
            }
        }

        ScoringEngine.Evaluate(plan, input, state);
        foreach (var q in questions)
        {
            if (AnswerBinder.IsHiddenAnswer(q, input, state))
            {
                var before = bag.Items.Count;
                AnswerBinder.ReportHiddenAnswer(q, sheet, bag);
                Attribute(ref problems, questions.Length, q.Index, bag, before);
            }
        }

        var pending = Pending(plan, state);
        var views = new QuestionState[questions.Length];
        for (var i = 0; i < questions.Length; i++)
        {
            var q = questions[i];
            var visibility = pending[i] ? QuestionVisibility.Pending
                : state.Status[i] == AnswerStatus.Hidden ? QuestionVisibility.NotAsked
                : QuestionVisibility.Asked;
            var answered = input.Status[i] != AnswerStatus.Unanswered;
            sheet.AnswerMap.TryGetValue(q.Id, out var answer);
            views[i] = new QuestionState(q, language, visibility, answer, answered, Choices(q, language, input, answered && input.Status[i] == AnswerStatus.Answered), (IReadOnlyList<Diagnostic>?)problems?[i] ?? NoProblems);
        }

        return new QuestionnaireState(ruleSet, sheet, language, Sections(ruleSet, language, views, out var progress), views, bag.ToSortedList(), progress);
    }

    private static void Attribute(ref List<Diagnostic>?[]? problems, int count, int slot, DiagnosticBag bag, int from)
    {
        problems ??= new List<Diagnostic>?[count];
        var list = problems[slot] ??= [];
        for (var i = from; i < bag.Items.Count; i++)
        {
            list.Add(bag.Items[i]);
        }
    }

    /// <summary>Questions whose condition reads a question still unanswered or itself pending. The plan's
    /// condition order puts every question after the ones its condition reads, so one pass settles all.</summary>
    private static bool[] Pending(ScoringPlan plan, ScoreState state)
    {
        var pending = new bool[plan.Questions.Length];
        foreach (var slot in plan.WhenOrder)
        {
            var reads = plan.Questions[slot].CompiledWhen!.QuestionSlots;
            for (var i = 0; i < reads.Count; i++)
            {
                var d = reads[i];
                if (pending[d] || state.Status[d] == AnswerStatus.Unanswered)
                {
                    pending[slot] = true;
                    break;
                }
            }
        }

        return pending;
    }

    private static IReadOnlyList<QuestionChoice> Choices(Question q, string language, AnswerInput input, bool hasValue)
    {
        var slot = q.Index;
        switch (q.Type)
        {
            case QuestionType.Choice:
            case QuestionType.Multi:
                var options = new QuestionChoice[q.Options.Count];
                for (var i = 0; i < options.Length; i++)
                {
                    var selected = hasValue && (q.Type == QuestionType.Choice ? input.Value[slot] == i : (input.Mask[slot] & (1UL << i)) != 0);
                    options[i] = new QuestionChoice(q.Options[i].Id, q.Options[i].Label.Get(language), selected);
                }

                return options;
            case QuestionType.Scale when q.Min is { } min && q.Max is { } max && max - min < MaxScaleChoices:
                var values = new QuestionChoice[(int)(max - min) + 1];
                for (var i = 0; i < values.Length; i++)
                {
                    var v = (int)min + i;
                    var label = q.ScaleLabels.TryGetValue(v, out var l) ? l.Get(language) : v.ToString(CultureInfo.InvariantCulture);
                    values[i] = new QuestionChoice(v.ToString(CultureInfo.InvariantCulture), label, hasValue && input.Value[slot] == v);
                }

                return values;
            default:
                return NoChoices;
        }
    }

    private static QuestionnaireSection[] Sections(RuleSet ruleSet, string language, QuestionState[] views, out QuestionnaireProgress overall)
    {
        var sections = new List<QuestionnaireSection>();
        int answered = 0, asked = 0;
        foreach (var node in ruleSet.Nodes)
        {
            if (node.Questions.Count == 0)
            {
                continue;
            }

            var states = new QuestionState[node.Questions.Count];
            int a = 0, n = 0;
            for (var i = 0; i < states.Length; i++)
            {
                var s = views[node.Questions[i].Index];
                states[i] = s;
                if (s.IsAsked)
                {
                    n++;
                    a += s.IsAnswered ? 1 : 0;
                }
            }

            answered += a;
            asked += n;
            var dimension = node;
            while (dimension.ParentId is { } parent)
            {
                dimension = ruleSet.FindNode(parent)!;
            }

            sections.Add(new QuestionnaireSection(node, dimension, language, sections.Count, states, new QuestionnaireProgress(a, n)));
        }

        overall = new QuestionnaireProgress(answered, asked);
        return sections.ToArray();
    }
}
