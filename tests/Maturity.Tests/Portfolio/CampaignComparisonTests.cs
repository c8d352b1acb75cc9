using System.Linq;
using Maturity.Reporting.Portfolio;
using static Maturity.Tests.Portfolio.PortfolioKit;

namespace Maturity.Tests.Portfolio;

/// <summary>Progress between the two hand-made campaigns; deltas worked out in the comments.</summary>
public class CampaignComparisonTests
{
    private static CampaignProgress Compare(int top = 5) =>
        CampaignComparison.Compare(new PortfolioAnalysis(Campaign1()), new PortfolioAnalysis(Campaign2()), top);

    [Fact]
    public void Compare_TwoCampaigns_GivesDeltasOverallAndPerDimension()
    {
        var p = Compare();

        // matched: H1..H5, R1, R2 (R3 left, N1 joined)
        p.Firms.Select(f => f.CompanyId).Should().Equal("H1", "H2", "H3", "H4", "H5", "R1", "R2");
        p.Joined.Should().Equal("N1");
        p.Left.Should().Equal("R3");

        // H1: 20 → 35 = +15; a 10 → 30 = +20; b 30 → 40 = +10; level 0 → 1
        var h1 = p.Firms.Single(f => f.CompanyId == "H1");
        h1.Delta.Should().Be(15);
        h1.Dimensions.Single(d => d.Id == "a").Delta.Should().Be(20);
        h1.Dimensions.Single(d => d.Id == "b").Delta.Should().Be(10);
        h1.LevelChange.Should().Be(1);

        // deltas 15, -2, 20, 0, -5, 15, -10 → sorted -10, -5, -2, 0, 15, 15, 20: median 0, mean 33 / 7
        p.Deltas!.Median.Should().Be(0);
        p.Deltas.Mean.Should().BeApproximately(33.0 / 7, 1e-9);
    }

    [Fact]
    public void Compare_TwoCampaigns_ListsTheBiggestMoversUpAndDown()
    {
        var p = Compare();

        // up: H3 +20, then H1 and R1 both +15 (by id); down: R2 -10, H5 -5, H2 -2; H4 (0) is neither
        p.Improvers.Select(f => f.CompanyId).Should().Equal("H3", "H1", "R1");
        p.Decliners.Select(f => f.CompanyId).Should().Equal("R2", "H5", "H2");
        Compare(top: 2).Improvers.Select(f => f.CompanyId).Should().Equal("H3", "H1");
        Compare(top: 2).Decliners.Select(f => f.CompanyId).Should().Equal("R2", "H5");
    }

    [Fact]
    public void Compare_MinorVersionOrHashChange_IsCompatible()
    {
        var after = Campaign2().Select(e => e.CompanyId == "H4"
            ? new PortfolioEntry("H4", "health", "1.3.2", 72) { Dimensions = e.Dimensions, RuleSetHash = "another-hash" }
            : e);
        var p = CampaignComparison.Compare(new PortfolioAnalysis(Campaign1()), new PortfolioAnalysis(after));

        // H4: 70 → 72
        p.Firms.Single(f => f.CompanyId == "H4").Delta.Should().Be(2);
    }

    [Fact]
    public void Compare_IncompatibleRuleSets_IsRefusedListingEveryFirm()
    {
        var after = Campaign2().Select(e => e.CompanyId switch
        {
            "H4" => new PortfolioEntry("H4", "health", "2.0.0", 70) { Dimensions = e.Dimensions },
            "R2" => new PortfolioEntry("R2", "retail", "1.1.0", 45) { Dimensions = [new DimensionScore("online", 50), new DimensionScore("logistics", 40)] },
            "H1" => new PortfolioEntry("H1", "retail", "1.0.0", 35) { Dimensions = e.Dimensions },
            _ => e,
        });

        var act = () => CampaignComparison.Compare(new PortfolioAnalysis(Campaign1()), new PortfolioAnalysis(after));
        var ex = act.Should().Throw<IncompatibleCampaignsException>().Which;
        ex.Firms.Select(f => f.CompanyId).Should().Equal("H1", "H4", "R2");
        ex.Firms[0].Reason.Should().Contain("rule set changed");
        ex.Firms[1].Reason.Should().Contain("major version");
        ex.Firms[1].Before.Should().Be("health@1.0.0");
        ex.Firms[1].After.Should().Be("health@2.0.0");
        ex.Firms[2].Reason.Should().Contain("removed ops").And.Contain("added logistics");
        ex.Message.Should().Contain("H1").And.Contain("H4").And.Contain("R2");
    }
}
