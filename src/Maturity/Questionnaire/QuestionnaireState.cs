using System;
using System.Collections.Generic;
using Maturity.Answers;
using Maturity.Diagnostics;
using Maturity.Internal;
using Maturity.Model;
using Maturity.Scoring;

namespace Maturity.Questionnaire;

/// <summary>What a questionnaire UI shows for a rule set and a partial answer sheet: the sections in order,
/// each question's texts in one language, whether it is asked, its answer and problems, progress, and
/// whether the answers are ready to score. Computed by <see cref="Compute"/> with the engine's own binding
/// and condition evaluation, so a question is asked here exactly when an assessment counts it.
/// Immutable and thread-safe; cheap enough to recompute after every answer.</summary>
public sealed class QuestionnaireState
{
    private readonly Dictionary<string, QuestionState> _byId;

    internal QuestionnaireState(RuleSet ruleSet, AnswerSheet answers, string language, IReadOnlyList<QuestionnaireSection> sections, IReadOnlyList<QuestionState> questions, IReadOnlyList<Diagnostic> problems, QuestionnaireProgress progress)
    {
        RuleSet = ruleSet;
        Answers = answers;
        Language = language;
        Sections = sections;
        Questions = questions;
        Problems = problems;
        Progress = progress;
        _byId = new Dictionary<string, QuestionState>(questions.Count, StringComparer.Ordinal);
        var pending = false;
        foreach (var q in questions)
        {
            _byId[q.Id] = q;
            pending |= q.Visibility == QuestionVisibility.Pending;
        }

        var errors = false;
        foreach (var p in problems)
        {
            errors |= p.IsError;
        }

        ReadyToScore = !errors && !pending && progress.IsComplete;
    }

    /// <summary>The rule set asked.</summary>
    public RuleSet RuleSet { get; }

    /// <summary>The answers the state was computed from.</summary>
    public AnswerSheet Answers { get; }

    /// <summary>The language of every text in the state.</summary>
    public string Language { get; }

    /// <summary>The dimensions and groups that hold questions, in rule-set order (a dimension before its groups).</summary>
    public IReadOnlyList<QuestionnaireSection> Sections { get; }

    /// <summary>Every question, in rule-set order.</summary>
    public IReadOnlyList<QuestionState> Questions { get; }

    /// <summary>Every problem with the answers, sorted: the diagnostics an assessment of the same sheet
    /// reports, including answers to unknown questions (which belong to no <see cref="QuestionState"/>).</summary>
    public IReadOnlyList<Diagnostic> Problems { get; }

    /// <summary>Answered out of asked, over the whole questionnaire.</summary>
    public QuestionnaireProgress Progress { get; }

    /// <summary>True when no answer has a problem, no question is still waiting on another, and every asked
    /// question is answered: <see cref="RuleSet.Assess(AnswerSheet, Scoring.AssessmentOptions)"/> succeeds and scores a complete questionnaire.</summary>
    public bool ReadyToScore { get; }

    /// <summary>Computes the state of <paramref name="answers"/> against <paramref name="ruleSet"/>.</summary>
    /// <param name="ruleSet">The rule set to ask.</param>
    /// <param name="answers">The answers so far; may be empty.</param>
    /// <param name="language">Language of the texts (e.g. <c>fr</c>); null for the rule set's first language.
    /// A label missing in that language falls back as <see cref="Label.Get"/> does.</param>
    /// <returns>The state; never null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleSet"/> or <paramref name="answers"/> is null.</exception>
    /// <remarks>Thread-safe: concurrent calls share nothing mutable.</remarks>
    public static QuestionnaireState Compute(RuleSet ruleSet, AnswerSheet answers, string? language = null)
    {
        Guard.NotNull(ruleSet);
        Guard.NotNull(answers);

        return QuestionnaireEvaluator.Evaluate(ruleSet, answers, language ?? (ruleSet.Languages.Count > 0 ? ruleSet.Languages[0] : string.Empty));
    }

    /// <summary>The question with <paramref name="id"/>, or null.</summary>
    public QuestionState? FindQuestion(string id) => id is not null && _byId.TryGetValue(id, out var q) ? q : null;

    /// <summary>The section with <paramref name="id"/> (a dimension or group id), or null.</summary>
    public QuestionnaireSection? FindSection(string id)
    {
        foreach (var s in Sections)
        {
            if (string.Equals(s.Id, id, StringComparison.Ordinal))
            {
                return s;
            }
        }

        return null;
    }

    /// <summary>The answers kept for the questions asked now: answers to questions not asked, not yet asked
    /// or unknown are dropped. What a host stores after an answer changed which questions are asked, so that
    /// the sheet stays valid for assessment. Answers with problems to asked questions are kept.</summary>
    /// <returns>A new sheet for the same company and rule set, or this state's sheet when nothing is dropped.</returns>
    public AnswerSheet AskedAnswersOnly()
    {
        var kept = new Dictionary<string, Answer>(Answers.AnswerMap.Count, StringComparer.Ordinal);
        foreach (var pair in Answers.AnswerMap)
        {
            if (FindQuestion(pair.Key) is { IsAsked: true })
            {
                kept[pair.Key] = pair.Value;
            }
        }

        return kept.Count == Answers.AnswerMap.Count ? Answers : new AnswerSheet(Answers.Company, Answers.RuleSetId, kept, Answers.SourcePath);
    }
}
