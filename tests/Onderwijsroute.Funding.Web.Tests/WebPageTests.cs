using System.Text.Json;
using Microsoft.Playwright;

namespace Onderwijsroute.Funding.Web.Tests;

/// <summary>The three views of the page in headless chromium, on the real service: what a newcomer sees at <c>/</c>.</summary>
public sealed class WebPageTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private const float Timeout = 60_000;

    [BrowserFact]
    public async Task Kaart_RendersEveryGemeenteAndEveryRegionPerLevel()
    {
        var page = await OpenAsync(string.Empty, "kaart");

        Assert.Equal(342, await page.Locator("#kaart-gemeenten a[data-code] path").CountAsync());
        var fills = await page.Locator("#kaart-gemeenten path.gemeente").EvaluateAllAsync<string[]>("paths => paths.map(p => p.getAttribute('fill'))");
        Assert.All(fills, fill => Assert.Matches("^#[0-9a-f]{6}$", fill));
        Assert.True(fills.Distinct().Count() >= 4, "the map shows at least four colour classes");
        Assert.Equal(3 * 35, await page.Locator("#aanbod-kaarten svg path[data-regio]").CountAsync());
        Assert.Equal(342, await page.Locator("#kaart-tabel tbody tr").CountAsync());
        await Assert.ThatAsync(page.Locator("#kaart-uitleg"), "voorschotten 2024");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("kaart.png"), FullPage = true });
    }

    [BrowserFact]
    public async Task Kaart_FocusingAmsterdamShowsItsFiguresAndEnterOpensIt()
    {
        var page = await OpenAsync(string.Empty, "kaart");
        var amsterdam = page.Locator("#kaart-gemeenten a[data-code='GM0363']");

        await amsterdam.FocusAsync();

        var details = page.Locator("#kaart-details");
        await Assert.ThatAsync(details, "Amsterdam (GM0363)");
        var text = await details.InnerTextAsync();
        Assert.Matches(@"Voorschot\s+€\s?[\d.]+", text);
        Assert.Contains("per inwoner", text, StringComparison.Ordinal);
        Assert.StartsWith("Amsterdam: voorschot €", await amsterdam.GetAttributeAsync("aria-label"), StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("kaart-amsterdam.png") });

        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync("body[data-view='gemeente'][data-klaar='ja']", new() { Timeout = Timeout });
        Assert.EndsWith("#gemeente/GM0363", page.Url, StringComparison.Ordinal);
        await Assert.ThatAsync(page.Locator("#gemeente-titel"), "Prognose van Amsterdam (GM0363)");
    }

    [BrowserFact]
    public async Task Kaart_ChoosingTheSettlementColoursByTheDifference()
    {
        var page = await OpenAsync(string.Empty, "kaart");

        await page.SelectOptionAsync("#kaart-berekening", "vaststelling:2024");
        await Assert.ThatAsync(page.Locator("#kaart-uitleg"), "Verschil (vastgesteld − voorschot) per inwoner: vaststelling 2024");
        await page.Locator("#kaart-gemeenten a[data-code='GM0014']").FocusAsync();
        await Assert.ThatAsync(page.Locator("#kaart-details"), "Vastgesteld bedrag");
    }

    [BrowserFact]
    public async Task Kaart_ColoursByAReadyScenariosGapInTheChosenYear()
    {
        var page = await OpenAsync(string.Empty, "kaart");

        await page.SelectOptionAsync("#kaart-berekening", "scenario:plafond-15-miljoen");
        await page.SelectOptionAsync("#kaart-jaar", "2026");
        await Assert.ThatAsync(page.Locator("#kaart-uitleg"), "Tekort (kosten − inkomsten) per inwoner: doorrekening van scenario plafond-15-miljoen, 2026");
        await page.Locator("#kaart-gemeenten a[data-code='GM0363']").FocusAsync();
        await Assert.ThatAsync(page.Locator("#kaart-details"), "Tekort (kosten − inkomsten)");
    }

    [BrowserFact]
    public async Task Gemeente_ForecastChartShowsEveryYearWithTheTableBesideIt()
    {
        var page = await OpenAsync("#gemeente/GM0014", "gemeente");

        var labels = await page.EvaluateAsync<string[]>("() => Chart.getChart(document.getElementById('gemeente-grafiek')).data.labels");
        Assert.Equal(["2024", "2025", "2026", "2027", "2028", "2029"], labels);
        var datasets = await page.EvaluateAsync<string[]>("() => Chart.getChart(document.getElementById('gemeente-grafiek')).data.datasets.map(d => d.label)");
        Assert.Contains("Kosten", datasets);
        Assert.Contains("Tekort", datasets);
        Assert.Contains("Cumulatief tekort", datasets);
        Assert.Contains(datasets, d => d.StartsWith("Inkomsten: SPUK regulier", StringComparison.Ordinal));
        Assert.Equal(6, await page.Locator("#gemeente-tabel tbody tr").CountAsync());

        // Groningen's starting point (its part of the national projection, prefilled as starters): a gap of 74,409.93 in
        // 2027, rounded to euros; the same as the forecast without participants (ForecastCalculationEndpointsTests).
        var row2027 = await page.Locator("#gemeente-tabel tbody tr", new() { HasText = "2027" }).InnerTextAsync();
        Assert.Contains("74.410", row2027, StringComparison.Ordinal);
        Assert.NotEqual(string.Empty, await page.InputValueAsync("#gemeente-starters tbody tr [name=huisvestingsjaar]  >> nth=0"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("gemeente.png"), FullPage = true });
    }

    [BrowserFact]
    public async Task Gemeente_DownloadsTheForecastAsCsv()
    {
        var page = await OpenAsync("#gemeente/GM0014", "gemeente");

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync(".downloads button[data-formaat='csv']"));

        Assert.Equal("prognose-GM0014.csv", download.SuggestedFilename);
        var path = await download.PathAsync();
        var lines = File.ReadLines(path).ToArray();
        Assert.StartsWith("Inhoud,", lines[0], StringComparison.Ordinal);
        Assert.Contains("Jaar,Soort,Post,Waarde,Code", lines);
    }

    [BrowserFact]
    public async Task Scenarios_ComparisonShowsEachRunWithABandAndTheGemeentenWithAGap()
    {
        var page = await app.NewPageAsync();
        var posts = new List<string>();
        page.Request += (_, request) =>
        {
            if (request.Method != "GET")
            {
                posts.Add($"{request.Method} {request.Url}");
            }
        };
        await page.GotoAsync("/#scenarios");
        await page.WaitForSelectorAsync("body[data-view='scenarios'][data-klaar='ja']", new() { Timeout = Timeout });

        // The ready scenarios come from the read-only page data: no key needed, no run stored.
        Assert.Empty(posts);
        string[] ready = ["vastgesteld-beleid", "geen-extra-financiering", "plafond-15-miljoen", "garantieprijs-per-niveau"];
        var labels = await page.EvaluateAsync<string[]>("() => Chart.getChart(document.getElementById('scenarios-grafiek')).data.datasets.map(d => d.label)");
        foreach (var run in ready)
        {
            Assert.Contains(run, labels);
            Assert.Contains($"P5–P95 {run}", labels);
            Assert.Contains($"P50 {run}", labels);
        }

        var band = await page.EvaluateAsync<JsonElement>(
            "() => { const c = Chart.getChart(document.getElementById('scenarios-grafiek')); const d = c.data.datasets; " +
            "const p5 = d.find(x => x.label === 'P5 plafond-15-miljoen').data, p95 = d.find(x => x.label === 'P5–P95 plafond-15-miljoen').data; " +
            "return p5.map((v, i) => p95[i] - v); }");
        Assert.Contains(band.EnumerateArray(), width => width.GetDouble() > 0);

        var header = await page.Locator("#scenarios-tabel thead th").AllInnerTextsAsync();
        Assert.Equal(["Jaar", .. ready], header);
        Assert.Equal(9, await page.Locator("#scenarios-tabel tbody tr").CountAsync());
        var gapLabels = await page.EvaluateAsync<string[]>("() => Chart.getChart(document.getElementById('tekort-grafiek')).data.datasets.map(d => d.label)");
        Assert.Equal(ready, gapLabels);
        Assert.Equal(9, await page.Locator("#tekort-tabel tbody tr").CountAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("scenarios.png"), FullPage = true });
    }

    [BrowserTheory]
    [InlineData("", "kaart")]
    [InlineData("#gemeente/GM0014", "gemeente")]
    [InlineData("#scenarios", "scenarios")]
    [InlineData("#gemeente/GM9999", "gemeente")]
    public async Task EveryView_HasNoSeriousAccessibilityViolationsAndNoConsoleErrors(string fragment, string view)
    {
        var errors = new List<string>();
        var page = await OpenAsync(fragment, view, errors);

        // Open the collapsed tables so axe checks them too.
        await page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");
        var serious = await page.SeriousAxeViolationsAsync();

        Assert.True(serious.Count == 0, $"axe: {string.Join(Environment.NewLine, serious)}");
        Assert.True(errors.Count == 0, $"console: {string.Join(Environment.NewLine, errors)}");
    }

    private async Task<IPage> OpenAsync(string fragment, string view, List<string>? errors = null)
    {
        var page = await app.NewPageAsync();
        if (errors is not null)
        {
            page.Console += (_, message) =>
            {
                if (message.Type == "error")
                {
                    errors.Add(message.Text);
                }
            };
            page.PageError += (_, error) => errors.Add(error);
            page.Response += (_, response) =>
            {
                if (response.Status >= 400)
                {
                    errors.Add($"{response.Status} {response.Url}");
                }
            };
        }

        await page.GotoAsync("/" + fragment);
        await page.WaitForSelectorAsync($"body[data-view='{view}'][data-klaar='ja']", new() { Timeout = Timeout });
        return page;
    }

    private static string Screenshot(string name) => Path.Combine(WebAppFixture.ScreenshotFolder, name);
}
