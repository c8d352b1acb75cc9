using System;
using System.Collections.Generic;
using System.Linq;
using Maturity.Model;

namespace Maturity.Reporting.Portfolio;

/// <summary>Statistics of one group of firms (a sector, a territory, a size band…). Every score statistic is
/// on the 0–100 percent-of-maximum scale (<see cref="PortfolioEntry.Percent"/>). Immutable.</summary>
public sealed class GroupStats
{
    internal GroupStats(string key, Label? title, IReadOnlyList<PortfolioEntry> entries)
    {
        Key = key;
        Title = title;
        Entries = entries;
        Overall = Distribution.Of(entries.Select(e => e.Percent))!;

        var dimensionIds = new List<string>();
        var titles = new Dictionary<string, Label?>(StringComparer.Ordinal);
        foreach (var e in entries)
        {
            foreach (var d in e.Dimensions)
            {
                if (!titles.ContainsKey(d.Id))
                {
                    titles[d.Id] = d.Title;
                    dimensionIds.Add(d.Id);
                }
            }
        }

        var dims = new List<DimensionStats>();
        foreach (var id in dimensionIds)
        {
            var values = entries.Select(e => e.Dimension(id)?.Percent).Where(v => v.HasValue).Select(v => v!.Value);
            if (Distribution.Of(values) is { } dist)
            {
                dims.Add(new DimensionStats(id, titles[id], dist));
            }
        }

        Dimensions = dims;
        Levels = entries
            .GroupBy(e => (e.LevelIndex, e.LevelId))
            .OrderBy(g => g.Key.LevelIndex ?? -1)
            .ThenBy(g => g.Key.LevelId ?? string.Empty, StringComparer.Ordinal)
            .Select(g => new LevelCount(g.Key.LevelId, g.Key.LevelIndex, g.First().LevelTitle, g.Count(), (double)g.Count() / entries.Count))
            .ToList();
    }

    /// <summary>The group's key: sector (rule set) id, territory code, size band name (<c>micro</c>…), or
    /// <see cref="PortfolioAnalysis.UnknownKey"/>.</summary>
    public string Key { get; }

    /// <summary>Display name when known (a sector's rule-set title), else null.</summary>
    public Label? Title { get; }

    /// <summary>The group's firms.</summary>
    public IReadOnlyList<PortfolioEntry> Entries { get; }

    /// <summary>Number of firms.</summary>
    public int Count => Entries.Count;

    /// <summary>Overall scores (percent of maximum).</summary>
    public Distribution Overall { get; }

    /// <summary>Per dimension (percent of the dimension's maximum), in order of first appearance; firms whose
    /// dimension is not scored are left out of that dimension's statistics.</summary>
    public IReadOnlyList<DimensionStats> Dimensions { get; }

    /// <summary>How many firms reached each level, lowest level first (firms without a level first of all).
    /// Levels are told apart by index and id, so a group mixing rule sets lists each rule set's levels.</summary>
    public IReadOnlyList<LevelCount> Levels { get; }

    /// <summary>The statistics of dimension <paramref name="id"/>, or null.</summary>
    /// <param name="id">Dimension id.</param>
    public DimensionStats? Dimension(string id) => Dimensions.FirstOrDefault(d => string.Equals(d.Id, id, StringComparison.Ordinal));
}

/// <summary>One dimension's statistics within a group. Immutable.</summary>
public sealed class DimensionStats
{
    internal DimensionStats(string id, Label? title, Distribution distribution)
    {
        Id = id;
        Title = title;
        Distribution = distribution;
    }

    /// <summary>Dimension id.</summary>
    public string Id { get; }

    /// <summary>Display name, or null.</summary>
    public Label? Title { get; }

    /// <summary>Scores, percent of the dimension's maximum.</summary>
    public Distribution Distribution { get; }
}

/// <summary>How many firms of a group reached one level. Immutable.</summary>
public sealed class LevelCount
{
    internal LevelCount(string? levelId, int? levelIndex, Label? title, int count, double share)
    {
        LevelId = levelId;
        LevelIndex = levelIndex;
        Title = title;
        Count = count;
        Share = share;
    }

    /// <summary>Level id; null for firms without a level.</summary>
    public string? LevelId { get; }

    /// <summary>Level position (0 = lowest); null for firms without a level.</summary>
    public int? LevelIndex { get; }

    /// <summary>Display name, or null.</summary>
    public Label? Title { get; }

    /// <summary>Number of firms.</summary>
    public int Count { get; }

    /// <summary>Share of the group's firms, 0..1.</summary>
    public double Share { get; }
}
