using System;
using Maturity.Internal;
using Maturity.Model;

namespace Maturity.Scoring;

/// <summary>A rule set's questions and options resolved to slots, once: the ids a host looks up when it
/// sets up, so that scoring many firms against one rule set costs no string lookup per answer. A slot is
/// the question's <see cref="Question.Index"/>, an option its <see cref="AnswerOption.Index"/>.
/// Immutable and thread-safe; obtain one with <see cref="RuleSet.CreateAnswerLayout"/>.</summary>
public sealed class AnswerLayout
{
    internal AnswerLayout(RuleSet ruleSet) => RuleSet = ruleSet;

    /// <summary>The rule set whose slots these are.</summary>
    public RuleSet RuleSet { get; }

    /// <summary>Number of slots: one per question.</summary>
    public int SlotCount => RuleSet.Questions.Count;

    /// <summary>The slot of a question.</summary>
    /// <exception cref="ArgumentException">The rule set has no such question.</exception>
    public int SlotOf(string questionId) => TryGetSlot(questionId, out var slot)
        ? slot
        : throw new ArgumentException("rule set '" + RuleSet.Id + "' has no question '" + questionId + "'", nameof(questionId));

    /// <summary>The slot of a question, or false when the rule set has no such question.</summary>
    public bool TryGetSlot(string questionId, out int slot)
    {
        var q = RuleSet.FindQuestion(Guard.NotNull(questionId));
        slot = q?.Index ?? -1;
        return q is not null;
    }

    /// <summary>The index of an option of a choice or multiple-choice question (bit <c>1UL &lt;&lt; index</c> in a mask).</summary>
    /// <exception cref="ArgumentException">The question has no such option.</exception>
    public int OptionOf(int slot, string optionId) => TryGetOption(slot, optionId, out var option)
        ? option
        : throw new ArgumentException(AnswerBinder.UnknownOptionMessage(QuestionAt(slot), optionId).ToString(), nameof(optionId));

    /// <summary>The index of an option, or false when the question has no such option.</summary>
    public bool TryGetOption(int slot, string optionId, out int option)
    {
        var o = QuestionAt(slot).FindOption(Guard.NotNull(optionId));
        option = o?.Index ?? -1;
        return o is not null;
    }

    /// <summary>The question in a slot.</summary>
    public Question QuestionAt(int slot) => (uint)slot < (uint)RuleSet.Questions.Count
        ? RuleSet.Plan.Questions[slot]
        : throw new ArgumentOutOfRangeException(nameof(slot), slot, "rule set '" + RuleSet.Id + "' has " + RuleSet.Questions.Count + " question slots");

    /// <summary>An empty answer vector to fill for one firm after another (not thread-safe: one per thread).</summary>
    public AnswerVector CreateVector() => new(this);

    /// <summary>A reusable score card for <see cref="RuleSet.Score(AnswerVector, ScoreCard)"/> (one per thread).</summary>
    public ScoreCard CreateScoreCard() => new(this);
}
