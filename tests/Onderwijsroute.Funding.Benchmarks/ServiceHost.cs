using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace Onderwijsroute.Funding.Benchmarks;

/// <summary>The service in this process (test server, no sockets) on a SQLite file of its own, deleted afterwards.</summary>
/// <remarks>
/// The factory needs a type of the service's assembly only to find that assembly; the service's <c>Program</c> is
/// hidden here by this program's own, so its public response type stands in.
/// </remarks>
internal sealed class ServiceHost : WebApplicationFactory<Api.V1.Settlements.SettlementCalculationResponse>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "onderwijsroute-benchmarks", Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Database:Path", Path.Combine(_folder, "onderwijsroute.db"));

        // A benchmark sends far more than a minute's worth of anonymous requests (both names of the setting: it is
        // being renamed to English).
        builder.UseSetting("Limieten:AnoniemPerMinuut", "100000000");
        builder.UseSetting("Limits:AnonymousPerMinute", "100000000");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            SqliteConnection.ClearAllPools();
            if (Directory.Exists(_folder))
            {
                Directory.Delete(_folder, recursive: true);
            }
        }
    }
}
