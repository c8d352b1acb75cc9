namespace Maturity.Reporting.Portfolio;

/// <summary>Company size by headcount, after the EU SME definition's staff thresholds.</summary>
public enum SizeBand
{
    /// <summary>Headcount not given.</summary>
    Unknown,

    /// <summary>0 to 9 employees.</summary>
    Micro,

    /// <summary>10 to 49 employees.</summary>
    Small,

    /// <summary>50 to 249 employees.</summary>
    Medium,

    /// <summary>250 employees or more.</summary>
    Large,
}

/// <summary>Maps a headcount to its <see cref="SizeBand"/>.</summary>
public static class SizeBands
{
    /// <summary>0–9 micro, 10–49 small, 50–249 medium, 250+ large, null (or negative) unknown.</summary>
    /// <param name="employees">Headcount, or null when unknown.</param>
    public static SizeBand FromEmployees(int? employees) => employees switch
    {
        null => SizeBand.Unknown,
        < 0 => SizeBand.Unknown,
        < 10 => SizeBand.Micro,
        < 50 => SizeBand.Small,
        < 250 => SizeBand.Medium,
        _ => SizeBand.Large,
    };
}
