using System.Collections.Concurrent;
using System.Net;
using Dapper;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Onderwijsroute.Funding.Api.Http.Security;

namespace Onderwijsroute.Funding.Api.Tests.Security;

/// <summary>The API with small limits: five anonymous requests and five per key a minute, and a logger that keeps every message.</summary>
public sealed class LimitedApiFactory : ApiFactory
{
    public ConcurrentQueue<string> Logged { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Limits:AnonymousPerMinute", "5");
        builder.UseSetting("Limits:KeyPerMinute", "5");
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(new CapturingLoggerProvider(Logged)));
    }
}

public sealed class LimitsAndAuditTests(LimitedApiFactory factory) : IClassFixture<LimitedApiFactory>
{
    [Fact]
    public async Task AnAnonymousAddress_Past_ItsLimit_Gets429WithRetryAfter_AsProblem()
    {
        var client = factory.CreateClient();
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? refused = null;
        for (var i = 0; i < 8; i++)
        {
            var response = await client.GetAsync("/v1/regelingen");
            statuses.Add(response.StatusCode);
            refused ??= response.StatusCode == HttpStatusCode.TooManyRequests ? response : null;
        }

        Assert.Equal(5, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.NotNull(refused);
        await refused.AssertProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.True(int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) >= 1);
    }

    [Fact]
    public async Task EachKey_HasItsOwnBucket()
    {
        var first = factory.CreateClient("ministerie");
        var second = factory.CreateClient("ministerie");
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/v1/scenarios")).StatusCode);
        }

        await (await first.GetAsync("/v1/scenarios")).AssertProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/v1/scenarios")).StatusCode);
    }

    [Fact]
    public async Task AnAcknowledgedWrite_IsAudited_WithTheKeysNameAndNeverTheKey_ARejectedOneIsNot()
    {
        var key = factory.MintKey("gemeente", "GM0014");
        var client = ApiFactory.WithKey(factory.CreateClient(), key);

        var created = await client.PostAsync("/v1/gemeenten/GM0014/prognoses", HttpAssertions.Json(MatrixFixture.ForecastBody));
        var rejected = await client.PostAsync("/v1/gemeenten/GM0014/prognoses", HttpAssertions.Json("""{ "naam": 1 }"""));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, rejected.StatusCode);
        await using var connection = factory.DatabaseConnection();
        var rows = (await connection.QueryAsync<(string Name, string Role, string Method, string Path, long Status)>(
            "SELECT sleutel_naam, rol, methode, pad, status FROM auditlog WHERE pad LIKE '/v1/gemeenten/%';")).ToArray();
        var row = Assert.Single(rows);
        Assert.Equal(("test gemeente GM0014", "gemeente", "POST", "/v1/gemeenten/GM0014/prognoses", 201L), row);
        var secret = key[(key.LastIndexOf('_') + 1)..];
        Assert.DoesNotContain(factory.Logged, line => line.Contains(secret, StringComparison.Ordinal));
        Assert.NotEmpty(factory.Logged);
    }

    [Fact]
    [Trait("Engine", "SqliteOnly")]
    public async Task FirstStart_WritesABeheerKeyNextToTheDatabase_ReadableOnlyByTheOwner_AndItWorks()
    {
        factory.CreateClient();
        var path = Path.Combine(factory.Folder, FirstStartKey.FileName);

        var key = (await File.ReadAllTextAsync(path)).Trim();

        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }

        var response = await ApiFactory.WithKey(factory.CreateClient(), key).GetAsync("/v1/sleutels");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("eerste beheersleutel", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(factory.Logged, line => line.Contains(key, StringComparison.Ordinal));
        Assert.Contains(factory.Logged, line => line.Contains(FirstStartKey.FileName, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ARevokedKey_Is401AtOnce()
    {
        var keys = factory.Services.GetRequiredService<ApiKeyStore>();
        var (record, key) = keys.Create("even", "ministerie", null, null);
        var client = ApiFactory.WithKey(factory.CreateClient(), key);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/v1/scenarios/vastgesteld-beleid")).StatusCode);

        keys.Revoke(record.Id);

        await (await client.GetAsync("/v1/scenarios/vastgesteld-beleid")).AssertProblemAsync(HttpStatusCode.Unauthorized);
    }
}
