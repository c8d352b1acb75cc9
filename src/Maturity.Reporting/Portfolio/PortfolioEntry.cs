using System;
using System.Collections.Generic;
using System.Linq;
using Maturity.Internal;
using Maturity.Model;
using Maturity.Scoring;

namespace Maturity.Reporting.Portfolio;

/// <summary>One firm's assessment reduced to what portfolio analytics need: who, where, how big, which
/// rules, which scores. Build it from an <see cref="AssessmentResult"/> with <see cref="FromResult"/>, or
/// directly (stored results, tests): the four facts every entry has in the constructor, the optional ones
/// as properties, e.g. <c>new PortfolioEntry("A1", "health", "1.0.0", 42) { Territory = "80", Employees = 12 }</c>.
/// Immutable.</summary>
public sealed class PortfolioEntry
{
    private readonly string? _territory;
    private readonly double _maxScore = 100;
    private readonly IReadOnlyList<DimensionScore> _dimensions = [];

    /// <summary>Creates an entry.</summary>
    /// <param name="companyId">The firm's id (SIREN, CRM id…): the key that matches firms across campaigns.</param>
    /// <param name="ruleSetId">Rule set id; it is also the firm's sector.</param>
    /// <param name="ruleSetVersion">Rule set semantic version.</param>
    /// <param name="score">Overall score, a finite number.</param>
    public PortfolioEntry(string companyId, string ruleSetId, string ruleSetVersion, double score)
    {
        CompanyId = Guard.NotBlank(companyId, "An entry needs a company id.");
        RuleSetId = Guard.NotBlank(ruleSetId, "An entry needs a rule set id.");
        RuleSetVersion = Guard.NotNull(ruleSetVersion);
        Score = double.IsNaN(score) || double.IsInfinity(score)
            ? throw new ArgumentOutOfRangeException(nameof(score), score, "The score must be a finite number.")
            : score;
    }

    /// <summary>The firm's id: the key that matches firms across campaigns.</summary>
    public string CompanyId { get; }

    /// <summary>Display name, or null.</summary>
    public string? CompanyName { get; init; }

    /// <summary>Rule set id.</summary>
    public string RuleSetId { get; }

    /// <summary>Rule set semantic version.</summary>
    public string RuleSetVersion { get; }

    /// <summary>Rule set content hash, or null when unknown.</summary>
    public string? RuleSetHash { get; init; }

    /// <summary>The sector: the rule set id.</summary>
    public string Sector => RuleSetId;

    /// <summary>Rule set display name, or null to show the id.</summary>
    public Label? SectorTitle { get; init; }

    /// <summary>True when the rule set is a reference model (chosen by id, never by NAF code) rather than a sector
    /// rule set: such an entry is grouped under <see cref="PortfolioAnalysis.ByReferenceModel"/>, never as a sector.</summary>
    public bool IsReferenceModel { get; init; }

    /// <summary>Territory (département code), or null when unknown (a blank value is unknown).</summary>
    public string? Territory
    {
        get => _territory;
        init => _territory = string.IsNullOrWhiteSpace(value) ? null : value;
    }

    /// <summary>Headcount, or null.</summary>
    public int? Employees { get; init; }

    /// <summary>Size band from <see cref="Employees"/>.</summary>
    public SizeBand SizeBand => SizeBands.FromEmployees(Employees);

    /// <summary>Overall score, in the rule set's units.</summary>
    public double Score { get; }

    /// <summary>Overall maximum: 100 (the normalised scale) unless set; must be positive and finite.</summary>
    public double MaxScore
    {
        get => _maxScore;
        init => _maxScore = value > 0 && !double.IsInfinity(value)
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "The maximum score must be positive.");
    }

    /// <summary>Overall score as a share of the maximum, 0–100: the unit of every portfolio statistic.
    /// Equal to <see cref="Score"/> on normalised rule sets.</summary>
    public double Percent => 100.0 * Score / MaxScore;

    /// <summary>Level reached, or null.</summary>
    public string? LevelId { get; init; }

    /// <summary>Position of the level reached (0 = lowest), or null.</summary>
    public int? LevelIndex { get; init; }

    /// <summary>Level display name, or null to show the id.</summary>
    public Label? LevelTitle { get; init; }

    /// <summary>Per-dimension scores, in rule-set order (a copy of what is given).</summary>
    public IReadOnlyList<DimensionScore> Dimensions
    {
        get => _dimensions;
        init => _dimensions = value?.ToArray() ?? [];
    }

    /// <summary>Assessment date, or null.</summary>
    public DateTime? AssessedOn { get; init; }

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
        var c = Guard.NotNull(result).Company;
        return new PortfolioEntry(c.Id, result.RuleSetId, result.RuleSetVersion, result.Score)
        {
            Dimensions = result.Dimensions.Select(d => new DimensionScore(d.Id, d.Score, d.MaxScore, d.Node.Title)).ToArray(),
            MaxScore = result.MaxScore > 0 ? result.MaxScore : 100,
            RuleSetHash = result.RuleSetHash,
            Territory = c.Territory,
            Employees = c.Employees,
            LevelId = result.Level?.Id,
            LevelIndex = result.Level?.Index,
            CompanyName = c.Name,
            LevelTitle = result.Level?.Level.Title,
            SectorTitle = result.RuleSet.Title,
            AssessedOn = c.AssessedOn,
            IsReferenceModel = result.RuleSet.NafPrefixes.Count == 0 && !result.RuleSet.IsFallback,
        };
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
