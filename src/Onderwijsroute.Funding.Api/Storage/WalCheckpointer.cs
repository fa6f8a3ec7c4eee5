using Onderwijsroute.Funding.Persistence;

namespace Onderwijsroute.Funding.Api.Storage;

/// <summary>
/// Checkpoints the database's write-ahead log every 50 ms (configurable), so commits never do it themselves (see
/// <see cref="SqliteDatabase.Checkpoint"/>): under load a checkpoint inside a commit made the writes queued behind it
/// wait for a multi-megabyte copy and its fsync. Small, frequent checkpoints keep each copy and fsync short, and so
/// the commits that overlap them: at 32 clients the settlement p99 was 33 ms with 50 ms, 57 ms with 250 ms and 76 ms
/// with 1 s between checkpoints (tools/load-test.sh, full run).
/// </summary>
/// <param name="database">The database.</param>
/// <param name="configuration">The interval, <c>Database:CheckpointIntervalMs</c> (default 50 ms).</param>
/// <param name="storage">Told of a full, damaged or unwritable store (which logs it once, not twenty times a second).</param>
/// <param name="logger">Logs a checkpoint that failed for another reason (the next one retries; commits checkpoint as a backstop).</param>
internal sealed partial class WalCheckpointer(IDatabase database, IConfiguration configuration, StorageHealth storage, ILogger<WalCheckpointer> logger) : BackgroundService
{
    /// <summary>The configuration key of the interval in milliseconds.</summary>
    public const string IntervalKey = "Database:CheckpointIntervalMs";

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // PostgreSQL checkpoints by itself; only the SQLite file needs this.
        if (database is not SqliteDatabase file)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(Math.Clamp(configuration.GetValue(IntervalKey, 50), 10, 60_000)));
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                file.Checkpoint();
            }
            catch (Microsoft.Data.Sqlite.SqliteException e) when (storage.Observe(e) is null)
            {
                LogFailed(logger, e);
            }
            catch (Microsoft.Data.Sqlite.SqliteException)
            {
                // A storage fault: recorded and logged by StorageHealth; the next checkpoint tries again.
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Checkpoint van de database mislukt; de volgende probeert het opnieuw.")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
