namespace Maturity.Model;

/// <summary>How a multiple-choice question turns ticked options into points.</summary>
public enum MultiScoring
{
    /// <summary>Sum of the ticked options' points, capped by the question's <c>max</c>.</summary>
    Sum,

    /// <summary>Ticked options divided by offered options (0..1).</summary>
    Share,
}
