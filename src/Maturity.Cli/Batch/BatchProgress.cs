using System;
using System.Diagnostics;
using System.IO;

namespace Maturity.Cli.Batch;

/// <summary>A progress bar redrawn in place on an interactive terminal; plain lines (every 100,000 rows) otherwise,
/// so logs stay readable. The total is unknown while streaming, so the bar shows rows and rate.</summary>
internal sealed class BatchProgress : IProgress<long>
{
    private readonly TextWriter _writer;
    private readonly bool _interactive;
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private long _lastDraw;

    public BatchProgress(TextWriter writer, bool interactive)
    {
        _writer = writer;
        _interactive = interactive;
    }

    /// <summary>Rows done so far.</summary>
    public long Rows { get; private set; }

    /// <summary>Called after each row with the number of rows done.</summary>
    public void Report(long value)
    {
        Rows = value;
        if (_interactive)
        {
            var now = _watch.ElapsedMilliseconds;
            if (now - _lastDraw >= 200)
            {
                _lastDraw = now;
                var spin = "|/-\\"[(int)(value / 1000 % 4)];
                _writer.Write("\r" + spin + " " + Line(value).PadRight(40));
            }
        }
        else if (value % 100_000 == 0)
        {
            _writer.WriteLine(Line(value));
        }
    }

    public void Done(long rows)
    {
        if (_interactive)
        {
            _writer.WriteLine("\r  " + Line(rows).PadRight(40));
        }
    }

    /// <summary>"1 234 lignes (52 000 lignes/s)", in the run's language.</summary>
    private string Line(long rows) => CliMessages.Text(CliMessages.BatchProgress(rows, Math.Round(Rate(rows))));

    private double Rate(long rows) => rows / Math.Max(_watch.Elapsed.TotalSeconds, 1e-3);
}
