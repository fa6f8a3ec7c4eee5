using System.Net;
using System.Text.Json;
using CsCheck;
using Xunit.Abstractions;

namespace Onderwijsroute.Funding.Api.Tests.GeneratedInput;

/// <summary>
/// Generated valid-shaped bodies through the real HTTP pipeline: whatever the combination of years, levels, counts,
/// prices, overrides and scopes, the answer is never a 5xx, and a 400 is a problem naming at least one field. A failure
/// prints CsCheck's seed and the smallest body it shrank to; <c>CsCheck_Seed</c> repeats it, <c>CsCheck_Iter</c> runs longer.
/// </summary>
public sealed class GeneratedInputTests(ApiFactory factory, ITestOutputHelper output) : IClassFixture<ApiFactory>
{
    private const int Iterations = 300;

    private static readonly HttpStatusCode[] Allowed = [HttpStatusCode.OK, HttpStatusCode.Created, HttpStatusCode.BadRequest, HttpStatusCode.NotFound, HttpStatusCode.UnprocessableEntity];

    private readonly HttpClient _client = factory.CreateClient();

    private readonly System.Collections.Concurrent.ConcurrentDictionary<int, int> _statuses = new();

    [Fact]
    public async Task Forecasts_NeverA500()
    {
        var parameters = await ListedParametersAsync();
        await RunAsync(GeneratedBodies.Forecast(parameters), _ => "/v1/prognoseberekeningen");
    }

    [Fact]
    public async Task Advances_NeverA500()
    {
        var schemes = await SchemesAsync("/v1/voorschotberekeningen");
        await RunAsync(GeneratedBodies.Advance(schemes), body => Stored("/v1/voorschotberekeningen", body));
    }

    [Fact]
    public async Task Settlements_NeverA500()
    {
        var schemes = await SchemesAsync("/v1/vaststellingsberekeningen");
        await RunAsync(GeneratedBodies.Settlement(schemes), body => Stored("/v1/vaststellingsberekeningen", body));
    }

    /// <summary>Samples the bodies; afterwards, at least a tenth must have been answered (so the rules, not only the checks, ran).</summary>
    private async Task RunAsync(Gen<string> bodies, Func<string, string> pathOf)
    {
        await bodies.SampleAsync(body => AssertAnsweredAsync(pathOf(body), body), output.WriteLine, iter: Iterations, threads: 1);
        output.WriteLine(string.Join(", ", _statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value}")));
        var answered = _statuses.Where(s => s.Key is 200 or 201).Sum(s => s.Value);
        Assert.True(answered * 10 >= _statuses.Values.Sum(), "Too few generated bodies were answered; the generator no longer reaches the calculation.");
    }

    /// <summary>Half the calculations are stored, half are not (<c>?opslaan=false</c>), chosen by the body so a shrink keeps it.</summary>
    private static string Stored(string path, string body) => (body.Length % 2 == 0) ? path : path + "?opslaan=false";

    private async Task AssertAnsweredAsync(string path, string body)
    {
        using var response = await _client.PostAsync(path, HttpAssertions.Json(body));
        _statuses.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
        var text = await response.Content.ReadAsStringAsync();
        if (!Allowed.Contains(response.StatusCode))
        {
            throw new InvalidOperationException($"POST {path} answered {(int)response.StatusCode}: {text}");
        }

        if (response.StatusCode == HttpStatusCode.BadRequest)
        {
            using var problem = JsonDocument.Parse(text);
            if (!problem.RootElement.TryGetProperty("errors", out var errors) || !errors.EnumerateObject().Any(e => e.Name.Length > 0 && e.Value.GetArrayLength() > 0))
            {
                throw new InvalidOperationException($"POST {path} answered 400 without a field in errors: {text}");
            }
        }
    }

    /// <summary>Every regeling <c>GET /v1/regelingen</c> lists; with a path, whether that endpoint calculates it (its first year, empty counts).</summary>
    private async Task<ListedScheme[]> SchemesAsync(string? path = null)
    {
        var list = await (await _client.GetAsync("/v1/regelingen")).ReadJsonAsync();
        var schemes = new List<ListedScheme>();
        foreach (var r in list.GetProperty("regelingen").EnumerateArray())
        {
            var id = r.GetProperty("id").GetString()!;
            int[] years = [.. r.GetProperty("dekking").GetProperty("jaren").EnumerateArray().Select(y => y.GetInt32())];
            var calculated = path is not null && (await _client.PostAsync(path + "?opslaan=false", HttpAssertions.Json($$"""{ "regeling": "{{id}}", "jaar": {{years[0]}}{{(path.Contains("vaststelling", StringComparison.Ordinal) ? ", \"aantallen\": []" : "")}} }"""))).IsSuccessStatusCode;
            schemes.Add(new ListedScheme(id, years, calculated));
        }

        Assert.Contains(schemes, s => s.Calculated || path is null);
        return [.. schemes];
    }

    private async Task<ListedParameter[]> ListedParametersAsync()
    {
        var parameters = new List<ListedParameter>();
        foreach (var (scheme, _, _) in await SchemesAsync())
        {
            var detail = await (await _client.GetAsync($"/v1/regelingen/{scheme}")).ReadJsonAsync();
            foreach (var p in detail.GetProperty("parameters").EnumerateArray())
            {
                var value = p.GetProperty("waarden").EnumerateArray().Last().GetProperty("waarde");
                parameters.Add(new ListedParameter(scheme, p.GetProperty("naam").GetString()!, p.GetProperty("eenheid").GetString()!, value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText()));
            }
        }

        Assert.NotEmpty(parameters);
        return [.. parameters];
    }
}
