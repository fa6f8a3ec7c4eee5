using Onderwijsroute.Funding.Persistence;

namespace Onderwijsroute.Funding.Api.Http;

/// <summary>
/// Checkpoints the database's write-ahead log four times a second, so commits never do it themselves (see
/// <see cref="SqliteDatabase.Checkpoint"/>): under load a checkpoint inside a commit made the writes queued behind it
/// wait for a multi-megabyte copy and its fsync.
/// </summary>
/// <param name="database">The database.</param>
/// <param name="logger">Logs a checkpoint that failed (the next one retries; commits checkpoint as a backstop).</param>
internal sealed partial class WalCheckpointer(SqliteDatabase database, ILogger<WalCheckpointer> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                database.Checkpoint();
            }
            catch (Microsoft.Data.Sqlite.SqliteException e)
            {
                LogFailed(logger, e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Checkpoint van de database mislukt; de volgende probeert het opnieuw.")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
