using System;
using System.Collections.Generic;

namespace Maturity.Cli.Batch;

/// <summary>The column conventions of docs/batch.md: company columns by name, every other column a question id.</summary>
internal static class BatchColumns
{
    public const string Id = "id";
    public const string Name = "name";
    public const string Naf = "naf";
    public const string Employees = "employees";
    public const string Territory = "territory";
    public const string Date = "date";
    public const string RuleSet = "ruleset";

    public static readonly HashSet<string> Company = new(StringComparer.OrdinalIgnoreCase) { Id, Name, Naf, Employees, Territory, Date, RuleSet };

    /// <summary>Output columns before the per-dimension ones (<c>dim_&lt;id&gt;</c>).</summary>
    public static readonly string[] Output =
    [
        "line", "status", "error", "id", "name", "naf", "territory", "employees", "ruleset", "version", "hash",
        "score", "max_score", "level", "coverage", "next_level", "points_missing", "top_recommendation", "top_gain",
    ];
}
