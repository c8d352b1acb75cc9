using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Maturity.Scoring;

namespace Maturity.Tests.Golden;

/// <summary>Every NAF rév. 2 sub-class routes to a rule set of rules/ (core only for divisions 97-99), as
/// docs/sectors.md says.</summary>
public sealed class SectorTableTests
{
    private static readonly Regex Row = new(@"^\| (\d\d) \| [^|]+ \| (\d+) \| `([a-z0-9-]+)` \|$", RegexOptions.CultureInvariant);

    private static readonly string[] CoreDivisions = ["97", "98", "99"];

    [Fact]
    public void ForNaf_EverySubClass_HasASectorRuleSetExceptHouseholdsAndExtraterritorialBodies()
    {
        var byDivision = NafCode.All
            .GroupBy(c => c.Substring(0, 2), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(c => GoldenCatalog.Catalog.FindByNaf(c)!.Id).Distinct().ToList(), StringComparer.Ordinal);

        byDivision.Where(d => d.Value.Contains("core")).Select(d => d.Key).Should().BeEquivalentTo(CoreDivisions);
        byDivision.Where(d => CoreDivisions.Contains(d.Key)).SelectMany(d => d.Value).Distinct().Should().Equal("core");
        NafCode.All.Select(c => GoldenCatalog.Catalog.FindByNaf(c)).Should().OnlyContain(rs => rs != null);
    }

    [Fact]
    public void SectorsMd_DivisionTable_MatchesTheNafListAndTheShippedRules()
    {
        var rows = File.ReadAllLines(Path.Combine(TestPaths.RepositoryRoot, "docs", "sectors.md"))
            .Select(l => Row.Match(l))
            .Where(m => m.Success)
            .Select(m => (Division: m.Groups[1].Value, SubClasses: int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture), RuleSet: m.Groups[3].Value))
            .ToList();

        rows.Select(r => r.Division).Should().Equal(NafCode.All.Select(c => c.Substring(0, 2)).Distinct(), "one row per division, in order");
        rows.Should().HaveCount(88);
        var problems = new List<string>();
        foreach (var (division, subClasses, ruleSet) in rows)
        {
            var codes = NafCode.All.Where(c => c.StartsWith(division, StringComparison.Ordinal)).ToList();
            if (codes.Count != subClasses)
            {
                problems.Add(division + ": " + subClasses + " sub-classes in the docs, " + codes.Count + " in NAF");
            }

            problems.AddRange(codes.Where(c => GoldenCatalog.Catalog.FindByNaf(c)!.Id != ruleSet)
                .Select(c => c + " routes to '" + GoldenCatalog.Catalog.FindByNaf(c)!.Id + "', the docs say '" + ruleSet + "'"));
        }

        problems.Should().BeEmpty();
    }
}
