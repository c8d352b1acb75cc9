using System;
using System.Collections.Generic;
using Maturity.Internal;

namespace Maturity.Answers;

/// <summary>Builds an <see cref="AnswerSheet"/> from a host's own records. Not thread-safe; the sheet it builds is.</summary>
public sealed class AnswerSheetBuilder
{
    private readonly CompanyInfo _company;
    private readonly Dictionary<string, Answer> _answers = new(64, StringComparer.Ordinal);
    private string? _ruleSetId;

    internal AnswerSheetBuilder(CompanyInfo company) => _company = Guard.NotNull(company);

    /// <summary>Names the rule set to use instead of letting the catalog pick one.</summary>
    public AnswerSheetBuilder UseRuleSet(string ruleSetId)
    {
        _ruleSetId = ruleSetId;
        return this;
    }

    /// <summary>Sets (or replaces) an answer.</summary>
    public AnswerSheetBuilder Set(string questionId, Answer answer)
    {
        if (string.IsNullOrEmpty(questionId))
        {
            throw new ArgumentException("A question id is required.", nameof(questionId));
        }

        _answers[questionId] = Guard.NotNull(answer);
        return this;
    }

    /// <summary>Sets a yes/no answer.</summary>
    public AnswerSheetBuilder Set(string questionId, bool value) => Set(questionId, Answer.Of(value));

    /// <summary>Sets a number answer.</summary>
    public AnswerSheetBuilder Set(string questionId, double value) => Set(questionId, Answer.Of(value));

    /// <summary>Sets a single-choice answer.</summary>
    public AnswerSheetBuilder Set(string questionId, string option) => Set(questionId, Answer.Choice(option));

    /// <summary>Sets a multiple-choice answer.</summary>
    public AnswerSheetBuilder Set(string questionId, params string[] options) => Set(questionId, Answer.Choices(options));

    /// <summary>Answers "not applicable".</summary>
    public AnswerSheetBuilder NotApplicable(string questionId) => Set(questionId, Answer.NotApplicable);

    /// <summary>The immutable sheet.</summary>
    public AnswerSheet Build() => new(_company, _ruleSetId, new Dictionary<string, Answer>(_answers, StringComparer.Ordinal), null);
}
