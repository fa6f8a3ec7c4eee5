using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;
using NodaTime.Testing;

namespace Onderwijsroute.Funding.Api.Tests;

/// <summary>The API on a real SQLite file of its own (one per test class) and a fixed clock.</summary>
public class ApiFactory : WebApplicationFactory<Program>
{
    /// <summary>The instant every calculation is made at.</summary>
    public static readonly Instant Now = Instant.FromUtc(2026, 3, 1, 12, 0, 0);

    private readonly bool _ownsFolder;

    public ApiFactory()
        : this(Path.Combine(Path.GetTempPath(), "onderwijsroute-api-tests", Guid.NewGuid().ToString("N")), ownsFolder: true)
    {
    }

    /// <summary>A factory on an existing folder, as a second start of the service on the same file.</summary>
    protected ApiFactory(string folder, bool ownsFolder)
    {
        Folder = folder;
        _ownsFolder = ownsFolder;
    }

    public string Folder { get; }

    public string DatabasePath => Path.Combine(Folder, "onderwijsroute.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Production");
        builder.UseSetting("Database:Path", DatabasePath);
        builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton<IClock>(new FakeClock(Now))));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownsFolder)
        {
            SqliteConnection.ClearAllPools();
            if (Directory.Exists(Folder))
            {
                Directory.Delete(Folder, recursive: true);
            }
        }
    }
}

/// <summary>A second start of the service on another factory's database file.</summary>
public sealed class RestartedApiFactory(string folder) : ApiFactory(folder, ownsFolder: false);
