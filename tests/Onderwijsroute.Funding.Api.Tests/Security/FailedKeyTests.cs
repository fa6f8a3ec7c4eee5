using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Onderwijsroute.Funding.Api.Http.Security;
using Onderwijsroute.Funding.Persistence;

namespace Onderwijsroute.Funding.Api.Tests.Security;

/// <summary>The API allowing five failed key attempts a minute per address.</summary>
public sealed class FailedKeyApiFactory : ApiFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Limits:FailedKeyAttemptsPerMinute", "5");
    }
}

/// <summary>
/// Guessing keys (issue 11, item 7): an address gets a few failed attempts, then 429 with Retry-After before any lookup,
/// while a valid key from the same address keeps working; an unknown key id is answered from memory for a while.
/// </summary>
public sealed class FailedKeyTests(FailedKeyApiFactory factory) : IClassFixture<FailedKeyApiFactory>
{
    [Fact]
    public async Task UnknownKeys_After5Failures_Are429WithRetryAfterAndAType_AndAValidKeyStillWorks()
    {
        var valid = ApiFactory.WithKey(factory.CreateClient(), factory.MintKey("ministerie"));
        Assert.Equal(HttpStatusCode.OK, (await valid.GetAsync("/v1/scenarios")).StatusCode);
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? refused = null;

        for (var i = 0; i < 40; i++)
        {
            var guesser = ApiFactory.WithKey(factory.CreateClient(), $"orf_{i:x16}_{new string('A', 43)}");
            var response = await guesser.GetAsync("/v1/gemeenten");
            statuses.Add(response.StatusCode);
            refused ??= response.StatusCode == HttpStatusCode.TooManyRequests ? response : null;
        }

        Assert.Equal(5, statuses.Count(s => s == HttpStatusCode.Unauthorized));
        Assert.Equal(35, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
        var problem = await refused!.AssertProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.StartsWith("https://", problem.GetProperty("type").GetString(), StringComparison.Ordinal);
        Assert.True(int.Parse(refused!.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) >= 1);
        Assert.Equal(HttpStatusCode.OK, (await valid.GetAsync("/v1/scenarios")).StatusCode);
    }

    [Fact]
    public async Task AnUnknownKeyId_IsAnsweredFromMemory_NotLookedUpAgainAtOnce()
    {
        var store = factory.Services.GetRequiredService<ApiKeyStore>();
        var (id, key, salt, hash) = ApiKeySecret.Create();
        Assert.Null(await store.ValidateAsync(key, CancellationToken.None));

        // The row appears behind the store's back (as the key command in another process would add it): the store does
        // not look again until the unknown id is forgotten, which proves the first lookup was remembered.
        factory.Services.GetRequiredService<IApiKeyRepository>().Add(new ApiKeyRecord(id, "achterom", "ministerie", null, salt, hash, ApiFactory.Now, null, null));

        Assert.Null(await store.ValidateAsync(key, CancellationToken.None));
    }
}
