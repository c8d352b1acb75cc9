namespace Maturity.Model;

/// <summary>A threshold of a number or percent question: answers at or above <see cref="Min"/> (and below the next band) score <see cref="Points"/>.</summary>
public sealed class ScoreBand
{
    internal ScoreBand(double min, double points)
    {
        Min = min;
        Points = points;
    }

    /// <summary>Lowest value of the band.</summary>
    public double Min { get; }

    /// <summary>Points for a value in the band.</summary>
    public double Points { get; }
}
