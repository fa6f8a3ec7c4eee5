using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Onderwijsroute.Funding.Persistence;

/// <summary>
/// Group commit: writes queue up and one drainer at a time runs everything queued in a single transaction, each write
/// inside its own savepoint, and commits once. A write's task completes only after that commit (fsynced, see
/// <see cref="SqliteDatabase"/>), so nothing is acknowledged before it is on disk; a write that throws is rolled back
/// to its savepoint and fails alone; a failed commit fails the whole batch (none of it was stored).
/// Under load one fsync then covers many writes instead of each write waiting for its own.
/// </summary>
internal sealed class GroupCommit(SqliteDatabase database)
{
    /// <summary>The meter of the database writes (<c>dotnet-counters monitor --counters Onderwijsroute.Funding.Database</c>).</summary>
    public static readonly Meter Meter = new("Onderwijsroute.Funding.Database");

    private static readonly Histogram<int> BatchSize = Meter.CreateHistogram<int>("onderwijsroute.db.batch.size", "{write}", "Writes committed together in one transaction.");

    private static readonly Histogram<double> BatchDuration = Meter.CreateHistogram<double>("onderwijsroute.db.batch.duration", "ms", "From taking the batch to its commit (fsync included).");

    private static readonly Histogram<double> CommitDuration = Meter.CreateHistogram<double>("onderwijsroute.db.commit.duration", "ms", "The commit alone (fsync of the write-ahead log).");

    /// <summary>The most writes committed together.</summary>
    public const int MaxBatch = 64;

    private const string Savepoint = "schrijfactie";

    private readonly ConcurrentQueue<IQueuedWrite> _queue = new();
    private int _draining;

    public Task<T> WriteAsync<T>(Func<WriteContext, T> work, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var write = new QueuedWrite<T>(work, cancellationToken);
        _queue.Enqueue(write);
        if (Interlocked.CompareExchange(ref _draining, 1, 0) == 0)
        {
            ThreadPool.UnsafeQueueUserWorkItem(_ => Drain(), null);
        }

        return write.Task;
    }

    private void Drain()
    {
        while (true)
        {
            while (!_queue.IsEmpty)
            {
                RunBatch();
            }

            Volatile.Write(ref _draining, 0);

            // A write queued after the last look but before the flag was cleared found the flag set: take it on.
            if (_queue.IsEmpty || Interlocked.CompareExchange(ref _draining, 1, 0) != 0)
            {
                return;
            }
        }
    }

    private void RunBatch()
    {
        var batch = new List<IQueuedWrite>(MaxBatch);
        while (batch.Count < MaxBatch && _queue.TryDequeue(out var write))
        {
            if (write.TryStart())
            {
                batch.Add(write);
            }
        }

        if (batch.Count == 0)
        {
            return;
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            using var turn = database.EnterWrite();
            using var connection = database.Open();
            using var transaction = connection.BeginTransaction();
            foreach (var write in batch)
            {
                transaction.Save(Savepoint);
                try
                {
                    write.Run(new WriteContext(connection, transaction));
                    transaction.Release(Savepoint);
                }
                catch (Exception e)
                {
                    transaction.Rollback(Savepoint);
                    transaction.Release(Savepoint);
                    write.Fail(e);
                }
            }

            var committing = Stopwatch.GetTimestamp();
            transaction.Commit();
            CommitDuration.Record(Stopwatch.GetElapsedTime(committing).TotalMilliseconds);
        }
        catch (Exception e)
        {
            // Nothing of the batch was committed: every write in it fails (one that failed on its own keeps its error).
            foreach (var write in batch)
            {
                write.Fail(e);
            }
        }

        BatchSize.Record(batch.Count);
        BatchDuration.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        foreach (var write in batch)
        {
            write.Complete();
        }
    }

    private interface IQueuedWrite
    {
        bool TryStart();

        void Run(WriteContext context);

        void Fail(Exception exception);

        void Complete();
    }

    private sealed class QueuedWrite<T>(Func<WriteContext, T> work, CancellationToken cancellationToken) : IQueuedWrite
    {
        private readonly TaskCompletionSource<T> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T? _result;
        private Exception? _failure;

        public Task<T> Task => _completion.Task;

        // A write whose request was cancelled while it waited is not run; once started it runs to its commit.
        public bool TryStart()
        {
            if (!cancellationToken.IsCancellationRequested)
            {
                return true;
            }

            _completion.TrySetCanceled(cancellationToken);
            return false;
        }

        public void Run(WriteContext context) => _result = work(context);

        public void Fail(Exception exception) => _failure ??= exception;

        public void Complete()
        {
            if (_failure is not null)
            {
                _completion.TrySetException(_failure);
            }
            else
            {
                _completion.TrySetResult(_result!);
            }
        }
    }
}
