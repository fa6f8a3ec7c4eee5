using System.Net;

namespace Onderwijsroute.Funding.Api.Tests.Security;

/// <summary>
/// A problem answer never grows with the request (docs/api.md, "Bounded lists and answers"): a value the service quotes
/// back in a message — an unknown regeling, gemeente code or field name, an id in the path — is quoted cut short, so a
/// hostile body of 1 MiB cannot make the service send megabytes of error text back.
/// </summary>
public sealed class BoundedProblemsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const int Bound = 4_000;

    private readonly HttpClient _client = factory.CreateClient();

    private static readonly string Long = new('x', 200_000);

    public static TheoryData<string, string, string> Bodies => new()
    {
        { "/v1/voorschotberekeningen?opslaan=false", $$"""{ "regeling": "{{Long}}", "jaar": 2024 }""", "regeling" },
        { "/v1/vaststellingsberekeningen?opslaan=false", $$"""{ "regeling": "spuk-onderwijsroute-2023", "jaar": 2024, "aantallen": [ { "gemeenteCode": "{{Long}}", "aantal": 1 } ] }""", "aantallen[0].gemeenteCode" },
        { "/v1/prognoseberekeningen", $$"""{ "gemeenteCode": "{{Long}}", "vanJaar": 2024, "totEnMetJaar": 2025 }""", "gemeenteCode" },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task AnEchoedValue_IsCutShort_InA400(string path, string body, string field)
    {
        var response = await _client.PostAsync(path, HttpAssertions.Json(body));

        var raw = await response.Content.ReadAsStringAsync();
        await response.AssertInvalidAsync(field);
        Assert.True(raw.Length < Bound, $"The 400 has {raw.Length} characters.");
    }

    [Fact]
    public async Task AnUnknownFieldWithAHugeName_IsNamedCutShort()
    {
        var response = await _client.PostAsync("/v1/voorschotberekeningen?opslaan=false", HttpAssertions.Json($$"""{ "{{Long}}": 1, "regeling": "spuk-onderwijsroute-2023", "jaar": 2024 }"""));

        var raw = await response.Content.ReadAsStringAsync();
        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(raw.Length < Bound, $"The 400 has {raw.Length} characters.");
        var field = Assert.Single(problem.GetProperty("errors").EnumerateObject());
        Assert.StartsWith("xxxx", field.Name, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/v1/regelingen/{0}", HttpStatusCode.NotFound)]
    [InlineData("/v1/bronnen/{0}", HttpStatusCode.NotFound)]
    [InlineData("/v1/gemeenten/{0}", HttpStatusCode.BadRequest)]
    public async Task AnIdInThePath_IsQuotedCutShort(string template, HttpStatusCode status)
    {
        var response = await _client.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, new string('y', 6_000)));

        var problem = await response.AssertProblemAsync(status);
        Assert.True(problem.GetProperty("detail").GetString()!.Length <= 500);
        var raw = problem.GetRawText().Replace(problem.GetProperty("instance").GetString()!, string.Empty, StringComparison.Ordinal);
        Assert.True(raw.Length < Bound, $"The problem has {raw.Length} characters besides its instance.");
    }
}
