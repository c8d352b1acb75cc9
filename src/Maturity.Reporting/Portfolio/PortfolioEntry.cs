using System;
using System.Collections.Generic;
using System.Linq;
using Maturity.Model;
using Maturity.Scoring;

namespace Maturity.Reporting.Portfolio;

/// <summary>One firm's assessment reduced to what portfolio analytics need: who, where, how big, which
/// rules, which scores. Build it from an <see cref="AssessmentResult"/> with <see cref="FromResult"/>, or
/// directly (stored results, tests). Immutable.</summary>
public sealed class PortfolioEntry
{
    /// <summary>Creates an entry.</summary>
    /// <param name="companyId">The firm's id (SIREN, CRM id…): the key that matches firms across campaigns.</param>
    /// <param name="ruleSetId">Rule set id; it is also the firm's sector.</param>
    /// <param name="ruleSetVersion">Rule set semantic version.</param>
    /// <param name="score">Overall score.</param>
    /// <param name="dimensions">Per-dimension scores, in rule-set order.</param>
    /// <param name="maxScore">Overall maximum (100 on the normalised scale); must be positive.</param>
    /// <param name="ruleSetHash">Rule set content hash, when known.</param>
    /// <param name="territory">Territory (département code), or null when unknown.</param>
    /// <param name="employees">Headcount, or null when unknown.</param>
    /// <param name="levelId">Level reached, or null.</param>
    /// <param name="levelIndex">Its position, 0 = lowest, or null.</param>
    /// <param name="companyName">Display name, or null.</param>
    /// <param name="levelTitle">Level display name, or null to show the id.</param>
    /// <param name="sectorTitle">Rule set display name, or null to show the id.</param>
    /// <param name="assessedOn">Assessment date, or null.</param>
    /// <param name="isReferenceModel">True when the rule set is a reference model (chosen by id, never by NAF
    /// code): such an entry is grouped under <see cref="PortfolioAnalysis.ByReferenceModel"/>, never as a sector.</param>
    public PortfolioEntry(
        string companyId,
        string ruleSetId,
        string ruleSetVersion,
        double score,
        IEnumerable<DimensionScore>? dimensions = null,
        double maxScore = 100,
        string? ruleSetHash = null,
        string? territory = null,
        int? employees = null,
        string? levelId = null,
        int? levelIndex = null,
        string? companyName = null,
        Label? levelTitle = null,
        Label? sectorTitle = null,
        DateTime? assessedOn = null,
        bool isReferenceModel = false)
    {
        if (string.IsNullOrWhiteSpace(companyId))
        {
            throw new ArgumentException("An entry needs a company id.", nameof(companyId));
        }

        if (string.IsNullOrWhiteSpace(ruleSetId))
        {
            throw new ArgumentException("An entry needs a rule set id.", nameof(ruleSetId));
        }

        if (!(maxScore > 0) || double.IsInfinity(maxScore))
        {
            throw new ArgumentOutOfRangeException(nameof(maxScore), maxScore, "The maximum score must be positive.");
        }

        if (double.IsNaN(score) || double.IsInfinity(score))
        {
            throw new ArgumentOutOfRangeException(nameof(score), score, "The score must be a finite number.");
        }

        CompanyId = companyId;
        RuleSetId = ruleSetId;
        RuleSetVersion = ruleSetVersion ?? throw new ArgumentNullException(nameof(ruleSetVersion));
        Score = score;
        MaxScore = maxScore;
        Dimensions = dimensions?.ToArray() ?? [];
        RuleSetHash = ruleSetHash;
        Territory = string.IsNullOrWhiteSpace(territory) ? null : territory;
        Employees = employees;
        LevelId = levelId;
        LevelIndex = levelIndex;
        CompanyName = companyName;
        LevelTitle = levelTitle;
        SectorTitle = sectorTitle;
        AssessedOn = assessedOn;
        IsReferenceModel = isReferenceModel;
    }

    /// <summary>The firm's id: the key that matches firms across campaigns.</summary>
    public string CompanyId { get; }

    /// <summary>Display name, or null.</summary>
    public string? CompanyName { get; }

    /// <summary>Rule set id.</summary>
    public string RuleSetId { get; }

    /// <summary>Rule set semantic version.</summary>
    public string RuleSetVersion { get; }

    /// <summary>Rule set content hash, or null when unknown.</summary>
    public string? RuleSetHash { get; }

    /// <summary>The sector: the rule set id.</summary>
    public string Sector => RuleSetId;

