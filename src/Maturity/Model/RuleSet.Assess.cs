using System;
using System.Collections.Generic;
using Maturity.Answers;
using Maturity.Diagnostics;
using Maturity.Scoring;

namespace Maturity.Model;

public sealed partial class RuleSet
{
    /// <summary>Assesses a company. Strict by default: invalid answers throw a <see cref="DiagnosticsException"/>
    /// listing every problem; with <see cref="AssessmentOptions.LenientMode"/> they are dropped and reported as warnings.</summary>
    public AssessmentResult Assess(AnswerSheet answers, AssessmentOptions? options = null)
    {
        if (answers is null)
        {
            throw new ArgumentNullException(nameof(answers));
        }

        return Assessor.Assess(this, answers, options ?? AssessmentOptions.Strict);
    }

    /// <summary>Every problem with the answers for this rule set, without scoring (empty when valid).</summary>
    public IReadOnlyList<Diagnostic> ValidateAnswers(AnswerSheet answers)
    {
        if (answers is null)
        {
            throw new ArgumentNullException(nameof(answers));
        }

        return Assessor.Validate(this, answers);
    }
}
