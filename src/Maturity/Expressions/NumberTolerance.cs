namespace Maturity.Expressions;

/// <summary>The one tolerance every score comparison uses — level thresholds (<c>min</c>) and every comparison in an
/// expression (gates, conditions, indicators) — so float noise such as 59.99999999999 never decides a level
/// one way in a threshold and the other way in a gate. Far below the 6 decimals results carry.</summary>
internal static class NumberTolerance
{
    public const double Epsilon = 1e-9;

    public static bool Equal(double a, double b) => a == b || System.Math.Abs(a - b) <= Epsilon;

    public static bool AtLeast(double a, double b) => a >= b - Epsilon;
}
