using System;
using System.Collections.Generic;
using Maturity.Answers;
using Maturity.Diagnostics;
using Maturity.Expressions;
using Maturity.Internal;
using Maturity.Model;

namespace Maturity.Scoring;

/// <summary>Checks an answer sheet against a rule set and binds it to question slots. Every problem is
/// reported (unknown question, wrong type, unknown option, out of range, N/A not allowed); an invalid
/// answer is left out of the binding, never guessed.</summary>
internal static class AnswerBinder
{
    public static void Bind(RuleSet ruleSet, AnswerSheet sheet, DiagnosticBag diagnostics, AnswerInput input)
    {
        // The concrete dictionary: its struct enumerator does not allocate.
        foreach (var pair in sheet.AnswerMap)
        {
            BindOne(ruleSet, sheet, pair.Key, pair.Value, diagnostics, input);
        }
    }

    /// <summary>Checks and binds one answer; a questionnaire calls it per answer to know which question each problem is about.</summary>
    public static void BindOne(RuleSet ruleSet, AnswerSheet sheet, string questionId, Answer answer, DiagnosticBag diagnostics, AnswerInput input)
    {
        var at = answer.Location ?? sheet.FileLocation;
        var q = ruleSet.FindQuestion(questionId);
        if (q is null)
        {
            diagnostics.Error(DiagnosticCodes.UnknownQuestion, at, Messages.UnknownQuestion(ruleSet.Id, questionId, QuestionHint(ruleSet, questionId)), questionId);
            return;
        }

        if (answer.Kind == AnswerKind.NotApplicable)
        {
            if (!q.AllowsNotApplicable)
            {
                diagnostics.Error(DiagnosticCodes.NotApplicableNotAllowed, at, NotApplicableRefused(q), q.Id);
                return;
            }

            input.SetNotApplicable(q.Index);
            return;
        }

        TryBind(q, answer, at, input, diagnostics);
    }

    /// <summary>Checks <paramref name="answer"/> (not 'n/a') against <paramref name="q"/>: when valid, sets it in
    /// <paramref name="input"/> and returns true; otherwise reports why and writes nothing.</summary>
    internal static bool TryBind(Question q, Answer answer, SourceLocation at, AnswerInput input, DiagnosticBag d)
    {
        var slot = q.Index;
        switch (q.Type)
        {
            case QuestionType.Boolean:
                if (answer.Kind != AnswerKind.Boolean)
                {
                    return WrongType(q, Messages.WrongAnswerTypeBoolean(q.Id, answer.ToString()), at, d);
                }

                input.SetOption(slot, answer.BooleanValue ? 1 : 0);
                return true;
            case QuestionType.Choice:
                if (answer.Kind != AnswerKind.Option)
                {
                    return WrongType(q, Messages.WrongAnswerTypeChoice(q.Id, answer.ToString(), OptionIds(q)), at, d);
                }

                if (q.FindOption(answer.Option!) is not { } option)
                {
                    return UnknownOption(q, answer.Option!, at, d);
                }

                input.SetOption(slot, option.Index);
                return true;
            case QuestionType.Multi:
                var options = answer.Kind switch
                {
                    AnswerKind.Options => answer.Options,
                    AnswerKind.Option => [answer.Option!],
                    _ => null,
                };
                if (options is null)
                {
                    return WrongType(q, Messages.WrongAnswerTypeMulti(q.Id, answer.ToString(), OptionIds(q)), at, d);
                }

                ulong mask = 0;
                var ok = true;
                for (var i = 0; i < options.Count; i++)
                {
                    var id = options[i];
                    if (q.FindOption(id) is { } o)
                    {
                        mask |= 1UL << o.Index;
                    }
                    else
                    {
                        ok = UnknownOption(q, id, at, d);
                    }
                }

                if (ok)
                {
                    input.SetAnswer(slot, 0, mask);
                }

                return ok;
            default:
                if (answer.Kind != AnswerKind.Number)
                {
                    return WrongType(q, Messages.WrongAnswerTypeNumber(q.Id, q.Type.ToString().ToLowerInvariant(), answer.ToString()), at, d);
                }

                var v = answer.NumberValue + 0.0; // -0 is 0 in every output
                if (NumberProblem(q, v) is { } problem)
                {
                    d.Error(DiagnosticCodes.AnswerOutOfRange, at, problem, q.Id);
                    return false;
                }

                input.SetAnswer(slot, v, 0);
                return true;
        }
    }

