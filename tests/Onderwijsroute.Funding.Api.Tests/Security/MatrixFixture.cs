using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NodaTime;

namespace Onderwijsroute.Funding.Api.Tests.Security;

/// <summary>
/// The API with one key per caller of the authorization matrix and the stored resources the endpoints need: a
/// voorschot- and a vaststellingsberekening, two scenario runs and a finished uncertainty analysis. Gemeente A is
/// Groningen (GM0014, arbeidsmarktregio AM01), gemeente B Amsterdam (GM0363, AM18).
/// </summary>
public sealed class MatrixFixture : ApiFactory, IAsyncLifetime
{
    public const string GemeenteA = "GM0014";

    public const string ForecastBody = """
        { "naam": "Matrix", "vanJaar": 2024, "totEnMetJaar": 2025,
          "trajecten": [ { "startdatum": "2024-10-01", "niveau": "mbo4", "prijs": 17000 } ] }
        """;

    /// <summary>The key of each caller; <c>null</c> for the anonymous one.</summary>
    public IReadOnlyDictionary<string, string?> Keys { get; private set; } = new Dictionary<string, string?>();

    public string AdvanceId { get; private set; } = string.Empty;

    public string SettlementId { get; private set; } = string.Empty;

    public string RunId { get; private set; } = string.Empty;

    public string OtherRunId { get; private set; } = string.Empty;

    public string AnalysisId { get; private set; } = string.Empty;

    public string ComparisonId { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        Keys = new Dictionary<string, string?>
        {
            [Callers.Anonymous] = null,
            [Callers.GemeenteA] = MintKey("gemeente", GemeenteA),
            [Callers.GemeenteB] = MintKey("gemeente", "GM0363"),
            [Callers.RegioA] = MintKey("regio", "AM01"),
            [Callers.OtherRegio] = MintKey("regio", "AM18"),
            [Callers.Ministerie] = MintKey("ministerie"),
            [Callers.Beheer] = MintKey("beheer"),
            [Callers.Revoked] = MintKey("ministerie", revoked: true),
            [Callers.Expired] = MintKey("ministerie", expiresAt: Now - Duration.FromDays(1)),
        };
        var anonymous = CreateClient();
        AdvanceId = await IdOfAsync(await anonymous.PostAsync("/v1/voorschotberekeningen", HttpAssertions.Json("""{ "regeling": "spuk-onderwijsroute-2023", "jaar": 2024 }""")));
        SettlementId = await IdOfAsync(await anonymous.PostAsync("/v1/vaststellingsberekeningen", HttpAssertions.Json("""{ "regeling": "spuk-onderwijsroute-2023", "jaar": 2024, "aantallen": [] }""")));
        var ministry = WithKey(CreateClient(), Keys[Callers.Ministerie]);
        RunId = await IdOfAsync(await ministry.PostAsync("/v1/scenarios/vastgesteld-beleid/doorrekeningen", null));
        OtherRunId = await IdOfAsync(await ministry.PostAsync("/v1/scenarios/geen-extra-financiering/doorrekeningen", null));
        ComparisonId = await IdOfAsync(await ministry.PostAsync("/v1/vergelijkingen", HttpAssertions.Json($$"""{ "doorrekeningen": [ "{{RunId}}", "{{OtherRunId}}" ] }""")));
        AnalysisId = await IdOfAsync(await ministry.PostAsync("/v1/scenarios/vastgesteld-beleid/onzekerheidsanalyses", HttpAssertions.Json("""{ "trekkingen": 20, "seed": 1 }""")));
        for (var attempt = 0; attempt < 600; attempt++)
        {
            var status = await (await ministry.GetAsync($"/v1/onzekerheidsanalyses/{AnalysisId}")).ReadJsonAsync();
            if (status.GetProperty("status").GetString() == "gereed")
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The analysis of the matrix did not finish.");
    }

    /// <summary>A fresh forecast of gemeente A; returns its path.</summary>
    public async Task<string> NewForecastAsync()
    {
        var response = await WithKey(CreateClient(), Keys[Callers.GemeenteA]).PostAsync($"/v1/gemeenten/{GemeenteA}/prognoses", HttpAssertions.Json(ForecastBody));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    /// <summary>A fresh scenario of the ministerie caller (so that key may replace or delete it); returns its path.</summary>
    public async Task<string> NewScenarioAsync()
    {
        var scenario = Tests.ScenariosEndpointsTests.SmallScenario("matrix-" + Guid.NewGuid().ToString("N"));
        var response = await WithKey(CreateClient(), Keys[Callers.Ministerie]).PostAsync("/v1/scenarios", HttpAssertions.Json(scenario.ToJsonString()));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    /// <summary>A fresh key id to revoke.</summary>
    public async Task<string> NewKeyIdAsync()
    {
        var response = await WithKey(CreateClient(), Keys[Callers.Beheer]).PostAsJsonAsync("/v1/sleutels", new { naam = "intrekken", rol = "ministerie" });
        return (await response.ReadJsonAsync()).GetProperty("sleutel").GetProperty("id").GetString()!;
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    private static async Task<string> IdOfAsync(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("id").GetString()!;
    }
}

/// <summary>The nine callers of the matrix.</summary>
public static class Callers
{
    public const string Anonymous = "anoniem";
    public const string GemeenteA = "gemeente A";
    public const string GemeenteB = "gemeente B";
    public const string RegioA = "regio van A";
    public const string OtherRegio = "andere regio";
    public const string Ministerie = "ministerie";
    public const string Beheer = "beheer";
    public const string Revoked = "ingetrokken sleutel";
    public const string Expired = "verlopen sleutel";

    public static readonly string[] All = [Anonymous, GemeenteA, GemeenteB, RegioA, OtherRegio, Ministerie, Beheer, Revoked, Expired];
}
