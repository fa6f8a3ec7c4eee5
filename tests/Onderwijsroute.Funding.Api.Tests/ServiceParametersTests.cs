using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Onderwijsroute.Funding.Parameters;

namespace Onderwijsroute.Funding.Api.Tests;

/// <summary>
/// Every calculation runs with the parameters the service is configured with, never silently with the embedded ones:
/// this service runs with an override, so a result made with the embedded parameters would show another version.
/// </summary>
public sealed class ServiceParametersTests(ServiceParametersTests.Factory factory) : IClassFixture<ServiceParametersTests.Factory>
{
    /// <summary>The embedded parameters with one override: another parameter version.</summary>
    public static readonly ParameterCatalogue Catalogue =
        ParameterCatalogue.Embedded.WithOverrides([ParameterOverride.ForYear("spuk-regulier", "leerroutecomponent-per-asielstatushouder", 2030, "13000", "test: de parameters van de dienst")]);

    [Fact]
    public async Task Compare_RepeatsTheRunsWithTheServicesParameters()
    {
        var client = factory.CreateClient("ministerie");
        var first = await RunAsync(client, "vastgesteld-beleid");
        var second = await RunAsync(client, "geen-extra-financiering");

        var response = await client.PostAsync("/v1/vergelijkingen", HttpAssertions.Json($$"""{ "doorrekeningen": [ "{{first}}", "{{second}}" ] }"""));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task ScenarioAndAdvance_CarryTheServicesParameterVersion()
    {
        var client = factory.CreateClient("ministerie");

        var scenario = await (await client.GetAsync("/v1/scenarios/vastgesteld-beleid")).ReadJsonAsync();
        var advance = await (await client.PostAsync("/v1/voorschotberekeningen", HttpAssertions.Json("""{ "regeling": "spuk-onderwijsroute-2023", "jaar": 2024 }"""))).ReadJsonAsync();

        Assert.Equal(Catalogue.Version, advance.GetProperty("parameterVersie").GetString());
        Assert.NotEqual(ParameterCatalogue.Embedded.Version, scenario.GetProperty("parameterVersie").GetString());
    }

    private static async Task<string> RunAsync(HttpClient client, string scenarioId)
    {
        var response = await client.PostAsync($"/v1/scenarios/{scenarioId}/doorrekeningen", null);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.ReadJsonAsync()).GetProperty("id").GetString()!;
    }

    /// <summary>The API with <see cref="Catalogue"/> in place of the embedded parameters.</summary>
    public sealed class Factory : ApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton(Catalogue)));
        }
    }
}
