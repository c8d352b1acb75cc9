using System;

namespace Maturity.Answers;

/// <summary>Who is assessed: identity, sector code, size, territory, date. Immutable.</summary>
public sealed class CompanyInfo
{
    /// <summary>Creates company details; only <paramref name="id"/> is required. <paramref name="naf"/>, when given,
    /// must be one of the 732 NAF rév. 2 sub-classes (<c>86.10Z</c>, <c>8610z</c>), else an
    /// <see cref="ArgumentException"/> whose message starts with MAT046.</summary>
    public CompanyInfo(string id, string? name = null, string? naf = null, int? employees = null, string? territory = null, DateTime? assessedOn = null)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new ArgumentException("A company needs an id.", nameof(id));
        }

        if (employees < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(employees), employees, "Employees cannot be negative.");
        }

        if (naf is not null && !NafCode.IsValidCode(naf))
        {
            throw NafCode.NotACode(naf, nameof(naf));
        }

        Id = id;
        Name = name;
        Naf = naf is null ? null : NafCode.Normalize(naf);
        Employees = employees;
        Territory = territory;
        AssessedOn = assessedOn?.Date;
    }

    /// <summary>The host's identifier (SIREN, CRM id...).</summary>
    public string Id { get; }

    /// <summary>Display name.</summary>
    public string? Name { get; }

    /// <summary>NAF/APE code, normalised (<c>8610Z</c>).</summary>
    public string? Naf { get; }

    /// <summary>Headcount.</summary>
    public int? Employees { get; }

    /// <summary>Territory, e.g. a département code (<c>80</c>).</summary>
    public string? Territory { get; }

    /// <summary>Date of the assessment.</summary>
    public DateTime? AssessedOn { get; }
}