    /// <summary>Answers given to questions whose <c>when</c> turned out false (only conditional questions can be).
    /// <paramref name="sheet"/> is null for a pre-bound <see cref="AnswerVector"/>.</summary>
    public static void ReportHiddenAnswers(ScoringPlan plan, AnswerSheet? sheet, AnswerInput input, ScoreState state, DiagnosticBag d)
    {
        foreach (var slot in plan.ConditionalSlots)
        {
            var q = plan.Questions[slot];
            if (IsHiddenAnswer(q, input, state))
            {
                ReportHiddenAnswer(q, sheet, d);
            }
        }
    }

    /// <summary>True when <paramref name="q"/> has an answer but its <c>when</c> is false.</summary>
    public static bool IsHiddenAnswer(Question q, AnswerInput input, ScoreState state) =>
        state.Status[q.Index] == AnswerStatus.Hidden && input.Status[q.Index] != AnswerStatus.Unanswered;

    /// <summary>Reports an answer to a hidden question; <paramref name="sheet"/> is null for a pre-bound vector.</summary>
    public static void ReportHiddenAnswer(Question q, AnswerSheet? sheet, DiagnosticBag d) =>
        d.Error(DiagnosticCodes.AnswerToHiddenQuestion, sheet is null ? AnswerVector.Location : sheet.LocationOf(q.Id), Messages.AnswerToHiddenQuestion(q.Id, q.When ?? string.Empty), q.Id);

    private static bool WrongType(Question q, LocalizedMessage message, SourceLocation at, DiagnosticBag d)
    {
        d.Error(DiagnosticCodes.WrongAnswerType, at, message, q.Id);
        return false;
    }

    private static bool UnknownOption(Question q, string option, SourceLocation at, DiagnosticBag d)
    {
        d.Error(DiagnosticCodes.UnknownAnswerOption, at, UnknownOptionMessage(q, option), q.Id);
        return false;
    }

    // Only on the error path: a valid sheet never enumerates the ids.
    private static IReadOnlyList<string> QuestionHint(RuleSet ruleSet, string id)
    {
        var ids = new string[ruleSet.Questions.Count];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = ruleSet.Questions[i].Id;
        }

        return NearestNames.Find(id, ids);
    }

    /// <summary>Why a number cannot answer <paramref name="q"/> (MAT code AnswerOutOfRange), or null when it can.
    /// Shared with <see cref="AnswerVector"/> so both answer paths say the same thing.</summary>
    internal static LocalizedMessage? NumberProblem(Question q, double v)
    {
        if (Math.Abs(v) > Answer.MaxMagnitude)
        {
            return Messages.AnswerBeyondLimit(v, q.Id, Answer.MaxMagnitude);
        }

        if ((q.Min is { } min && v < min) || (q.Max is { } max && v > max))
        {
            return Messages.AnswerOutOfRange(v, q.Id, Bound(q.Min), Bound(q.Max));
        }

        return q.Type == QuestionType.Scale && v != Math.Floor(v) ? Messages.AnswerNotWhole(v, q.Id) : null;
    }

    internal static LocalizedMessage NotApplicableRefused(Question q) => Messages.NotApplicableNotAllowed(q.Id);

    // Only on the error path: a valid answer never enumerates the ids.
    internal static LocalizedMessage UnknownOptionMessage(Question q, string option)
    {
        var ids = OptionIds(q);
        return Messages.UnknownAnswerOption(option, q.Id, ids, NearestNames.Find(option, ids));
    }

    private static string[] OptionIds(Question q)
    {
        var ids = new string[q.Options.Count];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = q.Options[i].Id;
        }

        return ids;
    }

    // An open bound reads as an ellipsis: 0–… .
    private static object Bound(double? v) => v is { } value ? value : "…";
}
