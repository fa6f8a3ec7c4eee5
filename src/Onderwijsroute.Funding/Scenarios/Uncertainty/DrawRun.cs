namespace Onderwijsroute.Funding.Scenarios.Uncertainty;

/// <summary>
/// Computes ranges of draws on a fixed set of workers (each with its own buffers) that take chunks of draws from a
/// shared counter. Which worker computes a draw does not matter, because a draw depends only on (seed, draw number),
/// and everything the workers count is added in an order-independent way.
/// </summary>
internal sealed class DrawRun(DrawWorker[] workers, int draws, IProgress<SimulationProgress>? progress, CancellationToken cancellationToken)
{
    /// <summary>Draws a worker takes at a time: small enough to share the last draws out evenly.</summary>
    public const int ChunkSize = 32;

    private int _done;

    /// <summary>Computes draws [<paramref name="from"/>, <paramref name="to"/>) and reports progress after every chunk.</summary>
    public void Draw(int from, int to, Action<DrawWorker, int> draw)
    {
        var next = from;
        var threads = Math.Min(workers.Length, Math.Max(1, (to - from + ChunkSize - 1) / ChunkSize));
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancellationToken }, w =>
        {
            while (true)
            {
                var start = Interlocked.Add(ref next, ChunkSize) - ChunkSize;
                if (start >= to)
                {
                    return;
                }

                var end = Math.Min(to, start + ChunkSize);
                for (var d = start; d < end; d++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    draw(workers[w], d);
                }

                progress?.Report(new SimulationProgress(Interlocked.Add(ref _done, end - start), draws));
            }
        });
    }
}
