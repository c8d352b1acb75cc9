using System;
using System.Linq;
using Maturity.Reporting.Portfolio;
using static Maturity.Tests.Portfolio.PortfolioKit;

namespace Maturity.Tests.Portfolio;

/// <summary>Aggregates, percentiles and leaders of the hand-made portfolio; every expected number is worked
/// out in the comment next to it (quantiles: PERCENTILE.INC, h = (n − 1) · p on the sorted values).</summary>
public class PortfolioAnalysisTests
{
    private static readonly PortfolioAnalysis P = new(Campaign1());

    [Fact]
    public void Inclusive_Quantiles_InterpolateLinearlyBetweenClosestRanks()
    {
        double[] x = [20, 35, 40, 90];

        // h = 3 × 0.25 = 0.75 → 20 + 0.75 × 15 = 31.25; h = 1.5 → 35 + 0.5 × 5 = 37.5; h = 2.25 → 40 + 0.25 × 50 = 52.5
        Quantiles.Inclusive(x, 0.25).Should().Be(31.25);
        Quantiles.Inclusive(x, 0.5).Should().Be(37.5);
        Quantiles.Inclusive(x, 0.75).Should().Be(52.5);
        Quantiles.Inclusive(x, 0).Should().Be(20);
        Quantiles.Inclusive(x, 1).Should().Be(90);
        Quantiles.Inclusive([7], 0.75).Should().Be(7);
        FluentActions.Invoking(() => Quantiles.Inclusive([], 0.5)).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Sector_HandMadePortfolio_GivesOverallAndPerDimensionStatistics()
    {
        var health = P.Sector("health")!;

        // sorted 20, 40, 40, 70, 90: mean 260 / 5 = 52; Q1 = x[1] = 40; median = x[2] = 40; Q3 = x[3] = 70
        health.Count.Should().Be(5);
        health.Overall.Mean.Should().Be(52);
        health.Overall.Q1.Should().Be(40);
        health.Overall.Median.Should().Be(40);
        health.Overall.Q3.Should().Be(70);
        health.Overall.Min.Should().Be(20);
        health.Overall.Max.Should().Be(90);

        // a sorted 10, 30, 40, 80, 100 → Q1 30, median 40, Q3 80, mean 52; b 30, 40, 50, 60, 80 → 40, 50, 60
        health.Dimension("a")!.Distribution.Median.Should().Be(40);
        health.Dimension("a")!.Distribution.Q1.Should().Be(30);
        health.Dimension("a")!.Distribution.Q3.Should().Be(80);
        health.Dimension("a")!.Distribution.Mean.Should().Be(52);
        health.Dimension("b")!.Distribution.Median.Should().Be(50);
        P.SectorMedians("health").Should().BeEquivalentTo(new System.Collections.Generic.Dictionary<string, double> { ["a"] = 40, ["b"] = 50 });

        var retail = P.Sector("retail")!;

        // 35, 55, 55: mean 145 / 3; Q1 h = 0.5 → 45; median 55; Q3 h = 1.5 → 55
        retail.Overall.Mean.Should().BeApproximately(48.3333, 1e-4);
        retail.Overall.Q1.Should().Be(45);
        retail.Overall.Median.Should().Be(55);
        retail.Overall.Q3.Should().Be(55);

        // online: R3 not scored, so 50, 60 → n 2, Q1 h = 0.25 → 52.5, median 55, Q3 57.5; ops 20, 50, 70 → 35, 50, 60
        var online = retail.Dimension("online")!.Distribution;
        online.Count.Should().Be(2);
        online.Q1.Should().Be(52.5);
        online.Median.Should().Be(55);
        online.Q3.Should().Be(57.5);
        retail.Dimension("ops")!.Distribution.Q1.Should().Be(35);
        retail.Dimension("ops")!.Distribution.Median.Should().Be(50);
        retail.Dimension("ops")!.Distribution.Q3.Should().Be(60);
    }

    [Fact]
    public void Overall_HandMadePortfolio_GivesWholePortfolioStatistics()
    {
        // 20, 35, 40, 40, 55, 55, 70, 90: mean 405 / 8 = 50.625; h = 1.75 → 35 + 0.75 × 5 = 38.75;
        // h = 3.5 → 40 + 0.5 × 15 = 47.5; h = 5.25 → 55 + 0.25 × 15 = 58.75
        P.Overall!.Count.Should().Be(8);
        P.Overall.Overall.Mean.Should().Be(50.625);
        P.Overall.Overall.Q1.Should().Be(38.75);
        P.Overall.Overall.Median.Should().Be(47.5);
        P.Overall.Overall.Q3.Should().Be(58.75);
    }

    [Fact]
    public void ByTerritory_HandMadePortfolio_GroupsWithUnknownLast()
    {
        P.ByTerritory.Select(g => g.Key).Should().Equal("02", "60", "80", PortfolioAnalysis.UnknownKey);

        // 80: H1 20, R1 35, H2 40, H5 90 → Q1 31.25, median 37.5, Q3 52.5, mean 185 / 4 = 46.25
        var somme = P.ByTerritory.Single(g => g.Key == "80");
        somme.Count.Should().Be(4);
        somme.Overall.Q1.Should().Be(31.25);
        somme.Overall.Median.Should().Be(37.5);
        somme.Overall.Q3.Should().Be(52.5);
        somme.Overall.Mean.Should().Be(46.25);

        // 60: H3 40, R2 55 → median 47.5, Q1 43.75, Q3 51.25
        var oise = P.ByTerritory.Single(g => g.Key == "60");
        oise.Overall.Median.Should().Be(47.5);
        oise.Overall.Q1.Should().Be(43.75);
        oise.Overall.Q3.Should().Be(51.25);
        P.ByTerritory.Single(g => g.Key == PortfolioAnalysis.UnknownKey).Entries.Single().CompanyId.Should().Be("R3");
    }

    [Fact]
    public void FromEmployees_Headcount_GivesTheSizeBandAndItsGroup()
    {
        SizeBands.FromEmployees(0).Should().Be(SizeBand.Micro);
        SizeBands.FromEmployees(9).Should().Be(SizeBand.Micro);
        SizeBands.FromEmployees(10).Should().Be(SizeBand.Small);
        SizeBands.FromEmployees(49).Should().Be(SizeBand.Small);
        SizeBands.FromEmployees(50).Should().Be(SizeBand.Medium);
        SizeBands.FromEmployees(249).Should().Be(SizeBand.Medium);
        SizeBands.FromEmployees(250).Should().Be(SizeBand.Large);
        SizeBands.FromEmployees(null).Should().Be(SizeBand.Unknown);

        // micro H1 20, R1 35 → 27.5; small H2 40, R2 55 → 47.5; medium H3 40; large R3 55, H4 70 → 62.5; unknown H5 90
        P.BySizeBand.Select(g => g.Key).Should().Equal("micro", "small", "medium", "large", "unknown");
        P.BySizeBand.Select(g => g.Overall.Median).Should().Equal(27.5, 47.5, 40, 62.5, 90);
    }

    [Fact]
    public void Levels_SectorDistribution_ListsTheLowestLevelFirst()
    {
        // health: l0 H1, l1 H2 H3, l2 H4, l3 H5
        var levels = P.Sector("health")!.Levels;
        levels.Select(l => l.LevelId).Should().Equal("health-l0", "health-l1", "health-l2", "health-l3");
        levels.Select(l => l.Count).Should().Equal(1, 2, 1, 1);
        levels[1].Share.Should().Be(0.4);
    }

    [Fact]
    public void PercentileOf_Firm_IsTheMidRankAmongSectorPeers()
    {
        // health n = 5: H1 (0 + ½) / 5 = 10; H2 and H3 tie at 40: (1 + 2/2) / 5 = 40; H4 (3 + ½) / 5 = 70; H5 (4 + ½) / 5 = 90
        P.PercentileOf("H1").Should().Be(10);
        P.PercentileOf("H2").Should().Be(40);
        P.PercentileOf("H3").Should().Be(40);
        P.PercentileOf("H4").Should().Be(70);
        P.PercentileOf("H5").Should().Be(90);

        // retail n = 3: R1 (0 + ½) / 3 = 16.67; R2 and R3 tie: (1 + 1) / 3 = 66.67
        P.PercentileOf("R1")!.Value.Should().BeApproximately(16.6667, 1e-4);
        P.PercentileOf("R2")!.Value.Should().BeApproximately(66.6667, 1e-4);
        P.PercentileOf("nobody").Should().BeNull();

        // competition ranks: H5 1, H4 2, H2 = H3 = 3, H1 5
        P.RankOf("H2")!.Rank.Should().Be(3);
        P.RankOf("H3")!.Rank.Should().Be(3);
        P.RankOf("H1")!.Rank.Should().Be(5);
        P.RankOf("H1")!.PeerCount.Should().Be(5);
    }

    [Fact]
    public void Leaders_EachSector_AreTheTopDecileTiesIncluded()
    {
        // health: k = ⌈0.1 × 5⌉ = 1 → cut 90 → H5; retail: k = ⌈0.3⌉ = 1 → cut 55 → R2 and R3 (tie)
        P.Leaders().Select(r => r.Entry.CompanyId).Should().Equal("H5", "R2", "R3");

        // half of health: k = ⌈2.5⌉ = 3 → third best 40 → H5, H4, then H2 and H3 tied at 40
        P.Leaders(0.5).Where(r => r.Entry.Sector == "health").Select(r => r.Entry.CompanyId).Should().Equal("H5", "H4", "H2", "H3");

        // a lone firm leads its sector
        new PortfolioAnalysis([Firm("X", "solo", 12, null, null, null)]).Leaders().Single().Entry.CompanyId.Should().Be("X");
    }

    [Fact]
    public void PortfolioAnalysis_SameFirmTwice_Throws()
    {
        var twice = Campaign1().Append(Firm("H1", "retail", 10, null, null, null));
        FluentActions.Invoking(() => new PortfolioAnalysis(twice)).Should().Throw<ArgumentException>().WithMessage("*H1*");
    }

    [Fact]
    public void FromResult_AssessmentResult_KeepsIdsScoresAndSizes()
    {
        var rules = Maturity.Tests.Scoring.ScoringKit.Rules("""
            dimensions:
              - id: d1
                title: D1
                questions:
                  - { id: q, type: scale, min: 0, max: 4, text: Q }
            levels:
              - { id: low, min: 0 }
              - { id: high, min: 50 }
            """);
        var sheet = Maturity.Answers.AnswerSheet.For(new Maturity.Answers.CompanyInfo("F1", "Firm", territory: "80", employees: 42)).Set("q", 3).Build();
        var e = PortfolioEntry.FromResult(rules.Assess(sheet, Maturity.Scoring.AssessmentOptions.Strict));

        // q = 3 / 4 → 75
        e.CompanyId.Should().Be("F1");
        e.Sector.Should().Be("t");
        e.RuleSetVersion.Should().Be("1.0.0");
        e.RuleSetHash.Should().Be(rules.Hash);
        e.SizeBand.Should().Be(SizeBand.Small);
        e.Score.Should().Be(75);
        e.LevelId.Should().Be("high");
        e.LevelIndex.Should().Be(1);
        e.Dimension("d1")!.Score.Should().Be(75);
    }

    [Fact]
    public void PortfolioAnalysis_ReferenceModels_GetTheirOwnGroupsNeverSectors()
    {
        // Campaign1 (5 health, 3 retail) plus two firms assessed on a reference model, one of them far above everyone
        var reference = new[]
        {
            new PortfolioEntry("X1", "edih-dma", "2.0.0", 99) { Territory = "80", Employees = 5, IsReferenceModel = true },
            new PortfolioEntry("X2", "edih-dma", "2.0.0", 1) { Territory = "80", Employees = 5, IsReferenceModel = true },
        };
        var p = new PortfolioAnalysis(Campaign1().Concat(reference));

        p.BySector.Select(g => g.Key).Should().Equal("health", "retail");
        p.ByReferenceModel.Should().ContainSingle().Which.Key.Should().Be("edih-dma");
        p.ByReferenceModel[0].Count.Should().Be(2);

        // the sector statistics are those of Campaign1 alone (see
        // Overall_HandMadePortfolio_GivesWholePortfolioStatistics): mean 50.625 over 8 firms
        p.Overall!.Count.Should().Be(8);
        p.Overall.Overall.Mean.Should().Be(50.625);
        p.ByTerritory.Sum(g => g.Count).Should().Be(8);
        p.BySizeBand.Sum(g => g.Count).Should().Be(8);
        p.Leaders().Should().NotContain(r => r.Entry.IsReferenceModel);

        // a reference-model firm is ranked among the firms of its model: X1 first of 2
        p.RankOf("X1")!.Rank.Should().Be(1);
        p.RankOf("X1")!.PeerCount.Should().Be(2);
        p.Sector("edih-dma").Should().BeSameAs(p.ByReferenceModel[0]);
    }

    [Fact]
    public void FromResult_RuleSetNoNafCodeSelects_IsMarkedAsAReferenceModel()
    {
        var loaded = Maturity.Loading.RuleSetLoader.LoadDirectory(Maturity.Tests.TestPaths.Rules).ThrowIfFailed().RuleSets.ToDictionary(r => r.Id);
        bool IsReference(string id)
        {
            var sheet = Maturity.Answers.AnswerSheet.For(new Maturity.Answers.CompanyInfo("F1")).Build();
            return PortfolioEntry.FromResult(loaded[id].Assess(sheet, Maturity.Scoring.AssessmentOptions.Strict)).IsReferenceModel;
        }

        IsReference("edih-dma").Should().BeTrue();
        IsReference("himss-emram").Should().BeTrue();
        IsReference("health").Should().BeFalse("a NAF code selects it");
        IsReference("core").Should().BeFalse("the fallback is the sector of firms no other rule set claims");
    }

    [Fact]
    public void DistributionOf_FewerThanFiveValues_HasNoQuartilesButKeepsTheValues()
    {
        Distribution.Of([55, 35, 55])!.HasQuartiles.Should().BeFalse();
        Distribution.Of([55, 35, 55])!.Values.Should().Equal(35, 55, 55);
        Distribution.Of([1, 2, 3, 4, 5])!.HasQuartiles.Should().BeTrue();
    }
}
