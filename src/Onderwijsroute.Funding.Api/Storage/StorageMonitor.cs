using NodaTime;
using NodaTime.Text;
using Onderwijsroute.Funding.Persistence;

namespace Onderwijsroute.Funding.Api.Storage;

/// <summary>
/// While the store is full or unwritable, tries a test write every few seconds (<c>Database:ProbeIntervalSeconds</c>,
/// default 5) and ends the fault when it succeeds, so the service takes writes again without a restart once the operator
/// has made room. A full store also needs free space on its file system again, at least
/// <c>Database:MinimumFreeMegabytes</c> (default 64) or a tenth of the file system if that is less: a small test write
/// fits in the space SQLite's log reuses long before a real write does, and without this the service would flap between
/// full and not full. A damaged store is not probed: it needs a restore.
/// </summary>
internal sealed class StorageMonitor(StorageHealth health, IDatabase database, IClock clock, IConfiguration configuration) : BackgroundService
{
    /// <summary>The configuration key of the interval in seconds.</summary>
    public const string IntervalKey = "Database:ProbeIntervalSeconds";

    /// <summary>The configuration key of the free space a full store needs again, in MiB.</summary>
    public const string MinimumFreeKey = "Database:MinimumFreeMegabytes";

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Clamp(configuration.GetValue(IntervalKey, 5.0), 0.1, 300)));
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            if (health.Fault is not { MayPass: true } fault || (fault.Kind == StorageFaultKind.Full && !HasRoom()))
            {
                continue;
            }

            try
            {
                database.ProbeWrite(InstantPattern.ExtendedIso.Format(clock.GetCurrentInstant()));
                health.Clear();
            }
#pragma warning disable CA1031 // A failed test write only means the fault lasts; what it was is recorded.
            catch (Exception e)
#pragma warning restore CA1031
            {
                health.Observe(e);
            }
        }
    }

    // Only a file has a file system to look at; a full PostgreSQL server is probed by the test write alone.
    private bool HasRoom()
    {
        if (database is not SqliteDatabase file)
        {
            return true;
        }

        var drive = new DriveInfo(Path.GetDirectoryName(file.FilePath) ?? ".");
        var wanted = Math.Min(configuration.GetValue(MinimumFreeKey, 64L) * 1024 * 1024, drive.TotalSize / 10);
        return drive.AvailableFreeSpace >= wanted;
    }
}
