using System;
using System.Collections.Generic;
using System.Linq;
using Maturity.Internal;

namespace Maturity.Reporting.Portfolio;

/// <summary>Compares two campaigns of assessments of the same firms (matched by company id): per-firm
/// deltas overall and per dimension, and the biggest movers. Refuses (<see cref="IncompatibleCampaignsException"/>)
/// when a matched firm was assessed with incompatible rule sets, because its two scores would not measure the
/// same thing. Stateless and thread-safe.</summary>
public static class CampaignComparison
{
    /// <summary>Default number of movers listed each way.</summary>
    public const int DefaultTopMovers = 5;

    /// <summary>Why a firm's two assessments cannot be compared, or null when they can. Two assessments are
    /// compatible when they used the same rule set id, the same major version, and the same set of
    /// dimension ids; the content hash, minor and patch versions may differ.</summary>
    /// <param name="before">Earlier assessment.</param>
    /// <param name="after">Later assessment.</param>
    public static string? Incompatibility(PortfolioEntry before, PortfolioEntry after)
    {
        Guard.NotNull(before);
        Guard.NotNull(after);

        if (!string.Equals(before.RuleSetId, after.RuleSetId, StringComparison.Ordinal))
        {
            return "rule set changed from '" + before.RuleSetId + "' to '" + after.RuleSetId + "'";
        }

        if (!string.Equals(before.MajorVersion, after.MajorVersion, StringComparison.Ordinal))
        {
            return "major version changed from " + before.RuleSetVersion + " to " + after.RuleSetVersion;
        }

        var a = new HashSet<string>(before.Dimensions.Select(d => d.Id), StringComparer.Ordinal);
        var b = new HashSet<string>(after.Dimensions.Select(d => d.Id), StringComparer.Ordinal);
        if (!a.SetEquals(b))
        {
            var removed = a.Except(b, StringComparer.Ordinal).OrderBy(x => x, StringComparer.Ordinal).ToList();
            var added = b.Except(a, StringComparer.Ordinal).OrderBy(x => x, StringComparer.Ordinal).ToList();
            var parts = new List<string>();
            if (removed.Count > 0)
            {
                parts.Add("removed " + string.Join(", ", removed));
            }

            if (added.Count > 0)
            {
                parts.Add("added " + string.Join(", ", added));
            }

            return "dimensions differ (" + string.Join("; ", parts) + ")";
        }

        return null;
    }

    /// <summary>Compares <paramref name="before"/> with <paramref name="after"/>.</summary>
    /// <param name="before">The earlier campaign.</param>
    /// <param name="after">The later campaign.</param>
    /// <param name="topMovers">How many improvers and decliners to list.</param>
    /// <exception cref="IncompatibleCampaignsException">Some firms present in both were assessed with
    /// incompatible rule sets (see <see cref="Incompatibility"/>); the exception lists every one of them.</exception>
    public static CampaignProgress Compare(PortfolioAnalysis before, PortfolioAnalysis after, int topMovers = DefaultTopMovers)
    {
        Guard.NotNull(before);
        Guard.NotNull(after);

        if (topMovers < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(topMovers), topMovers, "Cannot list a negative number of movers.");
        }

        var earlier = before.Entries.ToDictionary(e => e.CompanyId, StringComparer.Ordinal);
        var later = new HashSet<string>(after.Entries.Select(e => e.CompanyId), StringComparer.Ordinal);
        var firms = new List<FirmProgress>();
        var refused = new List<IncompatibleFirm>();
        foreach (var a in after.Entries)
        {
            if (!earlier.TryGetValue(a.CompanyId, out var b))
            {
                continue;
            }

            if (Incompatibility(b, a) is { } why)
            {
                refused.Add(new IncompatibleFirm(a.CompanyId, b.RuleSetId + "@" + b.RuleSetVersion, a.RuleSetId + "@" + a.RuleSetVersion, why));
                continue;
            }

            firms.Add(new FirmProgress(b, a));
        }

        if (refused.Count > 0)
        {
            throw new IncompatibleCampaignsException(refused);
        }

        var improvers = firms.Where(f => f.Delta > 0).OrderByDescending(f => f.Delta).ThenBy(f => f.CompanyId, StringComparer.Ordinal).Take(topMovers).ToList();
        var decliners = firms.Where(f => f.Delta < 0).OrderBy(f => f.Delta).ThenBy(f => f.CompanyId, StringComparer.Ordinal).Take(topMovers).ToList();
        var joined = after.Entries.Where(e => !earlier.ContainsKey(e.CompanyId)).Select(e => e.CompanyId).ToList();
        var left = before.Entries.Where(e => !later.Contains(e.CompanyId)).Select(e => e.CompanyId).ToList();
        return new CampaignProgress(firms, improvers, decliners, joined, left, Distribution.Of(firms.Select(f => f.Delta)));
    }
}

/// <summary>The outcome of <see cref="CampaignComparison.Compare"/>. Immutable.</summary>
public sealed class CampaignProgress
{
    internal CampaignProgress(IReadOnlyList<FirmProgress> firms, IReadOnlyList<FirmProgress> improvers, IReadOnlyList<FirmProgress> decliners, IReadOnlyList<string> joined, IReadOnlyList<string> left, Distribution? deltas)
    {
        Firms = firms;
        Improvers = improvers;
        Decliners = decliners;
        Joined = joined;
        Left = left;
        Deltas = deltas;
    }

