using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Maturity.Answers;
using Maturity.Diagnostics;
using Maturity.Internal;
using Maturity.Loading;
using Maturity.Model;
using Maturity.Scoring;

namespace Maturity.Catalog;

/// <summary>The rule sets a host serves, and the choice of one for a company from its NAF/APE code:
/// the most specific <c>appliesTo</c> prefix wins, the fallback (<c>core</c> or <c>fallback: true</c>)
/// otherwise. Immutable and thread-safe.</summary>
public sealed class RuleSetCatalog
{
    private readonly Dictionary<string, RuleSet> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RuleSet> _byPrefix = new(StringComparer.Ordinal);

    /// <summary>Creates a catalog from compiled rule sets (ids must be unique).</summary>
    public RuleSetCatalog(IEnumerable<RuleSet> ruleSets)
    {
        Guard.NotNull(ruleSets);

        var list = new List<RuleSet>();
        foreach (var rs in ruleSets)
        {
            if (_byId.ContainsKey(rs.Id))
            {
                throw new ArgumentException(Messages.RuleSetTwice(rs.Id).ToString(), nameof(ruleSets));
            }

            _byId[rs.Id] = rs;
            list.Add(rs);
            foreach (var prefix in rs.NafPrefixes)
            {
                _byPrefix[prefix] = rs;
            }

            if (rs.IsFallback && (Fallback is null || rs.Id == RuleSetIds.Core))
            {
                Fallback = rs;
            }
        }

        RuleSets = list;
    }

    /// <summary>Every rule set.</summary>
    public IReadOnlyList<RuleSet> RuleSets { get; }

    /// <summary>The rule set for companies no other claims, or null.</summary>
    public RuleSet? Fallback { get; }

    /// <summary>The rule sets shipped inside this library, ready to assess with (see <see cref="ShippedRuleSets"/>).</summary>
    public static RuleSetCatalog Shipped => ShippedRuleSets.Catalog;

    /// <summary>Loads a folder and builds its catalog; throws <see cref="DiagnosticsException"/> with every diagnostic when invalid.</summary>
    public static RuleSetCatalog FromDirectory(string directory, RuleSetLoaderOptions? options = null) =>
        new(RuleSetLoader.LoadDirectory(directory, options).ThrowIfFailed().RuleSets);

    /// <summary>The rule set with this id, or null.</summary>
    public RuleSet? Find(string id) => id is not null && _byId.TryGetValue(id, out var rs) ? rs : null;

    /// <summary>The rule set with this id, if loaded.</summary>
    /// <param name="id">A rule set id.</param>
    /// <param name="ruleSet">The rule set when found.</param>
    /// <returns>True when found.</returns>
    public bool TryFind(string id, [NotNullWhen(true)] out RuleSet? ruleSet)
    {
        ruleSet = Find(id);
        return ruleSet is not null;
    }

    /// <summary>The rule set for a NAF rév. 2 sub-class in any spelling (<c>86.10Z</c>, <c>8610z</c>), or the fallback
    /// (also for a null or blank code). Text that is not one of the 732 sub-classes throws an
    /// <see cref="ArgumentException"/> whose message starts with MAT046, as <see cref="CompanyInfo"/> does.</summary>
    public RuleSet? FindByNaf(string? naf) => ByPrefix(naf) ?? Fallback;

    /// <summary>The rule set whose <c>appliesTo</c> prefix matches <paramref name="naf"/> most specifically, or null.</summary>
    private RuleSet? ByPrefix(string? naf)
    {
        if (!string.IsNullOrWhiteSpace(naf))
        {
            if (!NafCode.IsValidCode(naf!))
            {
                throw NafCode.NotACode(naf!, nameof(naf));
            }

            var code = NafCode.Normalize(naf!);
            for (var length = Math.Min(code.Length, 5); length >= 2; length--)
            {
                if (_byPrefix.TryGetValue(code.Substring(0, length), out var rs))
                {
                    return rs;
                }
            }
        }

        return null;
    }

