using System;
using System.Collections.Generic;
using Maturity.Batch.Rows;
using Maturity.Scoring;

namespace Maturity.Batch;

/// <summary>The column conventions of docs/batch.md: company columns by name, every other column a question id.</summary>
public static class BatchColumns
{
    /// <summary>Company id (required).</summary>
    public const string Id = "id";
    /// <summary>Company name.</summary>
    public const string Name = "name";
    /// <summary>NAF/APE code.</summary>
    public const string Naf = "naf";
    /// <summary>Headcount.</summary>
    public const string Employees = "employees";
    /// <summary>Territory (e.g. département).</summary>
    public const string Territory = "territory";
    /// <summary>Assessment date, yyyy-MM-dd.</summary>
    public const string Date = "date";
    /// <summary>Rule set id, overriding the NAF choice.</summary>
    public const string RuleSet = "ruleset";

    /// <summary>The company columns; every other column is a question id.</summary>
    public static readonly IReadOnlyCollection<string> Company = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { Id, Name, Naf, Employees, Territory, Date, RuleSet };

    /// <summary>Output columns before the per-dimension ones (<c>dim_&lt;id&gt;</c>).</summary>
    public static readonly IReadOnlyList<string> Output =
    [
        "line", "status", "error", "id", "name", "naf", "territory", "employees", "ruleset", "version", "hash",
        "score", "max_score", "level", "level_title", "coverage", "next_level", "next_level_title", "points_missing", "top_recommendation", "top_gain",
    ];

    /// <summary>Prefix of the per-dimension score columns.</summary>
    public const string DimensionPrefix = "dim_";

    /// <summary>Prefix of the per-indicator columns.</summary>
    public const string IndicatorPrefix = "ind_";

    /// <summary>What an output column holds: the cell rules every output format applies (docs/batch.md).</summary>
    public static BatchColumnKind KindOf(string column) => column switch
    {
        "line" or Employees => BatchColumnKind.Count,
        "score" or "max_score" or "points_missing" or "top_gain" => BatchColumnKind.Points,
        "coverage" => BatchColumnKind.Share,
        _ when column is not null && column.StartsWith(DimensionPrefix, StringComparison.Ordinal) => BatchColumnKind.Points,
        _ when column is not null && column.StartsWith(IndicatorPrefix, StringComparison.Ordinal) => BatchColumnKind.Value,
        _ => BatchColumnKind.Text,
    };
}
