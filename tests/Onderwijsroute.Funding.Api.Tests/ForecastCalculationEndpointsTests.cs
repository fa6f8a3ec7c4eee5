using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ClosedXML.Excel;
using CsvHelper;
using CsvHelper.Configuration;

namespace Onderwijsroute.Funding.Api.Tests;

public sealed class ForecastCalculationEndpointsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    /// <summary>The README's example: Groningen 2024-2029.</summary>
    internal const string Example = """
        { "gemeenteCode": "GM0014", "vanJaar": 2024, "totEnMetJaar": 2029,
          "trajecten": [ { "startdatum": "2024-10-01", "niveau": "mbo4", "contractvorm": "gecontracteerd", "prijs": 17000 },
                         { "startdatum": "2025-02-01", "niveau": "hbo-ntg", "contractvorm": "maatwerk" },
                         { "startdatum": "2025-09-01", "niveau": "mbo3", "geboortedatum": "2008-06-15" } ],
          "starters": [ { "jaar": 2026, "niveau": "mbo4", "aantal": 3 } ],
          "overbruggingskosten": [ { "jaar": 2024, "bedrag": 5000 } ],
          "landelijkAantal": [ { "jaar": 2024, "aantal": 1400 } ] }
        """;

    private readonly HttpClient _client = factory.CreateClient();

    private Task<HttpResponseMessage> Post(string body, string query = "") => _client.PostAsync("/v1/prognoseberekeningen" + query, HttpAssertions.Json(body));

    [Fact]
    public async Task Post_Example_GivesEveryYearWithItsGapAndExplanation()
    {
        var response = await Post(Example);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var body = await response.ReadJsonAsync();
        var years = body.GetProperty("jaren").EnumerateArray().ToArray();
        Assert.Equal([2024, 2025, 2026, 2027, 2028, 2029], years.Select(y => y.GetProperty("jaar").GetInt32()));
        var cumulative = 0m;
        foreach (var year in years)
        {
            var costs = year.GetProperty("kosten").EnumerateArray().Sum(c => c.GetProperty("bedrag").GetDecimal());
            var income = year.GetProperty("inkomsten").EnumerateArray().Sum(c => c.GetProperty("bedrag").GetDecimal());
            Assert.Equal(costs - income, year.GetProperty("tekort").GetDecimal());
            cumulative += costs - income;
            Assert.Equal(cumulative, year.GetProperty("cumulatiefTekort").GetDecimal());
            Assert.All(year.GetProperty("kosten").EnumerateArray(), c => Assert.True(c.GetProperty("toelichting").TryGetProperty("parameters", out _)));
        }

        var trajecten2024 = years[0].GetProperty("kosten").EnumerateArray().Single(c => c.GetProperty("post").GetString() == "trajecten");
        Assert.Equal(2833.35m, trajecten2024.GetProperty("bedrag").GetDecimal());
        Assert.Equal(5000m, years[0].GetProperty("kosten").EnumerateArray().Single(c => c.GetProperty("post").GetString() == "overbrugging").GetProperty("bedrag").GetDecimal());
        Assert.Equal(1400, years[0].GetProperty("verwachteVerrekening").GetProperty("landelijkAantal").GetInt64());
        Assert.Equal(JsonValueKind.Null, years[2].GetProperty("verwachteVerrekening").ValueKind);
        Assert.Equal([2024, 2025], body.GetProperty("gevoeligheid").EnumerateArray().Select(s => s.GetProperty("jaar").GetInt32()));
        Assert.Empty(body.GetProperty("toelichting").GetProperty("overschrijvingen").EnumerateArray());
        Assert.Empty(body.GetProperty("startpunt").EnumerateArray());
        Assert.Equal(12, years[0].GetProperty("kasPositie").GetProperty("maanden").GetArrayLength());
        Assert.True(years[0].GetProperty("verwachteVerrekening").GetProperty("bedragPerPersoon").GetDecimal() > 0);

        // The figures the README shows for this example.
        Assert.Equal([-7249.32m, 14385.7m, 3649.41m, 20727.59m, -17288m, 0m], years.Select(y => y.GetProperty("tekort").GetDecimal()));
        Assert.Equal(-201235m, years[0].GetProperty("verwachteVerrekening").GetProperty("verschil").GetDecimal());
    }

    [Fact]
    public async Task Post_RegionForecast_AddsTheCentrumgemeentesShareOfThe24Million()
    {
        var body = await (await Post("""{ "arbeidsmarktregioCode": "AM01", "vanJaar": 2022, "totEnMetJaar": 2023, "trajecten": [ { "startdatum": "2023-03-01", "niveau": "mbo2", "gemeenteCode": "GM0047" } ] }""")).ReadJsonAsync();

        Assert.Equal("AM01", body.GetProperty("arbeidsmarktregioCode").GetString());
        Assert.Equal(14, body.GetProperty("gemeenten").GetArrayLength());
        Assert.All(body.GetProperty("jaren").EnumerateArray(), y => Assert.True(y.GetProperty("inkomsten").EnumerateArray().Single(i => i.GetProperty("post").GetString() == "spuk-onderwijsroute-2022").GetProperty("bedrag").GetDecimal() > 0));
    }

    [Fact]
    public async Task Post_BadInput_ListsEveryFieldAtOnce()
    {
        var response = await Post("""{ "gemeenteCode": "GM0014", "vanJaar": 2021, "totEnMetJaar": 2031, "trajecten": [ { "startdatum": "2024-01-01", "niveau": "mbo5", "prijs": -1 } ], "aandeelGemeentefonds": 2 }""");

        await response.AssertInvalidAsync("vanJaar", "totEnMetJaar", "trajecten[0].niveau", "trajecten[0].prijs", "aandeelGemeentefonds");
    }

    [Theory]
    [InlineData("""{ "gemeenteCode": "GM0014", "vanJaar": 2024, "totEnMetJaar": 99999 }""", "totEnMetJaar")]
    [InlineData("""{ "gemeenteCode": "GM0014", "vanJaar": 99999, "totEnMetJaar": 2024, "aandeelGemeentefonds": 0.5, "landelijkAantal": [ { "jaar": 99999, "aantal": 5 } ] }""", "vanJaar,totEnMetJaar,landelijkAantal[0].jaar")]
    [InlineData("""{ "gemeenteCode": "GM0014", "vanJaar": 2024, "totEnMetJaar": 2025, "overschrijvingen": [ { "regeling": "prognose-aannames", "parameter": "trajectprijs", "jaar": 99999, "waarde": "1" } ] }""", "overschrijvingen[0].jaar")]
    public async Task Post_YearsOutsideTheCalendar_Are400NotA500(string body, string fields)
    {
        await (await Post(body)).AssertInvalidAsync(fields.Split(','));
    }

    /// <summary>
    /// Up to the last year the rules allow (2030), with persons housed in it who start the year after: they need no
    /// default price of that year, which the indexation does not have. Both answered a 500 before.
    /// </summary>
    [Theory]
    [InlineData("""{ "gemeenteCode": "GM0363", "vanJaar": 2022, "totEnMetJaar": 2030 }""")]
    [InlineData("""{ "gemeenteCode": "GM0363", "vanJaar": 2029, "totEnMetJaar": 2030, "starters": [ { "jaar": 2031, "niveau": "mbo4", "aantal": 3, "huisvestingsjaar": 2030 } ] }""")]
    public async Task Post_ToTheLastYear_WithStartsAfterIt_Is200AndSaysSo(string body)
    {
        var response = await Post(body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.ReadJsonAsync();
        Assert.Equal(2030, json.GetProperty("jaren").EnumerateArray().Last().GetProperty("jaar").GetInt32());
        Assert.Contains(json.GetProperty("toelichting").GetProperty("opmerkingen").EnumerateArray(), n => n.GetString()!.Contains("beginnen pas in 2031, na de prognose", StringComparison.Ordinal));
    }

    /// <summary>Every range of years the rules allow, from the starting point (no participants given), is answered.</summary>
    [Fact]
    public async Task EveryAllowedRange_FromTheStartingPoint_Is200()
    {
        var refused = new List<string>();
        for (var first = 2022; first <= 2030; first++)
        {
            for (var last = first; last <= 2030; last++)
            {
                using var response = await Post($$"""{ "gemeenteCode": "GM0014", "vanJaar": {{first}}, "totEnMetJaar": {{last}} }""");
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    refused.Add($"{first}-{last}: {(int)response.StatusCode}");
                }
            }
        }

        Assert.Empty(refused);
    }

    [Fact]
    public async Task StartsAfterTheForecast_CostNothingInIt()
    {
        const string Housed2030 = """{ "jaar": 2030, "niveau": "mbo4", "aantal": 2, "huisvestingsjaar": 2030 }""";
        var without = await (await Post($$"""{ "gemeenteCode": "GM0363", "vanJaar": 2029, "totEnMetJaar": 2030, "starters": [ {{Housed2030}} ] }""")).ReadJsonAsync();
        var with = await (await Post($$"""{ "gemeenteCode": "GM0363", "vanJaar": 2029, "totEnMetJaar": 2030, "starters": [ {{Housed2030}}, { "jaar": 2031, "niveau": "mbo4", "aantal": 3, "huisvestingsjaar": 2030 } ] }""")).ReadJsonAsync();

        static decimal TotalCost(JsonElement forecast) => forecast.GetProperty("jaren").EnumerateArray().Sum(y => y.GetProperty("totaalKosten").GetDecimal());
        Assert.True(TotalCost(without) > 0);
        Assert.Equal(TotalCost(without), TotalCost(with));
    }

    [Fact]
    public async Task Post_NeitherOrBothScopes_IsRefused()
    {
        await (await Post("""{ "vanJaar": 2024, "totEnMetJaar": 2025 }""")).AssertInvalidAsync("gemeenteCode");
        await (await Post("""{ "gemeenteCode": "GM0014", "arbeidsmarktregioCode": "AM01", "vanJaar": 2024, "totEnMetJaar": 2025 }""")).AssertInvalidAsync("gemeenteCode");
    }

    [Fact]
    public async Task Post_DomainRefusal_NamesTheField()
    {
        var response = await Post("""{ "gemeenteCode": "GM0014", "vanJaar": 2024, "totEnMetJaar": 2025, "trajecten": [ { "startdatum": "2021-06-01", "niveau": "mbo2" } ] }""");

        await response.AssertInvalidAsync("trajecten[0].startdatum");
    }

    [Fact]
    public async Task Assumptions_AreTheirOwnResource_NotARegeling()
    {
        var assumptions = await (await _client.GetAsync("/v1/prognose-aannames")).ReadJsonAsync();

        Assert.Equal("prognose-aannames", assumptions.GetProperty("id").GetString());
        var price = assumptions.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("naam").GetString() == "trajectprijs");
        Assert.Equal(17000m, price.GetProperty("waarden")[0].GetProperty("waarde").GetDecimal());
        Assert.Equal("aanname", price.GetProperty("waarden")[0].GetProperty("status").GetString());
        await (await _client.GetAsync("/v1/regelingen/prognose-aannames")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await _client.PostAsync("/v1/voorschotberekeningen", HttpAssertions.Json("""{ "regeling": "prognose-aannames", "jaar": 2024 }"""))).AssertInvalidAsync("regeling");
    }

    [Fact]
    public async Task Post_UnknownFormat_Is406()
    {
        await (await Post(Example, "?formaat=pdf")).AssertProblemAsync(HttpStatusCode.NotAcceptable);
    }

    [Fact]
    public async Task Csv_ParsesBackToTheSameNumbers()
    {
        var json = await (await Post(Example)).ReadJsonAsync();
        var response = await Post(Example, "?formaat=csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.False(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble), "RFC 4180 CSV carries no byte order mark.");
        var text = Encoding.UTF8.GetString(bytes);
        Assert.Contains("\r\nJaar,Soort,Post,Waarde,Code\r\n", text, StringComparison.Ordinal);
        Assert.Contains("\r\n2024,Kosten,Trajecten,2833.35,kosten.trajecten\r\n", text, StringComparison.Ordinal);
        AssertSameNumbers(json, ReadCsv(text, CultureInfo.InvariantCulture, ","));
    }

    [Fact]
    public async Task CsvForDutchExcel_UsesSemicolonDecimalCommaAndABom_AndParsesBackToTheSameNumbers()
    {
        var json = await (await Post(Example)).ReadJsonAsync();
        var bytes = await (await Post(Example, "?formaat=csv-excel")).Content.ReadAsByteArrayAsync();

        Assert.True(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble));
        var text = Encoding.UTF8.GetString(bytes.AsSpan(Encoding.UTF8.Preamble.Length));
        Assert.Contains("\r\nJaar;Soort;Post;Waarde;Code\r\n", text, StringComparison.Ordinal);
        Assert.Contains("2024;Kosten;Trajecten;2833,35;kosten.trajecten\r\n", text, StringComparison.Ordinal);
        var dutch = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        dutch.NumberFormat.NumberDecimalSeparator = ",";
        AssertSameNumbers(json, ReadCsv(text, dutch, ";"));
    }

    [Fact]
    public async Task AcceptTextCsv_GivesCsv()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/prognoseberekeningen") { Content = HttpAssertions.Json(Example) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));

        var response = await _client.SendAsync(request);

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Xlsx_OpensWithClosedXmlAndHoldsTheNumbersAsEuros()
    {
        var json = await (await Post(Example)).ReadJsonAsync();
        var labels = ReadCsvRows(await (await Post(Example, "?formaat=csv")).Content.ReadAsStringAsync(), CultureInfo.InvariantCulture, ",");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/prognoseberekeningen") { Content = HttpAssertions.Json(Example) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        var response = await _client.SendAsync(request);

        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        using var workbook = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        Assert.Equal(["Over dit bestand", "Resultaat", "Kosten", "Inkomsten", "Verrekening", "Kaspositie", "Gevoeligheid"], workbook.Worksheets.Select(w => w.Name));
        Assert.StartsWith("Prognose van gemeente GM0014", workbook.Worksheet("Over dit bestand").Cell(1, 2).GetString(), StringComparison.Ordinal);
        AssertSameNumbers(json, ReadWorkbook(workbook, labels));
        var tekort2024 = workbook.Worksheet("Resultaat").Cell(2, 2);
        Assert.Equal(XLDataType.Number, tekort2024.DataType);
        Assert.Contains("€", tekort2024.Style.NumberFormat.Format, StringComparison.Ordinal);
    }

    /// <summary>Every figure of the JSON appears with the same value among the exported rows, and nothing else does.</summary>
    internal static void AssertSameNumbers(JsonElement forecast, Dictionary<(int, string, string), decimal?> exported)
    {
        var expected = new Dictionary<(int, string, string), decimal?>();
        foreach (var year in forecast.GetProperty("jaren").EnumerateArray())
        {
            var y = year.GetProperty("jaar").GetInt32();
            foreach (var c in year.GetProperty("kosten").EnumerateArray())
            {
                expected[(y, "kosten", c.GetProperty("post").GetString()!)] = c.GetProperty("bedrag").GetDecimal();
            }

            foreach (var i in year.GetProperty("inkomsten").EnumerateArray())
            {
                expected[(y, "inkomsten", i.GetProperty("post").GetString()!)] = i.GetProperty("bedrag").GetDecimal();
            }

            expected[(y, "kosten", "totaal")] = year.GetProperty("totaalKosten").GetDecimal();
            expected[(y, "inkomsten", "totaal")] = year.GetProperty("totaalInkomsten").GetDecimal();
            expected[(y, "resultaat", "tekort")] = year.GetProperty("tekort").GetDecimal();
            expected[(y, "resultaat", "cumulatiefTekort")] = year.GetProperty("cumulatiefTekort").GetDecimal();
            expected[(y, "resultaat", "dekkingsgraad")] = year.GetProperty("dekkingsgraad").ValueKind == JsonValueKind.Null ? null : year.GetProperty("dekkingsgraad").GetDecimal();
            expected[(y, "resultaat", "voorgefinancierd")] = year.GetProperty("voorgefinancierd").GetProperty("bedrag").GetDecimal();
            expected[(y, "kaspositie", "laagste")] = year.GetProperty("kasPositie").GetProperty("laagste").GetDecimal();
            expected[(y, "kaspositie", "eind")] = year.GetProperty("kasPositie").GetProperty("eind").GetDecimal();
            if (year.GetProperty("verwachteVerrekening") is { ValueKind: JsonValueKind.Object } s)
            {
                expected[(y, "verrekening", "verschil")] = s.GetProperty("verschil").GetDecimal();
            }
        }

        foreach (var (key, value) in expected)
        {
            Assert.True(exported.TryGetValue(key, out var actual), $"{key} is missing from the export");
            Assert.Equal(value, actual);
        }
    }

    /// <summary>A row of a forecast's CSV: the ids (from its Code column) and the labels a person reads.</summary>
    internal sealed record CsvRow(int Year, string View, string Item, string ViewLabel, string ItemLabel, decimal? Value);

    internal static Dictionary<(int, string, string), decimal?> ReadCsv(string text, CultureInfo culture, string delimiter) =>
        ReadCsvRows(text, culture, delimiter).ToDictionary(r => (r.Year, r.View, r.Item), r => r.Value);

    /// <summary>The rows of the table after the block of what the export is.</summary>
    internal static IReadOnlyList<CsvRow> ReadCsvRows(string text, CultureInfo culture, string delimiter)
    {
        Assert.StartsWith("Inhoud" + delimiter, text, StringComparison.Ordinal);
        Assert.Contains("Prognose van gemeente", text.Split("\r\n")[0], StringComparison.Ordinal);
        var header = text.IndexOf($"\r\nJaar{delimiter}Soort{delimiter}Post{delimiter}Waarde{delimiter}Code\r\n", StringComparison.Ordinal);
        Assert.True(header > 0, "The table follows the block of what the export is.");
        using var csv = new CsvReader(new StringReader(text[(header + 2)..]), new CsvConfiguration(culture) { Delimiter = delimiter });
        var rows = new List<CsvRow>();
        csv.Read();
        csv.ReadHeader();
        while (csv.Read())
        {
            var code = csv.GetField("Code")!;
            var dot = code.IndexOf('.', StringComparison.Ordinal);
            rows.Add(new CsvRow(csv.GetField<int>("Jaar"), code[..dot], code[(dot + 1)..], csv.GetField("Soort")!, csv.GetField("Post")!, csv.GetField<decimal?>("Waarde")));
        }

        return rows;
    }

    /// <summary>Every figure of the view sheets, its column found by the label the CSV gives the same item.</summary>
    internal static Dictionary<(int, string, string), decimal?> ReadWorkbook(XLWorkbook workbook, IReadOnlyList<CsvRow> labels)
    {
        var ids = labels.DistinctBy(r => (r.ViewLabel, r.ItemLabel)).ToDictionary(r => (r.ViewLabel, r.ItemLabel), r => (r.View, r.Item));
        var rows = new Dictionary<(int, string, string), decimal?>();
        foreach (var sheet in ids.Keys.Select(k => k.ViewLabel).Distinct(StringComparer.Ordinal))
        {
            var ws = workbook.Worksheet(sheet);
            Assert.Equal("Jaar", ws.Cell(1, 1).GetString());
            var lastColumn = ws.LastColumnUsed()?.ColumnNumber() ?? 1;
            var lastRow = ws.LastRowUsed()?.RowNumber() ?? 1;
            for (var r = 2; r <= lastRow; r++)
            {
                for (var c = 2; c <= lastColumn; c++)
                {
                    var cell = ws.Cell(r, c);
                    var (view, item) = ids[(sheet, ws.Cell(1, c).GetString())];
                    rows[((int)ws.Cell(r, 1).GetValue<decimal>(), view, item)] = cell.IsEmpty() ? null : cell.GetValue<decimal>();
                }
            }
        }

        return rows;
    }

    [Fact]
    public async Task GetStartpunt_GivesTheGemeentesPartOfTheProjection_ThatAForecastWithoutParticipantsUses()
    {
        var response = await _client.GetAsync("/v1/gemeenten/GM0014/startpunt");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("public, max-age=3600", response.Headers.CacheControl?.ToString());
        var point = await response.ReadJsonAsync();
        Assert.Equal(("GM0014", "centraal"), (point.GetProperty("gemeenteCode").GetString(), point.GetProperty("projectievariant").GetString()));
        var years = point.GetProperty("jaren").EnumerateArray().ToArray();
        Assert.Equal(Enumerable.Range(2022, 9), years.Select(y => y.GetProperty("huisvestingsjaar").GetInt32()));
        Assert.All(years, y => Assert.Equal(y.GetProperty("gehuisvest").GetInt64(), y.GetProperty("startInJaar").GetInt64() + y.GetProperty("startVolgendJaar").GetInt64()));
        Assert.Contains(point.GetProperty("toelichting").GetProperty("parameters").EnumerateArray(), p => p.GetProperty("naam").GetString() == "instroom-onderwijsroute-centraal");

        // Pasting its starters (housed in the forecast's years) into a forecast gives what a forecast without participants gives.
        var starters = point.GetProperty("starters").EnumerateArray().Where(s => s.GetProperty("huisvestingsjaar").GetInt32() <= 2029).Select(s => s.GetRawText());
        var given = await (await Post($$"""{ "gemeenteCode": "GM0014", "vanJaar": 2024, "totEnMetJaar": 2029, "starters": [ {{string.Join(",", starters)}} ] }""")).ReadJsonAsync();
        var implicitStart = await (await Post("""{ "gemeenteCode": "GM0014", "vanJaar": 2024, "totEnMetJaar": 2029 }""")).ReadJsonAsync();
        Assert.Equal(
            given.GetProperty("jaren").EnumerateArray().Select(y => y.GetProperty("tekort").GetDecimal()),
            implicitStart.GetProperty("jaren").EnumerateArray().Select(y => y.GetProperty("tekort").GetDecimal()));
        Assert.Equal(point.GetProperty("jaren")[0].GetRawText(), implicitStart.GetProperty("startpunt")[0].GetProperty("jaren")[0].GetRawText());
        Assert.True(implicitStart.GetProperty("tussenDeRegelingen").GetInt64() > 0);
    }

    [Theory]
    [InlineData("/v1/gemeenten/GM14/startpunt", HttpStatusCode.BadRequest)]
    [InlineData("/v1/gemeenten/GM9999/startpunt", HttpStatusCode.NotFound)]
    public async Task GetStartpunt_ForAMalformedOrUnknownCode_IsAProblem(string path, HttpStatusCode status)
    {
        var response = await _client.GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Post_TrajectFrom2026WithoutHousingYear_Is400NamingTheField()
    {
        var response = await Post("""{ "gemeenteCode": "GM0014", "vanJaar": 2026, "totEnMetJaar": 2027, "trajecten": [ { "startdatum": "2026-09-01", "niveau": "mbo2" } ] }""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadJsonAsync();
        Assert.Equal(["trajecten[0].huisvestingsjaar"], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name));
    }
}
