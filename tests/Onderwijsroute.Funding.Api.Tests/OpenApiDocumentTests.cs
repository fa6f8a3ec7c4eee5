using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Onderwijsroute.Funding.Api.Tests;

/// <summary>
/// The contract test: the document the running app serves must equal the committed <c>openapi/v1.json</c>.
/// To accept a deliberate change, regenerate the file: <c>UPDATE_OPENAPI=1 dotnet test tests/Onderwijsroute.Funding.Api.Tests --filter OpenApiDocumentTests</c>.
/// </summary>
public sealed class OpenApiDocumentTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    [Fact]
    public async Task ServedDocument_EqualsTheCommittedContract()
    {
        var served = Normalize(await factory.CreateClient().GetStringAsync("/v1/openapi.json"));
        var committedPath = Path.Combine(RepositoryRoot(), "openapi", "v1.json");

        if (Environment.GetEnvironmentVariable("UPDATE_OPENAPI") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(committedPath)!);
            await File.WriteAllTextAsync(committedPath, served);
        }

        Assert.True(File.Exists(committedPath), $"{committedPath} is missing; run the test with UPDATE_OPENAPI=1 to create it.");
        var committed = Normalize(await File.ReadAllTextAsync(committedPath));
        Assert.True(
            committed == served,
            "The API's OpenAPI document differs from openapi/v1.json. If the change is intended, run "
            + "'UPDATE_OPENAPI=1 dotnet test tests/Onderwijsroute.Funding.Api.Tests --filter OpenApiDocumentTests' and commit the file.");
    }

    [Theory]
    [InlineData("/voorschotberekeningen")]
    [InlineData("/vaststellingsberekeningen")]
    [InlineData("/scenarios")]
    [InlineData("/sleutels")]
    public async Task DocumentedRequestExample_IsAcceptedByTheApi(string path)
    {
        var client = path switch
        {
            "/scenarios" => factory.CreateClient("ministerie"),
            "/sleutels" => factory.CreateClient("beheer"),
            _ => factory.CreateClient(),
        };
        var document = JsonNode.Parse(await client.GetStringAsync("/v1/openapi.json"))!;
        var example = document["paths"]![path]!["post"]!["requestBody"]!["content"]!["application/json"]!["example"]!;

        var response = await client.PostAsync("/v1" + path, HttpAssertions.Json(example.ToJsonString()));

        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
    }

    [Theory]
    [InlineData("/prognoseberekeningen", "/v1/prognoseberekeningen", System.Net.HttpStatusCode.OK)]
    [InlineData("/gemeenten/{gemeenteCode}/prognoses", "/v1/gemeenten/GM0014/prognoses", System.Net.HttpStatusCode.Created)]
    public async Task DocumentedForecastExample_IsAcceptedByTheApi(string path, string url, System.Net.HttpStatusCode status)
    {
        var client = factory.CreateClient("gemeente", "GM0014");
        var document = JsonNode.Parse(await client.GetStringAsync("/v1/openapi.json"))!;
        var example = document["paths"]![path]!["post"]!["requestBody"]!["content"]!["application/json"]!["example"]!;

        var response = await client.PostAsync(url, HttpAssertions.Json(example.ToJsonString()));

        Assert.Equal(status, response.StatusCode);
    }

    /// <summary>Parsed and re-written indented, so formatting and line endings never count as drift.</summary>
    private static string Normalize(string json) => JsonNode.Parse(json)!.ToJsonString(Indented).ReplaceLineEndings("\n") + "\n";

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Onderwijsroute.Funding.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException("The repository root (with Onderwijsroute.Funding.sln) was not found above " + AppContext.BaseDirectory);
    }
}
