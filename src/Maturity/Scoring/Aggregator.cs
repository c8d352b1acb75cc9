using Maturity.Model;

namespace Maturity.Scoring;

/// <summary>The one implementation of an aggregation (docs/scoring.md): folds a node's children into
/// its score and maximum. The engine, the compile-time maxima behind MAT041 and the contribution split
/// all go through it, so a rule such as "a weight-0 child never counts" cannot drift between them.</summary>
internal struct Aggregator
{
    private readonly Aggregation _aggregation;
    private readonly bool _normalized;
    private readonly bool _combinesOnly;
    private double _weightSum;
    private double _weighted;
    private double _weightedMax;
    private double _ratioSum;
    private double _best;
    private double _bestMax;

    public Aggregator(Aggregation aggregation, bool normalized)
    {
        _aggregation = aggregation;
        _normalized = normalized;

        // The ratio (a division) is read only by min/max and by the normalised mean.
        _combinesOnly = !ReadsRatios(aggregation, normalized);
        _weightSum = 0;
        _weighted = 0;
        _weightedMax = 0;
        _ratioSum = 0;
        _best = 0;
        _bestMax = 0;
        Count = 0;
    }

    /// <summary>Children that took part (weight above 0); a node with none is left out of its parent.</summary>
    public int Count { get; private set; }

    public readonly double Score
    {
        get
        {
            if (Count == 0)
            {
                return 0;
            }

            if (Picks)
            {
                return _normalized ? 100 * _best : _best;
            }

            return CombinedScore(_aggregation == Aggregation.Sum, _normalized, _weightSum, _weighted, _weightedMax, _ratioSum);
        }
    }

    public readonly double Max => _normalized ? 100 : Picks ? _bestMax : CombinedMax(_aggregation == Aggregation.Sum, _weightSum, _weightedMax);

    /// <summary>The score of a combining aggregation (sum, mean, formula) from its running totals, at least one child
    /// counted. The engine's sum and mean loops keep the totals in locals (this struct stays on the stack) and finish
    /// through here, so the arithmetic stays this file's.</summary>
    public static double CombinedScore(bool sum, bool normalized, double weightSum, double weighted, double weightedMax, double ratioSum)
    {
        if (normalized)
        {
            return sum
                ? (weightedMax > 0 ? 100 * weighted / weightedMax : 0)
                : (weightSum > 0 ? 100 * ratioSum / weightSum : 0);
        }

        return sum ? weighted : weightSum > 0 ? weighted / weightSum : 0;
    }

    /// <summary>The maximum of a combining aggregation on the raw scale (normalised: 100).</summary>
    public static double CombinedMax(bool sum, double weightSum, double weightedMax) =>
        sum ? weightedMax : weightSum > 0 ? weightedMax / weightSum : 0;

    /// <summary>A child's score over its maximum, what a normalised mean, a min and a max compare (0 when the maximum
    /// is not positive). The one place this division is written: answers and option tables keep its result per
    /// question, so folds over questions read it instead of dividing again.</summary>
    public static double Ratio(double max, double score) => max > 0 ? score / max : 0;

    /// <summary>True when <see cref="Add"/> needs each child's ratio (score / max): min and max, and the normalised
    /// mean (and formula), which average ratios; a sum or a raw mean skips the division.</summary>
    public static bool ReadsRatios(Aggregation aggregation, bool normalized) =>
        !(aggregation is Aggregation.Sum || (aggregation is Aggregation.Mean or Aggregation.Formula && !normalized));

    /// <summary>True when the aggregation picks one child (min, max) rather than combining them.</summary>
    public readonly bool Picks => _aggregation is Aggregation.Min or Aggregation.Max;

    /// <summary>Adds a child. A weight-0 child (a profile question) is not part of the score in any
    /// aggregation: it neither moves a min/max nor makes an otherwise empty node count.</summary>
    /// <returns>True when this child is, for now, the one a min/max picks.</returns>
    public bool Add(double score, double max, double weight)
    {
        if (weight <= 0)
        {
            return false;
        }

        Count = unchecked(Count + 1);
        _weightSum += weight;
        _weighted += weight * score;
        _weightedMax += weight * max;
        if (_combinesOnly)
        {
            return false;
        }

        var ratio = Ratio(max, score);
        _ratioSum += weight * ratio;
        var pick = _normalized ? ratio : score;
        if (Count == 1 || (_aggregation == Aggregation.Min && pick < _best) || (_aggregation == Aggregation.Max && pick > _best))
        {
            _best = pick;
            _bestMax = max;
            return Picks;
        }

        return false;
    }

    /// <summary>A child's share of a combining aggregation's score, before scaling to the parent:
    /// shares are proportional to what each child adds to the score.</summary>
    public readonly double Share(double score, double max, double weight)
    {
        if (weight <= 0)
        {
            return 0;
        }

        var ratio = Ratio(max, score);
        return weight * (_normalized && _aggregation == Aggregation.Mean ? ratio : score);
    }
}
