using System.Net;
using System.Text;

namespace Onderwijsroute.Funding.Api.Tests;

/// <summary>Every kind of bad input docs/api.md lists is a 400 problem+json naming the field (413 for a body that is too large).</summary>
public sealed class BadInputTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Settlements = "/v1/vaststellingsberekeningen";
    private const string Advances = "/v1/voorschotberekeningen";

    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string, string, string[]> Cases => new()
    {
        // Unknown codes.
        { Settlements, """{ "regeling": "spuk-onbekend", "jaar": 2024, "aantallen": [] }""", ["regeling"] },
        { Advances, """{ "regeling": "spuk-onbekend", "jaar": 2024 }""", ["regeling"] },
        { Advances, """{ "regeling": "spuk-regulier", "jaar": 2024 }""", ["regeling"] },
        { Advances, """{ "regeling": " ", "jaar": 2024 }""", ["regeling"] },
        { Settlements, """{ "regeling": "spuk-onderwijsroute-2023", "jaar": 2024, "aantallen": [ null, { "gemeenteCode": " ", "aantal": 1 } ] }""", ["aantallen[0]", "aantallen[1].gemeenteCode"] },
        { Settlements, """{ "regeling": "spuk-onderwijsroute-2023", "jaar": 2024, "aantallen": [ { "gemeenteCode": "GM9999", "aantal": 1 } ] }""", ["aantallen[0].gemeenteCode"] },
        { Settlements, """{ "regeling": "spuk-onderwijsroute-2023", "jaar": 2024, "aantallen": [ { "gemeenteCode": "Amsterdam", "aantal": 1 } ] }""", ["aantallen[0].gemeenteCode"] },
        { Settlements, """{ "regeling": "spuk-onderwijsroute-2023", "jaar": 2024, "aantallen": [], "voorschotten": [ { "gemeenteCode": "GM0000", "bedrag": 1 } ] }""", ["voorschotten[0].gemeenteCode"] },
        { Advances, """{ "regeling": "spuk-onderwijsroute-2022", "jaar": 2023, "gewichten": [ { "arbeidsmarktregioCode": "AM99", "gewicht": 1 } ] }""", ["gewichten[0].arbeidsmarktregioCode"] },

        // A gemeente listed twice.
        { Settlements, """{ "regeling": "spuk-onderwijsroute-2023", "jaar": 2024, "aantallen": [ { "gemeenteCode": "GM0363", "aantal": 1 }, { "gemeenteCode": "GM0363", "aantal": 2 } ] }""", ["aantallen[1].gemeenteCode"] },
        { Settlements, """{ "regeling": "spuk-onderwijsroute-2023", "jaar": 2024, "aantallen": [], "voorschotten": [ { "gemeenteCode": "GM0014", "bedrag": 1 }, { "gemeenteCode": "GM0014", "bedrag": 2 } ] }""", ["voorschotten[1].gemeenteCode"] },

        // Counts: negative, absurdly large, not an integer, not a number.
        { Settlements, """{ "regeling": "spuk-onderwijsroute-2023", "jaar": 2024, "aantallen": [ { "gemeenteCode": "GM0363", "aantal": -1 } ] }""", ["aantallen[0].aantal"] },
        { Settlements, """{ "regeling": "spuk-onderwijsroute-2023", "jaar": 2024, "aantallen": [ { "gemeenteCode": "GM0363", "aantal": 1000001 } ] }""", ["aantallen[0].aantal"] },
        { Settlements, """{ "regeling": "spuk-onderwijsroute-2023", "jaar": 2024, "aantallen": [ { "gemeenteCode": "GM0363", "aantal": 1e300 } ] }""", ["aantallen[0].aantal"] },
        { Settlements, """{ "regeling": "spuk-onderwijsroute-2023", "jaar": 2024, "aantallen": [ { "gemeenteCode": "GM0363", "aantal": 12.5 } ] }""", ["aantallen[0].aantal"] },
        { Settlements, """{ "regeling": "spuk-onderwijsroute-2023", "jaar": 2024, "aantallen": [ { "gemeenteCode": "GM0363", "aantal": "12" } ] }""", ["aantallen[0].aantal"] },
        { Settlements, """{ "regeling": "spuk-onderwijsroute-2023", "jaar": 2024, "aantallen": [ { "gemeenteCode": "GM0363" } ] }""", ["aantallen[0].aantal"] },
        { Advances, """{ "regeling": "spuk-onderwijsroute-2022", "jaar": 2023, "gewichten": [ { "arbeidsmarktregioCode": "AM18", "gewicht": 1.5 } ] }""", ["gewichten[0].gewicht"] },

        // Amounts: a budget with cents, negative or too large; a negative or sub-cent advance.
        { Settlements, """{ "regeling": "spuk-onderwijsroute-2023", "jaar": 2024, "budget": 15900000.50, "aantallen": [] }""", ["budget"] },
        { Advances, """{ "regeling": "spuk-onderwijsroute-2023", "jaar": 2024, "budget": -1 }""", ["budget"] },
        { Advances, """{ "regeling": "spuk-onderwijsroute-2023", "jaar": 2024, "budget": 10000000001 }""", ["budget"] },
        { Settlements, """{ "regeling": "spuk-onderwijsroute-2023", "jaar": 2024, "aantallen": [], "voorschotten": [ { "gemeenteCode": "GM0363", "bedrag": -5 } ] }""", ["voorschotten[0].bedrag"] },
        { Settlements, """{ "regeling": "spuk-onderwijsroute-2023", "jaar": 2024, "aantallen": [], "voorschotten": [ { "gemeenteCode": "GM0363", "bedrag": 0.001 } ] }""", ["voorschotten[0].bedrag"] },

        // A year the scheme does not cover, or none at all.
        { Settlements, """{ "regeling": "spuk-onderwijsroute-2023", "jaar": 2026, "aantallen": [] }""", ["jaar"] },
        { Advances, """{ "regeling": "spuk-onderwijsroute-2022", "jaar": 2024 }""", ["jaar"] },
        { Advances, """{ "regeling": "spuk-onderwijsroute-2023" }""", ["jaar"] },
        { Advances, """{ "regeling": "spuk-onderwijsroute-2023", "jaar": 2024.5 }""", ["jaar"] },

        // What only the domain can know (defence in depth): a peildatum without figures, weights for a gemeenten scheme.
        { Advances, """{ "regeling": "spuk-onderwijsroute-2023", "jaar": 2024, "peildatumInwoners": "2024-06-30" }""", ["peildatumInwoners"] },
        { Advances, """{ "regeling": "spuk-onderwijsroute-2023", "jaar": 2024, "gewichten": [ { "arbeidsmarktregioCode": "AM18", "gewicht": 1 } ] }""", ["gewichten"] },

        // Malformed JSON, a wrong shape or an unknown field.
        { Advances, """{ "regeling": "spuk-onderwijsroute-2023", "jaar": 20x24 }""", ["jaar"] },
        { Advances, "geen json", ["body"] },
        { Advances, "[]", ["body"] },
        { Advances, "null", ["body"] },
        { Advances, """{ "regeling": "spuk-onderwijsroute-2023", "jaar": 2024, "peildatumInwoners": "1-1-2024" }""", ["peildatumInwoners"] },
        { Settlements, """{ "regeling": "spuk-onderwijsroute-2023", "jaar": 2024, "aantalen": [] }""", ["aantalen"] },

        // Every field error at once.
        {
            Settlements,
            """{ "regeling": "spuk-onderwijsroute-2023", "jaar": 2030, "budget": -1, "aantallen": [ { "gemeenteCode": "GM0363", "aantal": -1 }, { "gemeenteCode": "GM0363", "aantal": 1.5 }, { "gemeenteCode": "GM9999", "aantal": 2 } ] }""",
            ["jaar", "budget", "aantallen[0].aantal", "aantallen[1].gemeenteCode", "aantallen[1].aantal", "aantallen[2].gemeenteCode"]
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Post_BadInput_Is400ProblemNamingTheField(string path, string body, string[] fields)
    {
        var response = await _client.PostAsync(path, HttpAssertions.Json(body));

        await response.AssertInvalidAsync(fields);
    }

    /// <summary>
    /// The shape messages of request lists and CBS codes, word for word and in the order found: each is written once
    /// (Shape.Items, Shape.Municipality and Shape.Region share their rule), and every list and code field says the same.
    /// </summary>
    public static TheoryData<string, string, string[]> Messages => new()
    {
        {
            Advances,
            """{ "regeling": "spuk-onderwijsroute-2022", "jaar": 2023, "gewichten": [ null, { "arbeidsmarktregioCode": "AM1", "gewicht": 1 }, { "gewicht": 1 } ] }""",
            [
                "gewichten[0]: Een gewicht mag niet null zijn.",
                "gewichten[1].arbeidsmarktregioCode: 'AM1' is geen CBS-arbeidsmarktregiocode (AM gevolgd door twee cijfers).",
                "gewichten[2].arbeidsmarktregioCode: Verplicht: de arbeidsmarktregiocode.",
            ]
        },
        {
            Settlements,
            """{ "regeling": "spuk-onderwijsroute-2023", "jaar": 2024, "aantallen": [ null, { "gemeenteCode": " ", "aantal": 1 }, { "gemeenteCode": "Amsterdam", "aantal": 1 } ], "voorschotten": [ null ] }""",
            [
                "aantallen[0]: Een aantal mag niet null zijn.",
                "aantallen[1].gemeenteCode: Verplicht: de gemeentecode.",
                "aantallen[2].gemeenteCode: 'Amsterdam' is geen CBS-gemeentecode (GM gevolgd door vier cijfers).",
                "voorschotten[0]: Een voorschot mag niet null zijn.",
            ]
        },
        {
            "/v1/prognoseberekeningen",
            """{ "arbeidsmarktregioCode": "AMX", "vanJaar": 2024, "totEnMetJaar": 2025, "trajecten": [ null ], "starters": [ { "jaar": 2025, "niveau": "mbo4", "aantal": 1, "gemeenteCode": "0014" } ] }""",
            [
                "arbeidsmarktregioCode: 'AMX' is geen CBS-arbeidsmarktregiocode (AM gevolgd door twee cijfers).",
                "trajecten[0]: Een traject mag niet null zijn.",
                "starters[0].gemeenteCode: '0014' is geen CBS-gemeentecode (GM gevolgd door vier cijfers).",
            ]
        },
    };

    [Theory]
    [MemberData(nameof(Messages))]
    public async Task Post_ShapeErrorsOfListsAndCodes_SayTheirDutchMessage_InTheOrderFound(string path, string body, string[] expected)
    {
        var problem = await (await _client.PostAsync(path, HttpAssertions.Json(body))).AssertProblemAsync(HttpStatusCode.BadRequest);

        var found = problem.GetProperty("errors").EnumerateObject().SelectMany(f => f.Value.EnumerateArray().Select(m => $"{f.Name}: {m.GetString()}"));
        Assert.Equal(expected, found);
    }

    [Fact]
    public async Task Get_RegionCodeThatIsNone_SaysTheSameMessageAsABody()
    {
        var problem = await (await _client.GetAsync("/v1/arbeidsmarktregios/AM1")).AssertProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal("'AM1' is geen CBS-arbeidsmarktregiocode (AM gevolgd door twee cijfers).", problem.GetProperty("errors").GetProperty("code")[0].GetString());
    }

    [Theory]
    [InlineData(Advances)]
    [InlineData(Settlements)]
    public async Task Post_EmptyBody_Is400NamingTheBody(string path)
    {
        var response = await _client.PostAsync(path, new StringContent(string.Empty, Encoding.UTF8, "application/json"));

        await response.AssertInvalidAsync("body");
    }

    [Theory]
    [InlineData(Advances, "text/plain")]
    [InlineData(Settlements, "application/xml")]
    public async Task Post_WrongContentType_Is400NamingTheContentType(string path, string mediaType)
    {
        var response = await _client.PostAsync(path, new StringContent("""{ "regeling": "spuk-onderwijsroute-2023", "jaar": 2024 }""", Encoding.UTF8, mediaType));

        await response.AssertInvalidAsync("Content-Type");
    }

    [Fact]
    public async Task Post_ACharsetOtherThanUtf8_Is400NamingTheContentType()
    {
        var response = await _client.PostAsync(Advances, new StringContent("""{ "regeling": "spuk-onderwijsroute-2023", "jaar": 2024 }""", Encoding.Latin1, "application/json"));

        Assert.Equal("iso-8859-1", response.RequestMessage!.Content!.Headers.ContentType!.CharSet);
        await response.AssertInvalidAsync("Content-Type");
    }

    [Fact]
    public async Task Post_WithAUtf8ByteOrderMark_IsReadAsWithout()
    {
        var body = Encoding.UTF8.Preamble.ToArray().Concat("""{ "regeling": "spuk-onderwijsroute-2023", "jaar": 2024 }"""u8.ToArray()).ToArray();
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json") { CharSet = "UTF-8" };

        var response = await _client.PostAsync(Advances + "?opslaan=false", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2024, (await response.ReadJsonAsync()).GetProperty("jaar").GetInt32());
    }

    [Fact]
    public async Task Post_NoContentTypeAtAll_Is400NamingTheContentType()
    {
        var response = await _client.PostAsync(Advances, new ByteArrayContent("{}"u8.ToArray()));

        await response.AssertInvalidAsync("Content-Type");
    }

    [Fact]
    public async Task Post_BodyOverOneMebibyte_Is413Problem()
    {
        var padding = new string(' ', 1024 * 1024);
        var response = await _client.PostAsync(Settlements, HttpAssertions.Json("""{ "regeling": "spuk-onderwijsroute-2023", "jaar": 2024, "aantallen": [] """ + padding + "}"));

        await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Post_BadInput_StoresNothing()
    {
        await _client.PostAsync(Advances, HttpAssertions.Json("""{ "regeling": "spuk-onderwijsroute-2023", "jaar": 1999 }"""));

        var repository = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Persistence.ICalculationRepository>(factory.Services);
        var (_, total) = await repository.ListAsync(Persistence.CalculationKinds.Advance, 0, 1, CancellationToken.None);
        Assert.Equal(0, total);
    }
}
