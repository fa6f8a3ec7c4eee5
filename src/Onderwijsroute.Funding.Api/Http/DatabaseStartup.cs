using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using NodaTime;
using Onderwijsroute.Funding.Api.Http.Security;
using Onderwijsroute.Funding.Api.V1.Schemes;
using Onderwijsroute.Funding.Parameters;
using Onderwijsroute.Funding.Persistence;

namespace Onderwijsroute.Funding.Api.Http;

/// <summary>
/// What runs before the API takes requests: the database file is created and migrated, and the parameter version in
/// force is registered with a snapshot of every parameter, so stored calculations can always be traced to values; on a
/// fresh installation the first beheer key is written next to the database (<see cref="FirstStartKey"/>).
/// </summary>
internal sealed partial class DatabaseStartup(
    SqliteDatabase database,
    ParameterCatalogue catalogue,
    ParameterVersionRepository versions,
    IClock clock,
    IOptions<JsonOptions> json,
    FirstStartKey firstStartKey,
    ILogger<DatabaseStartup> logger)
{
    public void Run()
    {
        var isNewFile = !File.Exists(database.FilePath);
        var applied = DatabaseMigrator.Migrate(database);
        LogMigrated(logger, database.FilePath, applied.Count);
        var snapshot = JsonSerializer.Serialize(catalogue.Schemes.Select(s => SchemeMapping.ToResponse(s, catalogue, null)).ToArray(), json.Value.SerializerOptions);
        var isNew = versions.Register(new ParameterVersionRecord(catalogue.Version, snapshot, clock.GetCurrentInstant()));
        LogParameters(logger, catalogue.Version, isNew);
        if (isNewFile)
        {
            firstStartKey.CreateIfNone(database.FilePath);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database {Path} ready; {Count} migration(s) applied now")]
    private static partial void LogMigrated(ILogger logger, string path, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Parameter version {Version} loaded (new: {IsNew})")]
    private static partial void LogParameters(ILogger logger, string version, bool isNew);
}
