using System.Net;
using System.Net.Http.Headers;
using System.Text;
using ClosedXML.Excel;

namespace Onderwijsroute.Funding.Api.Tests;

/// <summary>Exports of everything an analyst looks at (docs/api.md, "Exports"): runs, comparisons and analyses as CSV, csv-excel and xlsx, each saying first what it is; every unsupported format 406.</summary>
public sealed class ResultExportsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static async Task<string> RunAsync(HttpClient client, string scenario)
    {
        var response = await client.PostAsync($"/v1/scenarios/{scenario}/doorrekeningen", null);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    [Fact]
    public async Task ARun_AsCsvForDutchExcel_SaysWhatItIs_ThenHasReadableHeadersAndDecimalCommas()
    {
        var client = factory.CreateClient("ministerie");
        var run = await RunAsync(client, "vastgesteld-beleid");

        var response = await client.GetAsync(run + "?formaat=csv-excel");

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.True(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble));
        var text = Encoding.UTF8.GetString(bytes.AsSpan(Encoding.UTF8.Preamble.Length));
        Assert.StartsWith("Inhoud;", text, StringComparison.Ordinal);
        foreach (var label in new[] { "\r\nScenario;vastgesteld-beleid", "\r\nParameterversie;", "\r\nRekenmodel;", "\r\nBerekend op;", "\r\nInvoer;", "\r\nKengetal;Eenheid;2022;" })
        {
            Assert.Contains(label, text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("cumulatiefTekort", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARun_AsXlsx_HasTheBlockOfWhatItIsAsItsFirstSheet()
    {
        var client = factory.CreateClient("ministerie");
        var run = await RunAsync(client, "geen-extra-financiering");
        using var request = new HttpRequestMessage(HttpMethod.Get, run);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(Xlsx));

        var response = await client.SendAsync(request);

        Assert.Equal(Xlsx, response.Content.Headers.ContentType?.MediaType);
        using var workbook = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        var about = workbook.Worksheets.First();
        Assert.Equal("Over dit bestand", about.Name);
        Assert.Equal("Inhoud", about.Cell(1, 1).GetString());
        Assert.Contains(workbook.Worksheets, w => w.Name == "Landelijke kengetallen");
    }

    [Fact]
    public async Task AComparison_IsExportedWithEachFigurePerRun()
    {
        var client = factory.CreateClient("ministerie");
        var first = (await RunAsync(client, "vastgesteld-beleid")).Split('/')[^1];
        var second = (await RunAsync(client, "plafond-15-miljoen")).Split('/')[^1];
        var created = await client.PostAsync("/v1/vergelijkingen", HttpAssertions.Json($$"""{ "doorrekeningen": [ "{{first}}", "{{second}}" ] }"""));

        var csv = await client.GetStringAsync(created.Headers.Location + "?formaat=csv");
        using var workbook = new XLWorkbook(await (await client.GetAsync(created.Headers.Location + "?formaat=xlsx")).Content.ReadAsStreamAsync());

        Assert.StartsWith("Inhoud,", csv, StringComparison.Ordinal);
        Assert.Contains("\r\nJaar,Kengetal,Eenheid,", csv, StringComparison.Ordinal);
        Assert.Equal("Over dit bestand", workbook.Worksheets.First().Name);
    }

    [Fact]
    public async Task AnAnalysisResult_IsExportedWithItsBands()
    {
        var client = factory.CreateClient("ministerie");
        var started = await client.PostAsync("/v1/scenarios/vastgesteld-beleid/onzekerheidsanalyses", HttpAssertions.Json("""{ "trekkingen": 30, "seed": 9 }"""));
        var location = started.Headers.Location!.OriginalString;
        for (var attempt = 0; attempt < 600 && (await (await client.GetAsync(location)).ReadJsonAsync()).GetProperty("status").GetString() != "gereed"; attempt++)
        {
            await Task.Delay(100);
        }

        var csv = await client.GetStringAsync(location + "/resultaat?formaat=csv");

        Assert.StartsWith("Inhoud,", csv, StringComparison.Ordinal);
        Assert.Contains("\r\nJaar,Kengetal,Eenheid,P5,P50 (mediaan),P95\r\n", csv, StringComparison.Ordinal);
        Assert.Contains("\r\nJaar,Gemeentecode,Gemeente,Tekort P5,Tekort P50 (mediaan),Tekort P95\r\n", csv, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/v1/scenarios?formaat=csv", null)]
    [InlineData("/v1/gemeenten/GM0014", "application/pdf")]
    [InlineData("/v1/scenarios/vastgesteld-beleid?formaat=xlsx", null)]
    [InlineData("/v1/doorrekeningen?formaat=csv", null)]
    public async Task AnUnsupportedFormatOrAccept_Is406Everywhere(string path, string? accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (accept is not null)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        }

        var response = await factory.CreateClient("ministerie").SendAsync(request);

        await response.AssertProblemAsync(HttpStatusCode.NotAcceptable);
    }

    [Fact]
    public async Task ARunAskedForAsPdf_Is406()
    {
        var client = factory.CreateClient("ministerie");
        var run = await RunAsync(client, "vastgesteld-beleid");

        await (await client.GetAsync(run + "?formaat=pdf")).AssertProblemAsync(HttpStatusCode.NotAcceptable);
    }

    [Fact]
    public async Task AScenarioNamedLikeAFormula_IsExportedAsText()
    {
        var client = factory.CreateClient("ministerie");
        var created = await client.PostAsync("/v1/scenarios", HttpAssertions.Json(ScenariosEndpointsTests.SmallScenario("=1+2").ToJsonString()));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var run = await RunAsync(client, (await created.ReadJsonAsync()).GetProperty("id").GetString()!);

        var csv = await client.GetStringAsync(run + "?formaat=csv");

        Assert.Contains("\r\nScenario,'=1+2", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",=1+2", csv, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("+31 6 1234", "'+31 6 1234")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("\tx", "'\tx")]
    [InlineData("-5", "-5")]
    [InlineData("-1234.56", "-1234.56")]
    [InlineData("rekenvoorbeeld", "rekenvoorbeeld")]
    [InlineData("", "")]
    public void ATextThatASpreadsheetWouldRun_GetsALeadingApostrophe_ANumberDoesNot(string text, string written)
    {
        Assert.Equal(written, Onderwijsroute.Funding.Api.V1.Common.Export.ExportCsv.Guarded(text));
    }
}
