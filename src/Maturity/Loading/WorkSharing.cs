using System;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;

namespace Maturity.Loading;

/// <summary>Runs independent items on the calling thread and on as many helpers as the machine has other cores, each
/// taking the next item not yet taken. The caller waits only for items already started, never for a helper still
/// queued: on a busy machine a load is never slower than doing it alone by more than one item, where
/// <c>Parallel.For</c> could wait for a worker the scheduler kept off the cores.</summary>
internal static class WorkSharing
{
    /// <summary>Calls <paramref name="body"/> once for each of 0..<paramref name="count"/>-1 and returns when all are
    /// done; the first exception thrown by a call is rethrown here.</summary>
    public static void For(int count, Action<int> body)
    {
        var helpers = Math.Min(Environment.ProcessorCount, count) - 1;
        if (helpers <= 0)
        {
            for (var i = 0; i < count; i++)
            {
                body(i);
            }

            return;
        }

        var run = new Run(count, body);
        for (var h = 0; h < helpers; h++)
        {
            Task.Run(run.Work);
        }

        run.Work();
        run.WaitForAll();
    }

    private sealed class Run(int count, Action<int> body)
    {
        private readonly object _gate = new();
        private int _next = -1;
        private int _done;
        private ExceptionDispatchInfo? _failure;

        public void Work()
        {
            int i;
            while ((i = Interlocked.Increment(ref _next)) < count)
            {
                try
                {
                    body(i);
                }
#pragma warning disable CA1031 // Kept and rethrown on the calling thread.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    Interlocked.CompareExchange(ref _failure, ExceptionDispatchInfo.Capture(ex), null);
                }
                finally
                {
                    if (Interlocked.Increment(ref _done) == count)
                    {
                        lock (_gate)
                        {
                            Monitor.PulseAll(_gate);
                        }
                    }
                }
            }
        }

        public void WaitForAll()
        {
            lock (_gate)
            {
                while (Volatile.Read(ref _done) < count)
                {
                    Monitor.Wait(_gate);
                }
            }

            _failure?.Throw();
        }
    }
}
