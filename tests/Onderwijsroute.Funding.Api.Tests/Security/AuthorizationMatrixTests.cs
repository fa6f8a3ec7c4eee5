using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Onderwijsroute.Funding.Api.Tests.Security;

/// <summary>
/// Every endpoint × every caller with the status it must answer (docs/api.md, "Toegang"). Access kinds:
/// <c>Open</c> everyone; <c>Ministry</c> ministerie only (others 403, anonymous 401); <c>Forecast</c> gemeente A
/// and the regio of A (gemeente B and the other regio 404: not revealed; ministerie and beheer 403; anonymous 401);
/// <c>Management</c> beheer only. A revoked or expired key is 401 everywhere.
/// </summary>
public sealed class AuthorizationMatrixTests(MatrixFixture fixture) : IClassFixture<MatrixFixture>
{
    private enum Access
    {
        Open,
        Ministry,
        Forecast,
        Management,
    }

    private sealed record Row(string Method, string Template, Access Access, HttpStatusCode Success, Func<MatrixFixture, Task<HttpRequestMessage>> Request);

    private static readonly Row[] Rows =
    [
        Get("/v1/gemeenten", Access.Open, _ => "/v1/gemeenten"),
        Get("/v1/gemeenten/{code}", Access.Open, _ => "/v1/gemeenten/GM0014"),
        Get("/v1/arbeidsmarktregios", Access.Open, _ => "/v1/arbeidsmarktregios"),
        Get("/v1/arbeidsmarktregios/{code}", Access.Open, _ => "/v1/arbeidsmarktregios/AM01"),
        Get("/v1/regelingen", Access.Open, _ => "/v1/regelingen"),
        Get("/v1/regelingen/{id}", Access.Open, _ => "/v1/regelingen/spuk-onderwijsroute-2023"),
        Get("/v1/prognose-aannames", Access.Open, _ => "/v1/prognose-aannames"),
        Get("/v1/gemeenten/{gemeenteCode}/startpunt", Access.Open, _ => "/v1/gemeenten/GM0014/startpunt"),
        Get("/v1/bronnen", Access.Open, _ => "/v1/bronnen"),
        Get("/v1/bronnen/{id}", Access.Open, _ => "/v1/bronnen/stcrt-2022-30604"),
        Get("/v1/health/live", Access.Open, _ => "/v1/health/live"),
        Get("/v1/health/ready", Access.Open, _ => "/v1/health/ready"),
        Send("POST", "/v1/voorschotberekeningen", Access.Open, HttpStatusCode.Created, _ => ("/v1/voorschotberekeningen", """{ "regeling": "spuk-onderwijsroute-2023", "jaar": 2024 }""")),
        Get("/v1/voorschotberekeningen", Access.Ministry, _ => "/v1/voorschotberekeningen"),
        Get("/v1/voorschotberekeningen/{id}", Access.Open, f => $"/v1/voorschotberekeningen/{f.AdvanceId}"),
        Send("POST", "/v1/vaststellingsberekeningen", Access.Open, HttpStatusCode.Created, _ => ("/v1/vaststellingsberekeningen", """{ "regeling": "spuk-onderwijsroute-2023", "jaar": 2024, "aantallen": [] }""")),
        Get("/v1/vaststellingsberekeningen", Access.Ministry, _ => "/v1/vaststellingsberekeningen"),
        Get("/v1/vaststellingsberekeningen/{id}", Access.Open, f => $"/v1/vaststellingsberekeningen/{f.SettlementId}"),
        Send("POST", "/v1/prognoseberekeningen", Access.Open, HttpStatusCode.OK, _ => ("/v1/prognoseberekeningen", MatrixFixture.ForecastBody.Replace("\"naam\": \"Matrix\"", "\"gemeenteCode\": \"GM0014\"", StringComparison.Ordinal))),
        Get("/v1/gemeenten/{gemeenteCode}/prognoses", Access.Forecast, _ => "/v1/gemeenten/GM0014/prognoses"),
        Send("POST", "/v1/gemeenten/{gemeenteCode}/prognoses", Access.Forecast, HttpStatusCode.Created, _ => ("/v1/gemeenten/GM0014/prognoses", MatrixFixture.ForecastBody)),
        new("GET", "/v1/gemeenten/{gemeenteCode}/prognoses/{id}", Access.Forecast, HttpStatusCode.OK, async f => new HttpRequestMessage(HttpMethod.Get, await f.NewForecastAsync())),
        new("PUT", "/v1/gemeenten/{gemeenteCode}/prognoses/{id}", Access.Forecast, HttpStatusCode.OK, async f => IfMatchAny(new HttpRequestMessage(HttpMethod.Put, await f.NewForecastAsync()) { Content = HttpAssertions.Json(MatrixFixture.ForecastBody) })),
        new("DELETE", "/v1/gemeenten/{gemeenteCode}/prognoses/{id}", Access.Forecast, HttpStatusCode.NoContent, async f => IfMatchAny(new HttpRequestMessage(HttpMethod.Delete, await f.NewForecastAsync()))),
        new("GET", "/v1/gemeenten/{gemeenteCode}/prognoses/{id}/herberekening", Access.Forecast, HttpStatusCode.OK, async f => new HttpRequestMessage(HttpMethod.Get, await f.NewForecastAsync() + "/herberekening")),
        Send("POST", "/v1/scenarios", Access.Ministry, HttpStatusCode.Created, _ => ("/v1/scenarios", Tests.ScenariosEndpointsTests.SmallScenario().ToJsonString())),
        Get("/v1/scenarios", Access.Ministry, _ => "/v1/scenarios"),
        Get("/v1/scenarios/{id}", Access.Ministry, _ => "/v1/scenarios/vastgesteld-beleid"),
        new("PUT", "/v1/scenarios/{id}", Access.Ministry, HttpStatusCode.OK, async f => IfMatchAny(new HttpRequestMessage(HttpMethod.Put, await f.NewScenarioAsync()) { Content = HttpAssertions.Json(Tests.ScenariosEndpointsTests.SmallScenario("matrix-" + Guid.NewGuid().ToString("N")).ToJsonString()) })),
        new("DELETE", "/v1/scenarios/{id}", Access.Ministry, HttpStatusCode.NoContent, async f => IfMatchAny(new HttpRequestMessage(HttpMethod.Delete, await f.NewScenarioAsync()))),
        Get("/v1/scenarios/{id}/doorrekeningen", Access.Ministry, _ => "/v1/scenarios/vastgesteld-beleid/doorrekeningen"),
        Get("/v1/scenarios/{id}/onzekerheidsanalyses", Access.Ministry, _ => "/v1/scenarios/vastgesteld-beleid/onzekerheidsanalyses"),
        Get("/v1/doorrekeningen", Access.Ministry, _ => "/v1/doorrekeningen"),
        Get("/v1/onzekerheidsanalyses", Access.Ministry, _ => "/v1/onzekerheidsanalyses"),
        Get("/v1/vergelijkingen", Access.Ministry, _ => "/v1/vergelijkingen"),
        Get("/v1/vergelijkingen/{id}", Access.Ministry, f => $"/v1/vergelijkingen/{f.ComparisonId}"),
        Send("POST", "/v1/scenarios/{id}/doorrekeningen", Access.Ministry, HttpStatusCode.Created, _ => ("/v1/scenarios/vastgesteld-beleid/doorrekeningen", null)),
        Send("POST", "/v1/scenarios/{id}/onzekerheidsanalyses", Access.Ministry, HttpStatusCode.Accepted, _ => ("/v1/scenarios/vastgesteld-beleid/onzekerheidsanalyses", """{ "trekkingen": 10, "seed": 2 }""")),
        Get("/v1/doorrekeningen/{id}", Access.Ministry, f => $"/v1/doorrekeningen/{f.RunId}"),
        Get("/v1/doorrekeningen/{id}/gemeenten", Access.Ministry, f => $"/v1/doorrekeningen/{f.RunId}/gemeenten"),
        Get("/v1/doorrekeningen/{id}/gemeenten-export", Access.Ministry, f => $"/v1/doorrekeningen/{f.RunId}/gemeenten-export?formaat=csv"),
        Send("POST", "/v1/vergelijkingen", Access.Ministry, HttpStatusCode.Created, f => ("/v1/vergelijkingen", $$"""{ "doorrekeningen": [ "{{f.RunId}}", "{{f.OtherRunId}}" ] }""")),
        Get("/v1/onzekerheidsanalyses/{id}", Access.Ministry, f => $"/v1/onzekerheidsanalyses/{f.AnalysisId}"),
        Get("/v1/onzekerheidsanalyses/{id}/resultaat", Access.Ministry, f => $"/v1/onzekerheidsanalyses/{f.AnalysisId}/resultaat"),
        new("DELETE", "/v1/onzekerheidsanalyses/{id}", Access.Ministry, HttpStatusCode.OK, f => Task.FromResult(new HttpRequestMessage(HttpMethod.Delete, $"/v1/onzekerheidsanalyses/{f.AnalysisId}"))),
        Send("POST", "/v1/sleutels", Access.Management, HttpStatusCode.Created, _ => ("/v1/sleutels", """{ "naam": "nieuw", "rol": "gemeente", "scope": "GM0014" }""")),
        Get("/v1/sleutels", Access.Management, _ => "/v1/sleutels"),
        new("DELETE", "/v1/sleutels/{id}", Access.Management, HttpStatusCode.NoContent, async f => new HttpRequestMessage(HttpMethod.Delete, "/v1/sleutels/" + await f.NewKeyIdAsync())),
    ];

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var row in Rows)
        {
            foreach (var caller in Callers.All)
            {
                data.Add(row.Method + " " + row.Template, caller);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Endpoint_AnswersTheCallerAsTheMatrixSays(string endpoint, string caller)
    {
        var row = Rows.Single(r => r.Method + " " + r.Template == endpoint);
        var expected = Expected(row, caller);
        using var request = await row.Request(fixture);
        var client = ApiFactory.WithKey(fixture.CreateClient(), fixture.Keys[caller]);

        var response = await client.SendAsync(request);

        if (expected is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.NotFound)
        {
            await response.AssertProblemAsync(expected);
        }
        else
        {
            Assert.True(expected == response.StatusCode, $"{endpoint} as {caller}: expected {expected}, got {response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    [Fact]
    public void EveryMappedEndpoint_IsInTheMatrix()
    {
        fixture.CreateClient();
        var mapped = fixture.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["*"]).Select(m => m + " /" + e.RoutePattern.RawText!.Trim('/')))
            .ToHashSet(StringComparer.Ordinal);

        Assert.Empty(mapped.Except(Rows.Select(r => r.Method + " " + r.Template), StringComparer.Ordinal));
        Assert.Empty(Rows.Select(r => r.Method + " " + r.Template).Except(mapped, StringComparer.Ordinal));
    }

    [Fact]
    public async Task AnInvalidKey_Is401EvenOnAnOpenEndpoint_AndOpenDocumentsStayOpen()
    {
        var broken = ApiFactory.WithKey(fixture.CreateClient(), "orf_0000000000000000_geen-geldige-sleutel");

        await (await broken.GetAsync("/v1/gemeenten")).AssertProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(HttpStatusCode.OK, (await fixture.CreateClient().GetAsync("/v1/openapi.json")).StatusCode);
    }

    private static HttpStatusCode Expected(Row row, string caller) => caller switch
    {
        Callers.Revoked or Callers.Expired => HttpStatusCode.Unauthorized,
        _ when row.Access == Access.Open => row.Success,
        Callers.Anonymous => HttpStatusCode.Unauthorized,
        _ => row.Access switch
        {
            Access.Ministry => caller == Callers.Ministerie ? row.Success : HttpStatusCode.Forbidden,
            Access.Management => caller == Callers.Beheer ? row.Success : HttpStatusCode.Forbidden,
            _ => caller switch
            {
                Callers.GemeenteA or Callers.RegioA => row.Success,
                Callers.GemeenteB or Callers.OtherRegio => HttpStatusCode.NotFound,
                _ => HttpStatusCode.Forbidden,
            },
        },
    };

    private static Row Get(string template, Access access, Func<MatrixFixture, string> url) =>
        new("GET", template, access, HttpStatusCode.OK, f => Task.FromResult(new HttpRequestMessage(HttpMethod.Get, url(f))));

    private static Row Send(string method, string template, Access access, HttpStatusCode success, Func<MatrixFixture, (string Url, string? Body)> build) =>
        new(method, template, access, success, f =>
        {
            var (url, body) = build(f);
            return Task.FromResult(new HttpRequestMessage(new HttpMethod(method), url) { Content = body is null ? null : HttpAssertions.Json(body) });
        });

    private static HttpRequestMessage IfMatchAny(HttpRequestMessage request)
    {
        request.Headers.TryAddWithoutValidation("If-Match", "*");
        return request;
    }
}
