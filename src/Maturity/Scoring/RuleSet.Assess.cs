using System;
using System.Collections.Generic;
using Maturity.Answers;
using Maturity.Diagnostics;
using Maturity.Internal;
using Maturity.Model;

namespace Maturity.Scoring;

public sealed partial class RuleSet
{
    /// <summary>Assesses a company. Strict by default: invalid answers throw a <see cref="DiagnosticsException"/>
    /// listing every problem; with <see cref="AssessmentOptions.Lenient"/> they are dropped and reported as warnings.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0027", Justification = "The longer overloads take an AnswerVector, not an AnswerSheet: no call can switch overloads when a parameter is added.")]
    public AssessmentResult Assess(AnswerSheet answers, AssessmentOptions? options = null)
    {
        Guard.NotNull(answers);

        return Assessor.Assess(this, answers, options ?? AssessmentOptions.Strict);
    }

    /// <summary>Every problem with the answers for this rule set, without scoring (empty when valid).</summary>
    public IReadOnlyList<Diagnostic> ValidateAnswers(AnswerSheet answers)
    {
        Guard.NotNull(answers);

        return Assessor.Validate(this, answers);
    }

    /// <summary>This rule set's questions and options resolved to slots: set up once, then fill an
    /// <see cref="AnswerVector"/> per firm and assess it with no lookup per answer.</summary>
    public AnswerLayout CreateAnswerLayout() => new(this);

    /// <summary>Assesses pre-bound answers: the same result as <see cref="Assess(AnswerSheet, AssessmentOptions?)"/>
    /// with the same answers, what-if recommendations included, without binding answers by id.</summary>
    /// <exception cref="DiagnosticsException">Strict mode and the answers are invalid (every problem listed).</exception>
    public AssessmentResult Assess(AnswerVector answers, CompanyInfo company) => Assess(answers, company, AssessmentOptions.Strict);

    /// <summary>Assesses pre-bound answers with <paramref name="options"/> (lenient mode turns problems into warnings).</summary>
    public AssessmentResult Assess(AnswerVector answers, CompanyInfo company, AssessmentOptions options)
    {
        CheckLayout(answers);
        return Assessor.Assess(this, answers, Guard.NotNull(company), Guard.NotNull(options));
    }

    /// <summary>Scores pre-bound answers into <paramref name="card"/>: overall and dimension scores and levels
    /// and coverage, without recommendations; allocates nothing. Strict.</summary>
    /// <exception cref="DiagnosticsException">The answers are invalid (every problem listed).</exception>
    public void Score(AnswerVector answers, ScoreCard card)
    {
        CheckLayout(answers);
        Guard.NotNull(card);

        if (!ReferenceEquals(card.Layout.RuleSet, this))
        {
            throw new ArgumentException("the score card was made for rule set '" + card.Layout.RuleSet + "', not '" + this + "'", nameof(card));
        }

        Assessor.Score(this, answers, card);
    }

    private void CheckLayout(AnswerVector answers)
    {
        Guard.NotNull(answers);

        if (!ReferenceEquals(answers.Layout.RuleSet, this))
        {
            throw new ArgumentException("the answer vector was made for rule set '" + answers.Layout.RuleSet + "', not '" + this + "'", nameof(answers));
        }
    }
}
