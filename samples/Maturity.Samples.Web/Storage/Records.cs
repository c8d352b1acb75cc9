using System;

namespace Maturity.Samples.Web.Storage;

/// <summary>A firm in an adviser's portfolio.</summary>
public sealed record Firm(long Id, string Adviser, string Name, string Siret, string Naf, string Departement, int Employees);

/// <summary>One campaign's assessment of a firm: a draft until completed. The answers are an answers document
/// (docs/answers.md JSON); the rule set's id, version and hash say exactly which rules they were given for.</summary>
public sealed record AssessmentRecord(
    long FirmId,
    int Campaign,
    string RuleSetId,
    string RuleSetVersion,
    string RuleSetHash,
    string AnswersJson,
    string? ResultJson,
    double? Score,
    string? Level,
    int Answered,
    int Asked,
    DateTime Updated,
    DateTime? Completed)
{
    /// <summary>True once the questionnaire was finished and scored.</summary>
    public bool IsCompleted => Completed is not null;
}

/// <summary>A firm and its latest campaign, if any.</summary>
public sealed record FirmSummary(Firm Firm, AssessmentRecord? Latest);
