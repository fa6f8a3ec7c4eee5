using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using NodaTime;
using NodaTime.Testing;
using Onderwijsroute.Funding.Api.Http.Security;
using Onderwijsroute.Funding.TestServers;

namespace Onderwijsroute.Funding.Api.Tests;

/// <summary>
/// The API on a real SQLite file of its own (one per test class) and a fixed clock; with <c>ORF_TEST_ENGINE=postgresql</c>
/// (set by <c>.ci/run</c> for the storage tests) on a PostgreSQL database of its own instead (<see cref="PostgresServer"/>),
/// one per folder, so a restart on the same folder finds the same data.
/// </summary>
public class ApiFactory : WebApplicationFactory<Program>
{
    /// <summary>The instant every calculation is made at.</summary>
    public static readonly Instant Now = Instant.FromUtc(2026, 3, 1, 12, 0, 0);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> PostgresByFolder = new();

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

    /// <summary>A connection (not yet open) to the database of this factory's folder, past the API, on the engine in use.</summary>
    public System.Data.Common.DbConnection DatabaseConnection() => ConnectionTo(Folder);

    /// <summary>A connection (not yet open) to the database of a folder, on the engine in use.</summary>
    /// <param name="folder">The folder a factory runs on.</param>
    public static System.Data.Common.DbConnection ConnectionTo(string folder) =>
        IsPostgres
            ? new Npgsql.NpgsqlConnection(PostgresByFolder.GetOrAdd(folder, _ => PostgresServer.CreateDatabase()))
            : new SqliteConnection($"Data Source={Path.Combine(folder, "onderwijsroute.db")}");

    /// <summary>Drops the PostgreSQL database of a folder, if one was made (nothing on SQLite: the folder holds the file).</summary>
    /// <param name="folder">The folder.</param>
    public static void ReleaseDatabase(string folder)
    {
        if (PostgresByFolder.TryRemove(folder, out var database))
        {
            PostgresServer.DropDatabase(database);
        }
    }

    /// <summary>Whether this test run puts the API on PostgreSQL (<c>ORF_TEST_ENGINE=postgresql</c>).</summary>
    public static bool IsPostgres => Environment.GetEnvironmentVariable("ORF_TEST_ENGINE") == "postgresql";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Production");
        builder.UseSetting("Database:Path", DatabasePath);
        if (IsPostgres)
        {
            builder.UseSetting("Database:Engine", "postgresql");
            builder.UseSetting("ConnectionStrings:Onderwijsroute", PostgresByFolder.GetOrAdd(Folder, _ => PostgresServer.CreateDatabase()));
        }

        // The rate limits and the analysis queue bounds have their own tests (LimitsAndAuditTests,
        // UncertaintyAnalysisQueueTests); the other tests send far more than a minute's worth.
        builder.UseSetting("Limits:AnonymousPerMinute", "10000000");
        builder.UseSetting("Limits:KeyPerMinute", "10000000");
        builder.UseSetting("Limits:FailedKeyAttemptsPerMinute", "10000000");
        builder.UseSetting("UncertaintyAnalysis:MaxQueued", "100000");
        builder.UseSetting("UncertaintyAnalysis:MaxQueuedPerKey", "100000");
        builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton<IClock>(new FakeClock(Now))));
    }

    /// <summary>Makes an API key directly through the key store and returns its text.</summary>
    /// <param name="role">gemeente, regio, ministerie or beheer.</param>
    /// <param name="scope">The GM code of a gemeente key or the AM code of a regio key.</param>
    /// <param name="expiresAt">From when the key no longer counts.</param>
    /// <param name="revoked">Whether to revoke it at once.</param>
    public string MintKey(string role, string? scope = null, Instant? expiresAt = null, bool revoked = false)
    {
        var keys = Services.GetRequiredService<ApiKeyStore>();
        if (expiresAt <= Now)
        {
            // The store refuses a key that is expired when made; a key that has expired since is stored like this.
            var (id, text, salt, hash) = ApiKeySecret.Create();
            Services.GetRequiredService<Persistence.IApiKeyRepository>().Add(new Persistence.ApiKeyRecord(id, $"test {role} {scope}", role, scope, salt, hash, Now - Duration.FromDays(30), expiresAt, null));
            return text;
        }

        var (record, key) = keys.Create($"test {role} {scope}", role, scope, expiresAt);
        if (revoked)
        {
            keys.Revoke(record.Id);
        }

        return key;
    }

    /// <summary>A client that sends a new key of a role (and scope) in <c>X-Api-Key</c>.</summary>
    /// <param name="role">gemeente, regio, ministerie or beheer.</param>
    /// <param name="scope">The GM code of a gemeente key or the AM code of a regio key.</param>
    public HttpClient CreateClient(string role, string? scope = null) => WithKey(CreateClient(), MintKey(role, scope));

    /// <summary>Adds a key to a client's default headers.</summary>
    /// <param name="client">The client.</param>
    /// <param name="key">The key, or <c>null</c> for none.</param>
    public static HttpClient WithKey(HttpClient client, string? key)
    {
        ArgumentNullException.ThrowIfNull(client);
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add(ApiRoles.HeaderName, key);
        }

        return client;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownsFolder)
        {
            SqliteConnection.ClearAllPools();
            ReleaseDatabase(Folder);

            if (Directory.Exists(Folder))
            {
                Directory.Delete(Folder, recursive: true);
            }
        }
    }
}

/// <summary>A start of the service on a folder that outlives it (a restart on the same file), with settings of its own; it keeps every log message.</summary>
/// <param name="folder">The database folder.</param>
/// <param name="settings">Configuration settings on top of the test defaults.</param>
public sealed class RestartedApiFactory(string folder, params (string Key, string Value)[] settings) : ApiFactory(folder, ownsFolder: false)
{
    public System.Collections.Concurrent.ConcurrentQueue<string> Logged { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(new CapturingLoggerProvider(Logged)));
    }
}
