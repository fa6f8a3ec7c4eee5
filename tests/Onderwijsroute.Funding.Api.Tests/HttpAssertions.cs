using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Onderwijsroute.Funding.Api.Tests;

/// <summary>Requests and assertions the API tests share.</summary>
internal static class HttpAssertions
{
    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    /// <summary>Asserts a problem+json response with a status, a Dutch title and detail, and returns it.</summary>
    public static async Task<JsonElement> AssertProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadJsonAsync();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        Assert.DoesNotContain("   at ", problem.GetRawText(), StringComparison.Ordinal);
        return problem;
    }

    /// <summary>Asserts a 400 problem whose <c>errors</c> name exactly these fields; returns the errors.</summary>
    public static async Task<JsonElement> AssertInvalidAsync(this HttpResponseMessage response, params string[] fields)
    {
        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.Equal(fields.Order(StringComparer.Ordinal), errors.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        foreach (var field in errors.EnumerateObject())
        {
            Assert.NotEmpty(field.Value.EnumerateArray());
        }

        return errors;
    }

    /// <summary>
    /// Polls an uncertainty analysis's status resource every 20 ms until it has ended, and returns that status; the
    /// bound (60 s) is generous so that a loaded machine does not fail the test.
    /// </summary>
    public static async Task<JsonElement> WaitForFinalStatusAsync(this HttpClient client, string location)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            var status = await (await client.GetAsync(location)).ReadJsonAsync();
            if (status.GetProperty("status").GetString() is "gereed" or "geannuleerd" or "mislukt" or "afgebroken")
            {
                return status;
            }

            await Task.Delay(20);
        }

        throw new TimeoutException("The analysis did not end.");
    }

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string path, object body) =>
        client.PostAsJsonAsync(path, body);
}
