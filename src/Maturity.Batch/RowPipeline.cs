using System;
using System.Globalization;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;
using Maturity.Batch.Rows;

namespace Maturity.Batch;

/// <summary>Scores rows on several threads and hands them back in input order. Rows go in chunks through three
/// stages: while the scoring threads work on one chunk, the calling thread writes the chunk before it and reads
/// the chunk after it. Only the calling thread touches the source, the sink and the callbacks, so output order,
/// "one output row per input row" and the diagnostics' order are those of a single thread; memory is three
/// chunks of rows, whatever the input's size.</summary>
internal sealed class RowPipeline
{
    /// <summary>Rows per chunk: enough to keep the scoring threads busy between hand-overs, few enough that the rows
    /// in flight (three chunks) are a small part of what the garbage collector finds alive at each young collection:
    /// with 256 rows, most of them survived into generation 1 and nearly every collection was a gen 1 one (8 of 11
    /// per 50,000 rows); with 64, almost none is.</summary>
    public const int ChunkRows = 64;

    private readonly Func<RowJob, BatchInputRow?> _read;
    private readonly Action<RowJob, int> _score;
    private readonly Action<RowJob> _emit;
    private readonly int _threads;
    private readonly Func<RowJob> _newJob;

    /// <param name="read">Reads the next row (calling thread), or null at the end; the job it is for may lend it buffers.</param>
    /// <param name="score">Scores a job on scoring thread number <c>0..threads-1</c>; each number is used by one thread at a time.</param>
    /// <param name="emit">Writes a scored job (calling thread), in input order.</param>
    /// <param name="threads">Scoring threads.</param>
    /// <param name="newJob">Makes a job's reusable buffers.</param>
    public RowPipeline(Func<RowJob, BatchInputRow?> read, Action<RowJob, int> score, Action<RowJob> emit, int threads, Func<RowJob> newJob)
    {
        _read = read;
        _score = score;
        _emit = emit;
        _threads = threads;
        _newJob = newJob;
    }

    /// <summary>Runs to the end of the input; a cancellation is seen between chunks, when no scoring is in flight.</summary>
    public void Run(CancellationToken cancellationToken)
    {
        var chunks = new[] { new Chunk(), new Chunk(), new Chunk() };
        Chunk? previous = null;
        var current = Fill(chunks[0]);
        for (var k = 1; current.Count > 0; k++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var scoring = Score(current);
            if (previous is not null)
            {
                Emit(previous);
            }

            var next = Fill(chunks[k % 3]);
            Wait(scoring);
            previous = current;
            current = next;
        }

        if (previous is not null)
        {
            Emit(previous);
        }
    }

    private Chunk Fill(Chunk chunk)
    {
        chunk.Count = 0;
        while (chunk.Count < ChunkRows)
        {
            var job = chunk.Jobs[chunk.Count] ??= _newJob();
            if (_read(job) is not { } row)
            {
                break;
            }

            job.Row = row;
            chunk.Count++;
        }

        return chunk;
    }

    private Task<ParallelLoopResult> Score(Chunk chunk)
    {
        var next = -1;
        var culture = CultureInfo.CurrentCulture;
        var uiCulture = CultureInfo.CurrentUICulture;
        return Task.Run(() => Parallel.For(0, _threads, new ParallelOptions { MaxDegreeOfParallelism = _threads }, thread =>
        {
            // The scoring threads work in the caller's cultures (a host or the CLI may have set the reader's language).
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
            // Rows are taken one at a time: rows of different rule sets cost different times.
            int i;
            while ((i = Interlocked.Increment(ref next)) < chunk.Count)
            {
                _score(chunk.Jobs[i]!, thread);
            }
        }));
    }

    private void Emit(Chunk chunk)
    {
        for (var i = 0; i < chunk.Count; i++)
        {
            _emit(chunk.Jobs[i]!);
        }
    }

    private static void Wait(Task<ParallelLoopResult> task)
    {
        try
        {
            task.GetAwaiter().GetResult();
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            // A bug in scoring surfaces as itself, not wrapped by the thread pool.
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
    }

    private sealed class Chunk
    {
        public RowJob?[] Jobs { get; } = new RowJob?[ChunkRows];

        public int Count { get; set; }
    }
}

/// <summary>One row in the pipeline and the buffers its result is written into, reused chunk after chunk.</summary>
internal sealed class RowJob
{
    public RowJob(int inputColumns, int outputColumns, CsvLineBuilder? line)
    {
        Cells = new string[inputColumns];
        Output = new OutputRow(outputColumns);
        Line = line;
    }

    public BatchInputRow Row { get; set; } = null!;

    /// <summary>The list a CSV source reads this job's row into, reused once the row is written.</summary>
    public RowCells InputCells { get; } = new();

    /// <summary>The row's cells, a blank cell as the empty string.</summary>
    public string[] Cells { get; }

    public RowOutcome Outcome { get; set; } = null!;

    public OutputRow Output { get; }

    /// <summary>The output row as a CSV line, when the sink is CSV.</summary>
    public CsvLineBuilder? Line { get; }

    /// <summary>The JSON Lines record, when asked for.</summary>
    public char[] Json = [];

    public int JsonLength { get; set; }
}
