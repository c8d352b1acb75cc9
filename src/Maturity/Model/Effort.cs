namespace Maturity.Model;

/// <summary>The effort a recommendation asks of a company.</summary>
public enum Effort
{
    /// <summary>Days, little or no budget.</summary>
    Low,

    /// <summary>Weeks, a modest budget.</summary>
    Medium,

    /// <summary>Months, a project with a budget.</summary>
    High,
}