    /// <summary>Rule set display name, or null.</summary>
    public Label? SectorTitle { get; }

    /// <summary>True when the rule set is a reference model rather than a sector rule set (see
    /// <see cref="PortfolioAnalysis.ByReferenceModel"/>).</summary>
    public bool IsReferenceModel { get; }

    /// <summary>Territory (département code), or null when unknown.</summary>
    public string? Territory { get; }

    /// <summary>Headcount, or null.</summary>
    public int? Employees { get; }

    /// <summary>Size band from <see cref="Employees"/>.</summary>
    public SizeBand SizeBand => SizeBands.FromEmployees(Employees);

    /// <summary>Overall score, in the rule set's units.</summary>
    public double Score { get; }

    /// <summary>Overall maximum.</summary>
    public double MaxScore { get; }

    /// <summary>Overall score as a share of the maximum, 0–100: the unit of every portfolio statistic.
    /// Equal to <see cref="Score"/> on normalised rule sets.</summary>
    public double Percent => 100.0 * Score / MaxScore;

    /// <summary>Level reached, or null.</summary>
    public string? LevelId { get; }

    /// <summary>Position of the level reached (0 = lowest), or null.</summary>
    public int? LevelIndex { get; }

    /// <summary>Level display name, or null.</summary>
    public Label? LevelTitle { get; }

    /// <summary>Per-dimension scores.</summary>
    public IReadOnlyList<DimensionScore> Dimensions { get; }

    /// <summary>Assessment date, or null.</summary>
    public DateTime? AssessedOn { get; }

    /// <summary>The major part of <see cref="RuleSetVersion"/> (text before the first dot).</summary>
    public string MajorVersion
    {
        get
        {
            var dot = RuleSetVersion.IndexOf('.');
            return dot < 0 ? RuleSetVersion : RuleSetVersion.Substring(0, dot);
        }
    }

    /// <summary>The dimension with <paramref name="id"/>, or null.</summary>
    /// <param name="id">Dimension id.</param>
    public DimensionScore? Dimension(string id)
    {
        foreach (var d in Dimensions)
        {
            if (string.Equals(d.Id, id, StringComparison.Ordinal))
            {
                return d;
            }
        }

        return null;
    }

    /// <summary>Reduces an assessment to an entry. A rule set that no NAF code selects and that is not the
    /// fallback (the published models of <c>rules/reference/</c>) makes a reference-model entry.</summary>
    /// <param name="result">The assessment.</param>
    public static PortfolioEntry FromResult(AssessmentResult result)
    {
        if (result is null)
        {
            throw new ArgumentNullException(nameof(result));
        }

        var c = result.Company;
        return new PortfolioEntry(
            c.Id,
            result.RuleSetId,
            result.RuleSetVersion,
            result.Score,
            result.Dimensions.Select(d => new DimensionScore(d.Id, d.Score, d.MaxScore, d.Node.Title)),
            result.MaxScore > 0 ? result.MaxScore : 100,
            result.RuleSetHash,
            c.Territory,
            c.Employees,
            result.Level?.Id,
            result.Level?.Index,
            c.Name,
            result.Level?.Level.Title,
            result.RuleSet.Title,
            c.AssessedOn,
            result.RuleSet.NafPrefixes.Count == 0 && !result.RuleSet.IsFallback);
    }
}

/// <summary>One dimension's score in a <see cref="PortfolioEntry"/>. Immutable.</summary>
public sealed class DimensionScore
{
    /// <summary>Creates a dimension score.</summary>
    /// <param name="id">Dimension id.</param>
    /// <param name="score">Score, or null when nothing under the dimension was scored.</param>
    /// <param name="maxScore">The dimension's maximum (100 on the normalised scale).</param>
    /// <param name="title">Display name, or null to show the id.</param>
    public DimensionScore(string id, double? score, double maxScore = 100, Label? title = null)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new ArgumentException("A dimension score needs an id.", nameof(id));
        }

        Id = id;
        Score = score;
        MaxScore = maxScore;
        Title = title;
    }

    /// <summary>Dimension id.</summary>
    public string Id { get; }

    /// <summary>Score, or null when not scored.</summary>
    public double? Score { get; }

    /// <summary>Maximum.</summary>
    public double MaxScore { get; }

    /// <summary>Display name, or null.</summary>
    public Label? Title { get; }

    /// <summary>Score as a share of the maximum, 0–100; null when not scored or the maximum is 0.</summary>
    public double? Percent => Score is { } s && MaxScore > 0 ? 100.0 * s / MaxScore : null;
}
