using NodaTime;
using NodaTime.Text;

namespace Onderwijsroute.Funding.Api.Http;

/// <summary>
/// While the store is full or unwritable, tries a test write every few seconds (<c>Database:ProbeIntervalSeconds</c>,
/// default 5) and ends the fault when it succeeds, so the service takes writes again without a restart once the operator
/// has made room. A damaged store is not probed: it needs a restore.
/// </summary>
internal sealed class StorageMonitor(StorageHealth health, Onderwijsroute.Funding.Persistence.SqliteDatabase database, IClock clock, IConfiguration configuration) : BackgroundService
{
    /// <summary>The configuration key of the interval in seconds.</summary>
    public const string IntervalKey = "Database:ProbeIntervalSeconds";

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Clamp(configuration.GetValue(IntervalKey, 5.0), 0.1, 300)));
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            if (health.Fault is not { MayPass: true })
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
}