    /// <summary>Firms present in both campaigns, in the later campaign's order.</summary>
    public IReadOnlyList<FirmProgress> Firms { get; }

    /// <summary>Biggest rises (delta &gt; 0), largest first, ties by company id.</summary>
    public IReadOnlyList<FirmProgress> Improvers { get; }

    /// <summary>Biggest falls (delta &lt; 0), largest fall first, ties by company id.</summary>
    public IReadOnlyList<FirmProgress> Decliners { get; }

    /// <summary>Company ids assessed only in the later campaign.</summary>
    public IReadOnlyList<string> Joined { get; }

    /// <summary>Company ids assessed only in the earlier campaign.</summary>
    public IReadOnlyList<string> Left { get; }

    /// <summary>Distribution of the overall deltas of matched firms; null when none matched.</summary>
    public Distribution? Deltas { get; }
}

/// <summary>One firm's change between two campaigns; deltas in percentage points of the maximum. Immutable.</summary>
public sealed class FirmProgress
{
    internal FirmProgress(PortfolioEntry before, PortfolioEntry after)
    {
        Before = before;
        After = after;
        Delta = after.Percent - before.Percent;
        var dims = new List<DimensionDelta>();
        foreach (var d in after.Dimensions)
        {
            dims.Add(new DimensionDelta(d.Id, d.Title, before.Dimension(d.Id)?.Percent, d.Percent));
        }

        Dimensions = dims;
    }

    /// <summary>Company id.</summary>
    public string CompanyId => After.CompanyId;

    /// <summary>The earlier assessment.</summary>
    public PortfolioEntry Before { get; }

    /// <summary>The later assessment.</summary>
    public PortfolioEntry After { get; }

    /// <summary>Overall change: after − before, percent of maximum.</summary>
    public double Delta { get; }

    /// <summary>Change in level position (after − before); null when either has no level.</summary>
    public int? LevelChange => After.LevelIndex - Before.LevelIndex;

    /// <summary>Per-dimension changes, in the later assessment's order.</summary>
    public IReadOnlyList<DimensionDelta> Dimensions { get; }
}

/// <summary>One dimension's change between two campaigns. Immutable.</summary>
public sealed class DimensionDelta
{
    internal DimensionDelta(string id, Maturity.Model.Label? title, double? before, double? after)
    {
        Id = id;
        Title = title;
        Before = before;
        After = after;
    }

    /// <summary>Dimension id.</summary>
    public string Id { get; }

    /// <summary>Display name, or null.</summary>
    public Maturity.Model.Label? Title { get; }

    /// <summary>Earlier score, percent of maximum; null when not scored.</summary>
    public double? Before { get; }

    /// <summary>Later score, percent of maximum; null when not scored.</summary>
    public double? After { get; }

    /// <summary>After − before; null when either is not scored.</summary>
    public double? Delta => After - Before;
}

/// <summary>A firm whose two assessments cannot be compared. Immutable.</summary>
public sealed class IncompatibleFirm
{
    internal IncompatibleFirm(string companyId, string before, string after, string reason)
    {
        CompanyId = companyId;
        Before = before;
        After = after;
        Reason = reason;
    }

    /// <summary>Company id.</summary>
    public string CompanyId { get; }

    /// <summary>The earlier rule set, <c>id@version</c>.</summary>
    public string Before { get; }

    /// <summary>The later rule set, <c>id@version</c>.</summary>
    public string After { get; }

    /// <summary>Why they differ.</summary>
    public string Reason { get; }

    /// <summary><c>id: before → after: reason</c>.</summary>
    public override string ToString() => CompanyId + ": " + Before + " -> " + After + ": " + Reason;
}

/// <summary>Two campaigns cannot be compared: some firms were assessed with incompatible rule sets.</summary>
public sealed class IncompatibleCampaignsException : Exception
{
    /// <summary>Creates the exception for <paramref name="firms"/>.</summary>
    /// <param name="firms">Every firm that cannot be compared.</param>
    public IncompatibleCampaignsException(IReadOnlyList<IncompatibleFirm> firms)
        : base(Describe(firms))
    {
        Firms = firms;
    }

    /// <summary>Creates the exception with a message and no firms.</summary>
    public IncompatibleCampaignsException()
        : this("The campaigns cannot be compared.")
    {
    }

    /// <summary>Creates the exception with a message and no firms.</summary>
    /// <param name="message">The message.</param>
    public IncompatibleCampaignsException(string message)
        : base(message)
    {
        Firms = [];
    }

    /// <summary>Creates the exception with a message, an inner exception and no firms.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public IncompatibleCampaignsException(string message, Exception innerException)
        : base(message, innerException)
    {
        Firms = [];
    }

    /// <summary>Every firm that cannot be compared, with the reason.</summary>
    public IReadOnlyList<IncompatibleFirm> Firms { get; }

    private static string Describe(IReadOnlyList<IncompatibleFirm> firms)
    {
        Guard.NotNull(firms);

        return "The campaigns cannot be compared: " + firms.Count + " firm(s) were assessed with incompatible rule sets (same rule set id, major version and dimensions required): "
            + string.Join("; ", firms.Select(f => f.ToString()));
    }
}
