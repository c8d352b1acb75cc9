using System;
using System.Collections.Generic;
using Maturity.Diagnostics;
using Maturity.Internal;

namespace Maturity.Answers;

/// <summary>A company and its answers by question id. Immutable; build one with <see cref="AnswerSheetBuilder"/>
/// or read one with <see cref="AnswerFile"/>.</summary>
public sealed class AnswerSheet
{
    internal AnswerSheet(CompanyInfo company, string? ruleSetId, Dictionary<string, Answer> answers, string? sourcePath)
    {
        Company = Guard.NotNull(company);
        RuleSetId = ruleSetId;
        AnswerMap = Guard.NotNull(answers);
        SourcePath = sourcePath;
        FileLocation = SourceLocation.FileOnly(sourcePath ?? "<answers>");
    }

    /// <summary>The company.</summary>
    public CompanyInfo Company { get; }

    /// <summary>The rule set the answers were given for, or null to let the catalog choose from the NAF code.</summary>
    public string? RuleSetId { get; }

    /// <summary>Answers by question id, in the order given.</summary>
    public IReadOnlyDictionary<string, Answer> Answers => AnswerMap;

    /// <summary>The file the answers came from, or null.</summary>
    public string? SourcePath { get; }

    /// <summary>A builder for a company.</summary>
    public static AnswerSheetBuilder For(CompanyInfo company) => new(company);

    /// <summary>The answers; kept concrete so engines iterate without allocating.</summary>
    internal Dictionary<string, Answer> AnswerMap { get; }

    /// <summary>Where an answer without a position of its own is reported.</summary>
    internal SourceLocation FileLocation { get; }

    internal SourceLocation LocationOf(string questionId) =>
        AnswerMap.TryGetValue(questionId, out var a) && a.Location is { } at ? at : FileLocation;
}
