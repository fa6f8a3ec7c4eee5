using Onderwijsroute.Funding.Api.Tests;

namespace Onderwijsroute.Funding.Client.Tests;

/// <summary>
/// The generated client against the service in-process (issue 14): the test server's HttpClient handed to it, real
/// SQLite, real keys. Amounts arrive as decimals (issue 18), required fields are not nullable (a settlement request
/// cannot be built without <c>jaar</c> as a number), and a 400 arrives as a typed validation problem.
/// </summary>
public sealed class FundingClientTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Settlement_DistributesTheBudgetToTheCent_AsDecimals()
    {
        var client = Client();

        var settlement = await client.CreateVaststellingsberekeningAsync(null, new CreateSettlementCalculationRequest
        {
            Regeling = "spuk-onderwijsroute-2023",
            Jaar = 2024,
            Aantallen = [new MunicipalityCountInput { GemeenteCode = "GM0363", Aantal = 40 }, new MunicipalityCountInput { GemeenteCode = "GM0014", Aantal = 13 }],
        });

        Assert.Equal(53, settlement.TotaalAantal);
        Assert.Equal(settlement.Budget, settlement.TotaalVastgesteld + settlement.NietVerdeeld);
        Assert.Equal(settlement.TotaalVastgesteld, settlement.Regels!.Sum(r => r.Vastgesteld));
        var stored = await client.GetVaststellingsberekeningAsync(settlement.Id!);
        Assert.Equal(settlement.TotaalVastgesteld, stored.TotaalVastgesteld);
    }

    [Fact]
    public async Task UnknownRegeling_IsATypedValidationProblemNamingTheField()
    {
        var client = Client();

        var problem = await Assert.ThrowsAsync<FundingApiException<HttpValidationProblemDetails>>(() => client.CreateVaststellingsberekeningAsync(null,
            new CreateSettlementCalculationRequest { Regeling = "bestaat-niet", Jaar = 2024, Aantallen = [] }));

        Assert.Equal(400, problem.StatusCode);
        Assert.Contains("regeling", problem.Result.Errors!.Keys);
    }

    [Fact]
    public async Task Forecast_ForAGemeente_HasEveryYearWithDecimalAmounts()
    {
        var client = Client();

        var forecast = await client.CreatePrognoseberekeningAsync(null, new CreateForecastCalculationRequest
        {
            GemeenteCode = "GM0014",
            VanJaar = 2024,
            TotEnMetJaar = 2026,
            Trajecten = [new TrajectoryInput { Startdatum = new DateOnly(2024, 9, 1), Niveau = "mbo2" }],
        });

        Assert.Equal([2024, 2025, 2026], forecast.Jaren!.Select(j => j.Jaar!.Value));
        var first = forecast.Jaren![0];
        Assert.True(first.TotaalKosten > 0m);
        Assert.Equal(first.TotaalKosten, first.Kosten!.Sum(k => k.Bedrag));
    }

    [Fact]
    public async Task ScenarioRun_OfAReadyScenario_IsStoredAndReadBack()
    {
        var client = Client(factory.MintKey("ministerie"));
        var scenario = (await client.ListScenariosAsync(null, null, kantEnKlaar: true, null, null)).Scenarios!.First();

        var run = await client.CreateDoorrekeningAsync(scenario.Id!);

        Assert.Equal(scenario.Id, run.ScenarioId);
        Assert.NotEmpty(run.Jaren!);
        var stored = await client.GetDoorrekeningAsync(run.Id!, null);
        Assert.Equal(run.Totalen!.Select(t => (t.Naam, t.Waarde)), stored.Totalen!.Select(t => (t.Naam, t.Waarde)));
    }

    /// <summary>The client on the test server: the HttpClient's base address is the API's root, <c>…/v1/</c> (with the slash).</summary>
    private FundingClient Client(string? key = null)
    {
        var http = ApiFactory.WithKey(factory.CreateClient(), key);
        http.BaseAddress = new Uri(http.BaseAddress!, "v1/");
        return new FundingClient(http);
    }
}
