using System;
using System.Collections.Generic;
using Maturity.Internal;

namespace Maturity.Reporting.Portfolio;

/// <summary>Order statistics used by the portfolio analytics.</summary>
public static class Quantiles
{
    /// <summary>The <paramref name="p"/>-quantile of ascending <paramref name="sorted"/> values by linear
    /// interpolation between closest ranks, as Excel's <c>PERCENTILE.INC</c> (R type 7): with
    /// <c>h = (n − 1) · p</c>, the result is <c>x[⌊h⌋] + (h − ⌊h⌋) · (x[⌊h⌋ + 1] − x[⌊h⌋])</c> (0-based).</summary>
    /// <param name="sorted">Values in ascending order; at least one.</param>
    /// <param name="p">Probability in [0, 1]: 0.25 first quartile, 0.5 median, 0.75 third quartile.</param>
    public static double Inclusive(IReadOnlyList<double> sorted, double p)
    {
        Guard.NotNull(sorted);

        if (sorted.Count == 0)
        {
            throw new ArgumentException("A quantile needs at least one value.", nameof(sorted));
        }

        if (double.IsNaN(p) || p < 0 || p > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "p must lie in [0, 1].");
        }

        var h = (sorted.Count - 1) * p;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Count - 1);
        return sorted[lo] + ((h - lo) * (sorted[hi] - sorted[lo]));
    }

    /// <summary>Mid-rank percentile of <paramref name="value"/> among <paramref name="values"/> (which include it):
    /// <c>100 × (L + E / 2) / n</c>, where <c>L</c> counts values strictly lower and <c>E</c> values equal
    /// (the firm itself included). A lone value is at 50; the best of n distinct values at <c>100 × (n − ½) / n</c>.</summary>
    /// <param name="values">The peer group's values, the ranked value among them.</param>
    /// <param name="value">The value to rank.</param>
    public static double PercentileRank(IReadOnlyList<double> values, double value)
    {
        Guard.NotNull(values);

        if (values.Count == 0)
        {
            throw new ArgumentException("A percentile rank needs at least one value.", nameof(values));
        }

        var lower = 0;
        var equal = 0;
        foreach (var v in values)
        {
            if (v < value)
            {
                lower++;
            }
            else if (v == value)
            {
                equal++;
            }
        }

        return 100.0 * (lower + (equal / 2.0)) / values.Count;
    }
}