    /// <summary>The rule set for an answer sheet (<see cref="FindFor"/>), or the MAT077 diagnostic saying why none applies.</summary>
    /// <param name="sheet">The company and its answers.</param>
    /// <param name="ruleSet">The rule set when one applies.</param>
    /// <param name="problem">Why none applies, otherwise.</param>
    /// <returns>True when a rule set applies.</returns>
    public bool TryFindFor(AnswerSheet sheet, [NotNullWhen(true)] out RuleSet? ruleSet, [NotNullWhen(false)] out Diagnostic? problem)
    {
        ruleSet = FindFor(sheet);
        problem = ruleSet is null
            ? NoRuleSetProblem(sheet.RuleSetId, sheet.Company.Naf, sheet.SourcePath is { } path ? new SourceLocation(path, 1, 1) : SourceLocation.FileOnly("<answers>"))
            : null;
        return ruleSet is not null;
    }

    /// <summary>Picks the rule set for an answer sheet and assesses it. A company that only the fallback covers
    /// (its NAF code matches no sector rule set) is assessed with the fallback, and the result carries a
    /// <c>MAT079</c> warning saying so.</summary>
    /// <param name="answers">The company's answers.</param>
    /// <param name="options">Strict (the default) or lenient.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="DiagnosticsException">No rule set applies (<c>MAT077</c>), or the answers are invalid in strict mode.</exception>
    public AssessmentResult Assess(AnswerSheet answers, AssessmentOptions? options = null)
    {
        if (!TryFindFor(Guard.NotNull(answers), out var ruleSet, out var problem))
        {
            throw new DiagnosticsException("No rule set for company '" + answers.Company.Id + "'", [problem]);
        }

        return Assessor.Assess(ruleSet, answers, options ?? AssessmentOptions.Strict, FallbackWarning(answers, ruleSet));
    }

    /// <summary>The MAT079 warning when <paramref name="ruleSet"/> was picked only as the fallback for a NAF code.</summary>
    private Diagnostic? FallbackWarning(AnswerSheet sheet, RuleSet ruleSet)
    {
        if (sheet.RuleSetId is not null || ruleSet != Fallback || string.IsNullOrWhiteSpace(sheet.Company.Naf) || ByPrefix(sheet.Company.Naf) is not null)
        {
            return null;
        }

        return new Diagnostic(DiagnosticCodes.FallbackRuleSet, DiagnosticSeverity.Warning, Messages.FallbackRuleSet(sheet.Company.Naf!, ruleSet.Id),
            sheet.SourcePath is { } path ? new SourceLocation(path, 1, 1) : SourceLocation.FileOnly("<answers>"), "company.naf");
    }

    /// <summary>The MAT077 error when no rule set applies: the named one is not loaded, or none covers the NAF
    /// code and there is no fallback. The one wording of it, for answers files and batch rows alike.</summary>
    /// <param name="ruleSetId">The rule set asked for, or null when it is chosen by NAF code.</param>
    /// <param name="naf">The company's NAF code, or null.</param>
    /// <param name="at">Where the company is.</param>
    /// <returns>The diagnostic; its target is <c>ruleset</c> or <c>company.naf</c>.</returns>
    public Diagnostic NoRuleSetProblem(string? ruleSetId, string? naf, SourceLocation at) => ruleSetId is not null
        ? new Diagnostic(DiagnosticCodes.NoRuleSet, DiagnosticSeverity.Error, Messages.RuleSetNotLoaded(ruleSetId, new List<string>(_byId.Keys)), at, "ruleset")
        : new Diagnostic(DiagnosticCodes.NoRuleSet, DiagnosticSeverity.Error, Messages.NoRuleSetForNaf(naf ?? string.Empty), at, "company.naf");

    /// <summary>The rule set for an answer sheet: the one it names, else by the company's NAF code, else the
    /// fallback; null when none applies.</summary>
    public RuleSet? FindFor(AnswerSheet sheet) =>
        Guard.NotNull(sheet).RuleSetId is { } id ? Find(id) : FindByNaf(sheet.Company.Naf);
}
