using System.Net;
using System.Text;
using System.Text.Json;

namespace Onderwijsroute.Funding.Api.Tests.Security;

/// <summary>
/// Bodies built to make the service work or answer out of proportion (issue 11, items 3 and 8): a list longer than it can
/// sensibly be is refused before its items are read, a 400 reports at most 100 field errors, and a field named twice is
/// refused instead of silently letting the last one win.
/// </summary>
public sealed class HostileBodyTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Settlements = "/v1/vaststellingsberekeningen";

    [Fact]
    public async Task AMebibyteOfEmptyCounts_IsOne400NamingTheList_AndASmallAnswer()
    {
        var body = new StringBuilder("""{ "regeling": "spuk-onderwijsroute-2023", "jaar": 2024, "aantallen": [""");
        while (body.Length < 1024 * 1024 - 10)
        {
            body.Append("{},");
        }

        body.Append("{}] }");

        var response = await factory.CreateClient().PostAsync(Settlements, HttpAssertions.Json(body.ToString()));

        var errors = await response.AssertInvalidAsync("aantallen");
        Assert.Contains("één regel per gemeente", errors.GetProperty("aantallen")[0].GetString(), StringComparison.Ordinal);
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length < 2_000);
    }

    [Theory]
    [InlineData("AANTALLEN")]
    [InlineData("voorschotten")]
    public async Task OneLineMoreThanThereAreGemeenten_IsRefusedAsAList_InAnyCase(string list)
    {
        var codes = await AllCodesAsync();
        var lines = codes.Append(codes[0]).Select(c => list == "voorschotten" ? $$"""{ "gemeenteCode": "{{c}}", "bedrag": 1 }""" : $$"""{ "gemeenteCode": "{{c}}", "aantal": 1 }""");
        var aantallen = list == "voorschotten" ? """ "aantallen": [], """ : string.Empty;

        var response = await factory.CreateClient().PostAsync(Settlements, HttpAssertions.Json($$"""{ "regeling": "spuk-onderwijsroute-2023", "jaar": 2024, {{aantallen}} "{{list}}": [ {{string.Join(',', lines)}} ] }"""));

        var errors = await response.AssertInvalidAsync(list);
        Assert.Contains($"meer dan {codes.Length} elementen", errors.GetProperty(list)[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALineForEveryGemeente_TheLongestValidList_IsStored()
    {
        var codes = await AllCodesAsync();
        var lines = codes.Select((c, i) => $$"""{ "gemeenteCode": "{{c}}", "aantal": {{i % 7}} }""");

        var response = await factory.CreateClient().PostAsync(Settlements, HttpAssertions.Json($$"""{ "regeling": "spuk-onderwijsroute-2023", "jaar": 2024, "aantallen": [ {{string.Join(',', lines)}} ] }"""));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task ManyWrongItemsWithinTheBound_ReportTheFirstHundredErrors_AndCountTheRest()
    {
        var items = string.Join(',', Enumerable.Repeat("{}", 300));

        var response = await factory.CreateClient().PostAsync(Settlements, HttpAssertions.Json($$"""{ "regeling": "spuk-onderwijsroute-2023", "jaar": 2024, "aantallen": [ {{items}} ] }"""));

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(100, problem.GetProperty("errors").EnumerateObject().Sum(e => e.Value.GetArrayLength()));
        Assert.EndsWith("'errors' toont de eerste 100 fouten, en 500 andere fouten.", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("aantallen[0].", problem.GetProperty("errors").EnumerateObject().First().Name, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnboundedListAnywhere_IsRefusedPastTheDefaultBound()
    {
        var overrides = string.Join(',', Enumerable.Repeat("{}", 1001));

        var response = await factory.CreateClient().PostAsync("/v1/prognoseberekeningen", HttpAssertions.Json($$"""{ "gemeenteCode": "GM0014", "vanJaar": 2024, "totEnMetJaar": 2025, "overschrijvingen": [ {{overrides}} ] }"""));

        var errors = await response.AssertInvalidAsync("overschrijvingen");
        Assert.Contains("meer dan 1000 elementen", errors.GetProperty("overschrijvingen")[0].GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "regeling": "spuk-onderwijsroute-2023", "jaar": 2024, "jaar": 2025, "aantallen": [] }""", "jaar")]
    [InlineData("""{ "regeling": "spuk-onderwijsroute-2023", "Jaar": 2024, "jaar": 2025, "aantallen": [] }""", "jaar")]
    [InlineData("""{ "regeling": "spuk-onderwijsroute-2023", "jaar": 2024, "aantallen": [ { "gemeenteCode": "GM0014", "aantal": 1, "aantal": 9 } ] }""", "aantallen[0].aantal")]
    public async Task AFieldNamedTwice_Is400NamingIt_AndNothingIsStored(string body, string field)
    {
        var response = await factory.CreateClient().PostAsync(Settlements, HttpAssertions.Json(body));

        var errors = await response.AssertInvalidAsync(field);
        Assert.Contains("meer dan één keer", errors.GetProperty(field)[0].GetString(), StringComparison.Ordinal);
    }

    private async Task<string[]> AllCodesAsync()
    {
        var document = await (await factory.CreateClient().GetAsync("/v1/gemeenten")).ReadJsonAsync();
        var list = document.EnumerateObject().First(p => p.Value.ValueKind == JsonValueKind.Array).Value;
        return list.EnumerateArray().Select(g => g.GetProperty("code").GetString()!).ToArray();
    }
}
