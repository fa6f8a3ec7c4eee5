using System.Net;

namespace Onderwijsroute.Funding.Api.Tests;

/// <summary>The paged lists of stored calculations; only one test of this class writes, so the totals are its own.</summary>
public sealed class CalculationListTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient("ministerie");

    [Fact]
    public async Task List_ReturnsTheStoredCalculationsOfItsKindInPages()
    {
        var ids = new List<string>();
        foreach (var year in new[] { 2023, 2024, 2025 })
        {
            var posted = await (await _client.PostAsync("/v1/voorschotberekeningen", HttpAssertions.Json($$"""{ "regeling": "spuk-onderwijsroute-2023", "jaar": {{year}} }"""))).ReadJsonAsync();
            ids.Add(posted.GetProperty("id").GetString()!);
        }

        await _client.PostAsync("/v1/vaststellingsberekeningen", HttpAssertions.Json("""{ "regeling": "spuk-onderwijsroute-2023", "jaar": 2024, "aantallen": [] }"""));

        var page = await (await _client.GetAsync("/v1/voorschotberekeningen?pagina=1&paginaGrootte=2")).ReadJsonAsync();
        var rest = await (await _client.GetAsync("/v1/voorschotberekeningen?pagina=2&paginaGrootte=2")).ReadJsonAsync();
        var settlements = await (await _client.GetAsync("/v1/vaststellingsberekeningen")).ReadJsonAsync();

        Assert.Equal(3, page.GetProperty("totaal").GetInt64());
        var listed = page.GetProperty("berekeningen").EnumerateArray().Concat(rest.GetProperty("berekeningen").EnumerateArray()).ToArray();
        Assert.Equal(ids.Order(StringComparer.Ordinal), listed.Select(b => b.GetProperty("id").GetString()).Order(StringComparer.Ordinal));
        Assert.Equal([2023, 2024, 2025], listed.Select(b => b.GetProperty("jaar").GetInt32()).Order());
        Assert.All(listed, b => Assert.Equal($"/v1/voorschotberekeningen/{b.GetProperty("id").GetString()}", b.GetProperty("href").GetString()));
        Assert.Equal(1, settlements.GetProperty("totaal").GetInt64());
        Assert.Equal(20, settlements.GetProperty("paginaGrootte").GetInt32());
    }

    [Theory]
    [InlineData("?pagina=0", "pagina")]
    [InlineData("?paginaGrootte=1001", "paginaGrootte")]
    [InlineData("?pagina=eerste", "pagina")]
    public async Task List_BadPaging_Is400NamingTheParameter(string query, string field)
    {
        var response = await _client.GetAsync("/v1/vaststellingsberekeningen" + query);

        await response.AssertInvalidAsync(field);
    }
}
