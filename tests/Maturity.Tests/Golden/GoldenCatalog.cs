using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Maturity.Answers;
using Maturity.Catalog;
using Maturity.Loading;
using Maturity.Model;
using Maturity.Scoring;

namespace Maturity.Tests.Golden;

/// <summary>The shipped rules/ folder, loaded once for every golden test, and the sample companies
/// under samples/companies/&lt;ruleset&gt;/{beginner,intermediate,leader}.yaml.</summary>
internal static class GoldenCatalog
{
    public static readonly string[] Stages = ["beginner", "intermediate", "leader"];

    private static readonly Lazy<RuleSetLoadResult> LazyResult = new(() => RuleSetLoader.LoadDirectory(TestPaths.Rules));

    private static readonly Lazy<RuleSetCatalog> LazyCatalog = new(() => new RuleSetCatalog(LazyResult.Value.RuleSets));

    public static RuleSetLoadResult Result => LazyResult.Value;

    public static RuleSetCatalog Catalog => LazyCatalog.Value;

    public static string CompaniesFolder => Path.Combine(TestPaths.Samples, "companies");

    /// <summary>Full path of a sample given relative to samples/ with '/' separators.</summary>
    public static string SamplePath(string relative) => Path.Combine(TestPaths.Samples, relative.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>Every sample company file present, relative to samples/ ("companies/health/leader.yaml").</summary>
    public static IReadOnlyList<string> SampleFiles() =>
        Directory.Exists(CompaniesFolder)
            ? Directory.EnumerateFiles(CompaniesFolder, "*.yaml", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(TestPaths.Samples, f).Replace(Path.DirectorySeparatorChar, '/'))
                .OrderBy(f => f, StringComparer.Ordinal)
                .ToList()
            : [];

    /// <summary>Sample folders (one per rule set) present under samples/companies.</summary>
    public static IReadOnlyList<string> SampleFolders() =>
        Directory.Exists(CompaniesFolder)
            ? Directory.EnumerateDirectories(CompaniesFolder).Select(d => Path.GetFileName(d)!).OrderBy(d => d, StringComparer.Ordinal).ToList()
            : [];

    public static AnswerSheet LoadSheet(string relative)
    {
        var file = AnswerFile.Load(SamplePath(relative));
        file.Diagnostics.Should().BeEmpty("{0} should parse cleanly", relative);
        return file.Sheet!;
    }

    public static RuleSet RuleSetFor(AnswerSheet sheet, string relative)
    {
        var rs = Catalog.FindFor(sheet);
        rs.Should().NotBeNull("{0} should resolve to a rule set of rules/", relative);
        return rs!;
    }

    public static AssessmentResult Assess(string relative)
    {
        var sheet = LoadSheet(relative);
        return RuleSetFor(sheet, relative).Assess(sheet);
    }
}
