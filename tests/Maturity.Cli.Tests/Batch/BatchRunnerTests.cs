using System.IO;
using Maturity.Batch;
using Maturity.Catalog;
using Maturity.Loading;

namespace Maturity.Cli.Tests.Batch;

public sealed class BatchRunnerTests
{
    private static readonly RuleSetCatalog Catalog = new(RuleSetLoader.LoadDirectory(Repo.Rules).RuleSets);

    [Fact]
    public void Run_ReusedWithAnotherHeader_MapsColumnsFromTheNewHeader()
    {
        var runner = new BatchRunner(Catalog, "firms.csv", TextWriter.Null);
        runner.Run(new StringReader("id,ruleset,mfa\nA,core,true\n"), TextWriter.Null, null, null);

        var errors = new StringWriter();
        var second = new BatchRunner(Catalog, "firms.csv", errors);
        var reused = runner.Run(new StringReader("id,ruleset,digital_plan,mfa\nB,core,written,true\n"), TextWriter.Null, null, null);
        var fresh = second.Run(new StringReader("id,ruleset,digital_plan,mfa\nB,core,written,true\n"), TextWriter.Null, null, null);

        reused.Scored.Should().Be(1);
        fresh.Scored.Should().Be(1);
        errors.ToString().Should().BeEmpty();
    }

    [Fact]
    public void Run_ReportsAMissingIdColumn_OnTheHeader_AndKeepsEveryRow()
    {
        var errors = new StringWriter();
        var output = new StringWriter();
        var summary = new BatchRunner(Catalog, "firms.csv", errors).Run(new StringReader("naf,mfa\n81.21Z,true\n81.21Z,false\n"), output, null, null);

        summary.Rows.Should().Be(2);
        summary.Failed.Should().Be(2);
        errors.ToString().Should().Contain("firms.csv(1,1): error MAT091: the header has no 'id' column")
            .And.Contain("firms.csv(2,1): error MAT076: the company id is empty");
        output.ToString().Split('\n', System.StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(3);
    }
}
