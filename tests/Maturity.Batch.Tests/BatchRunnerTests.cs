using System.IO;
using System.Linq;
using Maturity.Batch;
using Maturity.Catalog;
using Maturity.Loading;
using Maturity.Tests;

namespace Maturity.Batch.Tests;

public sealed class BatchRunnerTests
{
    private static readonly RuleSetCatalog Catalog = new(RuleSetLoader.LoadDirectory(TestPaths.Rules).RuleSets);

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
        var saved = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("en-US"); // the messages on the diagnostics writer follow it
        var summary = new BatchRunner(Catalog, "firms.csv", errors).Run(new StringReader("naf,mfa\n81.21Z,true\n81.21Z,false\n"), output, null, null);
        System.Globalization.CultureInfo.CurrentUICulture = saved;

        summary.Rows.Should().Be(2);
        summary.Failed.Should().Be(2);
        errors.ToString().Should().Contain("firms.csv(1,1): error MAT091: the header has no 'id' column")
            .And.Contain("firms.csv(2,1): error MAT076: the company id is empty");
        output.ToString().Split('\n', System.StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(3);
    }

    [Fact]
    public void Run_WritesOneColumnPerIndicator_EmptyWhereTheRowsRuleSetHasNone()
    {
        var output = new StringWriter();
        var errors = new StringWriter();

        new BatchRunner(Catalog, "firms.csv", errors).Run(
            new StringReader("id,ruleset,erp,crm,cloud_any,social_media,mfa\nA,eurostat-dii,true,true,true,true,\nB,core,,,,,true\n"), output, null, null);

        errors.ToString().Should().BeEmpty();
        var lines = output.ToString().Split('\n', System.StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].TrimEnd('\r').Split(',');
        var dii = lines[1].TrimEnd('\r').Split(',');
        var core = lines[2].TrimEnd('\r').Split(',');
        var basic = System.Array.IndexOf(header, "ind_at_least_basic");
        var year = System.Array.IndexOf(header, "ind_survey_year");
        basic.Should().BeGreaterThan(System.Array.IndexOf(header, "top_gain"));
        (dii[basic], dii[year]).Should().Be(("true", "2023"));
        (core[basic], core[year]).Should().Be((string.Empty, string.Empty));
    }

    [Fact]
    public void Run_SameNafCellOnSeveralRows_RoutesAndReportsEachRowAlike()
    {
        // A NAF cell's routing is worked out once per distinct cell: later rows must still get their own diagnostic.
        var errors = new StringWriter();
        var saved = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("en-US");
        var summary = new BatchRunner(Catalog, "firms.csv", errors) { MaxDegreeOfParallelism = 1 }.Run(
            new StringReader("id,naf,mfa\nA,99.99Q,true\nB,86.10Z,true\nC,99.99Q,true\nD,86.10z,true\n"), TextWriter.Null, null, null);
        System.Globalization.CultureInfo.CurrentUICulture = saved;

        summary.Failed.Should().Be(2);
        summary.Scored.Should().Be(2);
        errors.ToString().Should().Contain("firms.csv(2,2): error MAT046").And.Contain("firms.csv(4,2): error MAT046");
    }

    [Fact]
    public void Run_WithProgress_ReportsEveryRowInOrderOnce()
    {
        var input = "id,ruleset,mfa\n" + string.Concat(System.Linq.Enumerable.Range(1, 600).Select(i => "F" + i + ",core,true\n"));
        var seen = new System.Collections.Generic.List<long>();

        new BatchRunner(Catalog, "firms.csv", TextWriter.Null) { MaxDegreeOfParallelism = 2 }
            .Run(new StringReader(input), TextWriter.Null, null, new SynchronousProgress(seen.Add));

        seen.Should().Equal(System.Linq.Enumerable.Range(1, 600).Select(i => (long)i));
    }

    [Fact]
    public void Run_CancelledMidRun_StopsWithOperationCanceled()
    {
        var input = "id,ruleset,mfa\n" + string.Concat(System.Linq.Enumerable.Range(1, 5_000).Select(i => "F" + i + ",core,true\n"));
        using var cancel = new System.Threading.CancellationTokenSource();
        long last = 0;
        var progress = new SynchronousProgress(rows =>
        {
            last = rows;
            if (rows == 300)
            {
                cancel.Cancel();
            }
        });

        var run = () => new BatchRunner(Catalog, "firms.csv", TextWriter.Null).Run(new StringReader(input), TextWriter.Null, null, progress, null, cancel.Token);

        run.Should().Throw<System.OperationCanceledException>();
        last.Should().BeLessThan(5_000, "the run stops between rows instead of scoring the whole file");
    }

    [Fact]
    public void RunRows_CancelledDuringTheRoutingPass_StopsBeforeWritingAnything()
    {
        // The first pass (which rule sets the rows use) reads the whole input: on a large workbook, minutes.
        var output = new StringWriter();
        using var cancel = new System.Threading.CancellationTokenSource();
        cancel.Cancel();

        var run = () => new BatchRunner(Catalog, "firms.csv", TextWriter.Null).RunRows(
            () => new Maturity.Batch.Rows.CsvRowSource(new StringReader("id,ruleset,mfa\nA,core,true\n")),
            new Maturity.Batch.Rows.CsvRowSink(output, Maturity.Batch.Rows.CsvDialect.ForInputSeparator(',')), null, null, null, cancel.Token);

        run.Should().Throw<System.OperationCanceledException>();
        output.ToString().Should().BeEmpty("the scoring pass, which writes the header, never started");
    }

    /// <summary>Reports on the calling thread (<see cref="System.Progress{T}"/> would post each report).</summary>
    private sealed class SynchronousProgress(System.Action<long> report) : System.IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
