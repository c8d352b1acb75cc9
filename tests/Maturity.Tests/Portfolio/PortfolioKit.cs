using System.Linq;
using Maturity.Reporting.Portfolio;

namespace Maturity.Tests.Portfolio;

/// <summary>A small hand-made portfolio of eight firms (five in health, three in retail) whose statistics are
/// computed by hand in the tests' comments. Every maximum is 100, so scores and percentages coincide.</summary>
internal static class PortfolioKit
{
    public static PortfolioEntry Firm(string id, string sector, double score, string? territory, int? employees, int? level, params (string Id, double? Score)[] dims) =>
        new(id, sector, "1.0.0", score) { Dimensions = dims.Select(d => new DimensionScore(d.Id, d.Score)).ToArray(), Territory = territory, Employees = employees, LevelId = level is null ? null : sector + "-l" + level, LevelIndex = level, CompanyName = "Firm " + id, RuleSetHash = "hash-" + sector };

    // health: overall 20, 40, 40, 70, 90; dimension a 10, 40, 30, 80, 100; b 30, 40, 50, 60, 80
    // retail: overall 35, 55, 55; online 50, 60, (not scored); ops 20, 50, 70
    public static PortfolioEntry[] Campaign1() =>
    [
        Firm("H1", "health", 20, "80", 5, 0, ("a", 10), ("b", 30)),
        Firm("H2", "health", 40, "80", 12, 1, ("a", 40), ("b", 40)),
        Firm("H3", "health", 40, "60", 60, 1, ("a", 30), ("b", 50)),
        Firm("H4", "health", 70, "02", 300, 2, ("a", 80), ("b", 60)),
        Firm("H5", "health", 90, "80", null, 3, ("a", 100), ("b", 80)),
        Firm("R1", "retail", 35, "80", 8, 0, ("online", 50), ("ops", 20)),
        Firm("R2", "retail", 55, "60", 45, 1, ("online", 60), ("ops", 50)),
        Firm("R3", "retail", 55, null, 260, 1, ("online", null), ("ops", 70)),
    ];

    // Second campaign: R3 left, N1 joined; deltas H1 +15, H2 -2, H3 +20, H4 0, H5 -5, R1 +15, R2 -10
    public static PortfolioEntry[] Campaign2() =>
    [
        Firm("H1", "health", 35, "80", 5, 1, ("a", 30), ("b", 40)),
        Firm("H2", "health", 38, "80", 12, 1, ("a", 40), ("b", 36)),
        Firm("H3", "health", 60, "60", 60, 2, ("a", 60), ("b", 60)),
        Firm("H4", "health", 70, "02", 300, 2, ("a", 80), ("b", 60)),
        Firm("H5", "health", 85, "80", null, 3, ("a", 90), ("b", 80)),
        Firm("R1", "retail", 50, "80", 8, 1, ("online", 70), ("ops", 30)),
        Firm("R2", "retail", 45, "60", 45, 0, ("online", 50), ("ops", 40)),
        Firm("N1", "retail", 60, "80", 20, 1, ("online", 60), ("ops", 60)),
    ];
}
