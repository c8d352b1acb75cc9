using System;
using System.Collections.Generic;

namespace Maturity.Internal;

/// <summary>"Did you mean …?" for a misspelled id: the valid ids nearest by edit distance (a swap of two
/// neighbouring letters counts as one edit), or those that contain what was typed.</summary>
internal static class NearestNames
{
    private const int MaxSuggestions = 3;

    /// <summary>The closest valid ids (at most three, in the order given), or none when none is close.</summary>
    public static IReadOnlyList<string> Find(string typed, IEnumerable<string> valid)
    {
        var best = new List<string>();
        var bestDistance = int.MaxValue;
        var containing = new List<string>();
        var lower = typed.ToLowerInvariant();

        // Within a third of the typed length (at least 1, at most 3 edits): 'digtal_plan' finds 'digital_plan', 'x' finds nothing.
        var limit = Math.Min(3, Math.Max(1, typed.Length / 3));
        foreach (var candidate in valid)
        {
            var d = Distance(lower, candidate.ToLowerInvariant(), limit);
            if (d <= limit && d < bestDistance)
            {
                bestDistance = d;
                best.Clear();
            }

            if (d <= limit && d == bestDistance)
            {
                best.Add(candidate);
            }
            else if (lower.Length >= 4 && candidate.IndexOf(lower, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                containing.Add(candidate);
            }
        }

        var result = best.Count > 0 ? best : containing;
        return result.Count > MaxSuggestions ? result.GetRange(0, MaxSuggestions) : result;
    }

    /// <summary>Optimal-string-alignment distance, or more than <paramref name="limit"/> as soon as it must be.</summary>
    private static int Distance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > limit)
            {
                return limit + 1;
            }

            (previous2, previous, current) = (previous, current, previous2);
        }

        return previous[b.Length];
    }
}
