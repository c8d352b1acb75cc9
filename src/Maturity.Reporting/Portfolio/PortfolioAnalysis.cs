using System;
using System.Collections.Generic;
using System.Linq;
using Maturity.Internal;
using Maturity.Scoring;

namespace Maturity.Reporting.Portfolio;

/// <summary>Analytics over one campaign of assessments: aggregates by sector, territory and size band, each
/// firm's percentile among its sector peers, and sector leaders. Every score statistic is on the 0–100
/// percent-of-maximum scale (<see cref="PortfolioEntry.Percent"/>), so groups mixing rule sets with raw
/// scales stay comparable. Immutable and thread-safe; see docs/reports.md for the definitions.</summary>
public sealed class PortfolioAnalysis
{
    /// <summary>The key of firms whose territory is not given, in <see cref="ByTerritory"/>, and of
    /// <see cref="SizeBand.Unknown"/> in <see cref="BySizeBand"/>.</summary>
    public const string UnknownKey = "unknown";

    /// <summary>Default share of a sector counted as its leaders: the top decile.</summary>
    public const double DefaultLeaderShare = 0.10;

    private readonly Dictionary<string, PeerRank> _ranks;

    /// <summary>Analyses one campaign: one entry per firm.</summary>
    /// <param name="entries">The firms; company ids must be unique.</param>
    /// <exception cref="ArgumentException">Two entries share a company id (the message lists them).</exception>
    public PortfolioAnalysis(IEnumerable<PortfolioEntry> entries)
    {
        Guard.NotNull(entries);

        Entries = entries.ToArray();
        var duplicates = Entries.GroupBy(e => e.CompanyId, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (duplicates.Count > 0)
        {
            throw new ArgumentException("A campaign holds each firm once; duplicated company ids: " + string.Join(", ", duplicates), nameof(entries));
        }

        var sectorEntries = Entries.Where(e => !e.IsReferenceModel).ToArray();
        Overall = sectorEntries.Length == 0 ? null : new GroupStats("all", null, sectorEntries);
        BySector = Group(sectorEntries, e => e.Sector);
        ByReferenceModel = Group(Entries.Where(e => e.IsReferenceModel), e => e.Sector);
        ByTerritory = Group(sectorEntries, e => e.Territory ?? UnknownKey);
        BySizeBand = sectorEntries
            .GroupBy(e => e.SizeBand)
            .OrderBy(g => g.Key == SizeBand.Unknown ? int.MaxValue : (int)g.Key)
            .Select(g => new GroupStats(SizeKey(g.Key), null, g.ToList()))
            .ToList();

        _ranks = new Dictionary<string, PeerRank>(StringComparer.Ordinal);
        foreach (var sector in BySector.Concat(ByReferenceModel))
        {
            var values = sector.Entries.Select(e => e.Percent).ToList();
            foreach (var e in sector.Entries)
            {
                var higher = values.Count(v => v > e.Percent);
                _ranks[e.CompanyId] = new PeerRank(e, Quantiles.PercentileRank(values, e.Percent), higher + 1, values.Count);
            }
        }

        Ranks = Entries.Select(e => _ranks[e.CompanyId]).ToList();
    }

    /// <summary>The firms, in the order given.</summary>
    public IReadOnlyList<PortfolioEntry> Entries { get; }

    /// <summary>All firms assessed on a sector rule set together (reference-model entries left out); null when there are none.</summary>
    public GroupStats? Overall { get; }

    /// <summary>One group per sector (rule set id), ordered by id; reference models are never sectors (see <see cref="ByReferenceModel"/>).</summary>
    public IReadOnlyList<GroupStats> BySector { get; }

    /// <summary>One group per reference model (<see cref="PortfolioEntry.IsReferenceModel"/>), ordered by id: assessments
    /// against a published methodology, kept apart from the sectors and from the territory and size statistics.</summary>
    public IReadOnlyList<GroupStats> ByReferenceModel { get; }

    /// <summary>One group per size band, smallest first, <see cref="SizeBand.Unknown"/> (key <see cref="UnknownKey"/>) last; sector entries only.</summary>
    public IReadOnlyList<GroupStats> BySizeBand { get; }

    /// <summary>One group per territory (département), ordered by code; firms without one under <see cref="UnknownKey"/>; sector entries only.</summary>
    public IReadOnlyList<GroupStats> ByTerritory { get; }

    /// <summary>Each firm's standing among the firms of its rule set (sector or reference model), in the order of <see cref="Entries"/>.</summary>
    public IReadOnlyList<PeerRank> Ranks { get; }

    /// <summary>Builds the analysis from assessment results (see <see cref="PortfolioEntry.FromResult"/>).</summary>
    /// <param name="results">One result per firm.</param>
    public static PortfolioAnalysis FromResults(IEnumerable<AssessmentResult> results) =>
        new((Guard.NotNull(results)).Select(PortfolioEntry.FromResult));

    /// <summary>The group key of a size band: <c>micro</c>, <c>small</c>, <c>medium</c>, <c>large</c>, or <see cref="UnknownKey"/>.</summary>
    /// <param name="band">The band.</param>
    public static string SizeKey(SizeBand band) => band switch
    {
        SizeBand.Micro => "micro",
        SizeBand.Small => "small",
        SizeBand.Medium => "medium",
        SizeBand.Large => "large",
        _ => UnknownKey,
    };

    /// <summary>Groups the firms (all of them, reference-model entries included) by any key (ordered by key, ordinal).</summary>
    /// <param name="key">The grouping key of a firm.</param>
    public IReadOnlyList<GroupStats> GroupBy(Func<PortfolioEntry, string> key)
    {
        Guard.NotNull(key);

        return Group(Entries, key);
    }

    private static List<GroupStats> Group(IEnumerable<PortfolioEntry> entries, Func<PortfolioEntry, string> key) =>
        entries
            .GroupBy(key, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new GroupStats(g.Key, g.Select(e => e.SectorTitle).FirstOrDefault(t => t is not null && g.All(e => e.Sector == g.First().Sector)), g.ToList()))
            .ToList();

    /// <summary>The group of rule set <paramref name="sector"/> (a sector, or a reference model), or null.</summary>
    /// <param name="sector">Rule set id.</param>
    public GroupStats? Sector(string sector) =>
        BySector.Concat(ByReferenceModel).FirstOrDefault(g => string.Equals(g.Key, sector, StringComparison.Ordinal));

    /// <summary>The standing of firm <paramref name="companyId"/> among its sector peers, or null when absent.</summary>
    /// <param name="companyId">Company id.</param>
    public PeerRank? RankOf(string companyId) => companyId is not null && _ranks.TryGetValue(companyId, out var r) ? r : null;

    /// <summary>The mid-rank percentile (0–100) of firm <paramref name="companyId"/> among its sector, or null when absent.</summary>
    /// <param name="companyId">Company id.</param>
    public double? PercentileOf(string companyId) => RankOf(companyId)?.Percentile;

    /// <summary>Per-dimension medians of sector <paramref name="sector"/> (dimension id → median, percent of the
    /// dimension's maximum), for <see cref="FirmHtmlReport"/>'s radar; empty when the sector is absent.</summary>
    /// <param name="sector">Rule set id.</param>
    public IReadOnlyDictionary<string, double> SectorMedians(string sector)
    {
        var map = new Dictionary<string, double>(StringComparer.Ordinal);
        if (Sector(sector) is { } g)
        {
            foreach (var d in g.Dimensions)
            {
                map[d.Id] = d.Distribution.Median;
            }
        }

        return map;
    }

    /// <summary>The leaders of each sector: its top <paramref name="share"/> of firms by score. A sector of n
    /// firms has <c>k = ⌈share × n⌉</c> leader places (so at least one whenever n ≥ 1), and every firm scoring
    /// at least the k-th best score is a leader (ties at the cut are all in). Ordered by sector id, then rank,
    /// then company id.</summary>
    /// <param name="share">Share of each sector, in (0, 1]; default the top decile.</param>
    public IReadOnlyList<PeerRank> Leaders(double share = DefaultLeaderShare)
    {
        if (double.IsNaN(share) || share <= 0 || share > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(share), share, "The leaders' share must lie in (0, 1].");
        }

        var leaders = new List<PeerRank>();
        foreach (var sector in BySector)
        {
            var n = sector.Count;
            var k = (int)Math.Ceiling(Math.Round(share * n, 9));
            var cut = sector.Entries.Select(e => e.Percent).OrderByDescending(v => v).ElementAt(Math.Max(1, k) - 1);
            leaders.AddRange(sector.Entries
                .Where(e => e.Percent >= cut)
                .Select(e => _ranks[e.CompanyId])
                .OrderBy(r => r.Rank)
                .ThenBy(r => r.Entry.CompanyId, StringComparer.Ordinal));
        }

        return leaders;
    }
}

/// <summary>A firm's standing among the firms of its sector in one campaign. Immutable.</summary>
public sealed class PeerRank
{
    internal PeerRank(PortfolioEntry entry, double percentile, int rank, int peerCount)
    {
        Entry = entry;
        Percentile = percentile;
        Rank = rank;
        PeerCount = peerCount;
    }

    /// <summary>The firm.</summary>
    public PortfolioEntry Entry { get; }

    /// <summary>Mid-rank percentile, 0–100: <c>100 × (L + E / 2) / n</c> with L firms of the sector strictly
    /// below, E firms at the same score (itself included), n firms in the sector.</summary>
    public double Percentile { get; }

    /// <summary>1 + the number of sector firms strictly above (ties share a rank).</summary>
    public int Rank { get; }

    /// <summary>Firms in the sector, the firm itself included.</summary>
    public int PeerCount { get; }
}
