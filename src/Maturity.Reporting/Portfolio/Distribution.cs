using System;
using System.Collections.Generic;
using System.Linq;
using Maturity.Internal;

namespace Maturity.Reporting.Portfolio;

/// <summary>Summary of a set of scores: count, mean, minimum, quartiles (see <see cref="Quantiles.Inclusive"/>),
/// maximum. Immutable.</summary>
public sealed class Distribution
{
    /// <summary>The fewest values whose quartiles a report draws: below it, quartiles of a handful of firms
    /// would look like a trend, so reports show the values themselves (<see cref="HasQuartiles"/>).</summary>
    public const int MinCountForQuartiles = 5;

    private Distribution(IReadOnlyList<double> values, double mean, double min, double q1, double median, double q3, double max)
    {
        Values = values;
        Count = values.Count;
        Mean = mean;
        Min = min;
        Q1 = q1;
        Median = median;
        Q3 = q3;
        Max = max;
    }

    /// <summary>Number of values.</summary>
    public int Count { get; }

    /// <summary>The values, smallest first.</summary>
    public IReadOnlyList<double> Values { get; }

    /// <summary>True when there are at least <see cref="MinCountForQuartiles"/> values, so quartiles mean something.</summary>
    public bool HasQuartiles => Count >= MinCountForQuartiles;

    /// <summary>Arithmetic mean.</summary>
    public double Mean { get; }

    /// <summary>Smallest value.</summary>
    public double Min { get; }

    /// <summary>First quartile (PERCENTILE.INC 0.25).</summary>
    public double Q1 { get; }

    /// <summary>Median (PERCENTILE.INC 0.5; the usual median).</summary>
    public double Median { get; }

    /// <summary>Third quartile (PERCENTILE.INC 0.75).</summary>
    public double Q3 { get; }

    /// <summary>Largest value.</summary>
    public double Max { get; }

    /// <summary>Summarises <paramref name="values"/>; null when there are none.</summary>
    /// <param name="values">The values, in any order; NaN values are ignored.</param>
    public static Distribution? Of(IEnumerable<double> values)
    {
        Guard.NotNull(values);

        var sorted = values.Where(v => !double.IsNaN(v)).ToList();
        if (sorted.Count == 0)
        {
            return null;
        }

        sorted.Sort();
        var sum = 0.0;
        foreach (var v in sorted)
        {
            sum += v;
        }

        return new Distribution(
            sorted,
            sum / sorted.Count,
            sorted[0],
            Quantiles.Inclusive(sorted, 0.25),
            Quantiles.Inclusive(sorted, 0.5),
            Quantiles.Inclusive(sorted, 0.75),
            sorted[sorted.Count - 1]);
    }
}
