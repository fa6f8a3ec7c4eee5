using System.Text.Json;

namespace Onderwijsroute.Funding.Web.Tests;

/// <summary>The ministry workspace in chromium: the page data's bands with P50 and progress, a new scenario from another, compared and exported.</summary>
public sealed class ScenarioWorkspaceTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private const string RecordProgress =
        "() => { window.voortgang = []; new MutationObserver(() => window.voortgang.push(document.getElementById('voortgang-tekst').textContent))" +
        ".observe(document.getElementById('voortgang-tekst'), { childList: true, characterData: true, subtree: true }); }";

    [BrowserFact]
    public async Task ReadyScenarios_HaveBandsOfThePageDataDrawsWithTheirP50_AndASentenceOnWhyALineMayLieOutside()
    {
        var page = await app.OpenAsync("#scenarios", "scenarios");

        // The page takes the draws the service computed its bands with: 10,000 by default, fewer in these tests.
        Assert.Equal("300", await page.InputValueAsync("#scenarios-trekkingen"));
        await Assert.ThatAsync(page.Locator("#scenarios-uitleg"), "300 trekkingen");
        await Assert.ThatAsync(page.Locator("#voortgang-tekst"), "100%, klaar");
        var labels = await page.EvaluateAsync<string[]>("() => Chart.getChart(document.getElementById('scenarios-grafiek')).data.datasets.map(d => d.label)");
        Assert.Contains("P50 plafond-15-miljoen", labels);
        Assert.Contains("P5–P95 plafond-15-miljoen", labels);
        Assert.Contains("P50 €", await page.InnerTextAsync("#scenarios-tabel"), StringComparison.Ordinal);
        Assert.Contains("buiten haar band", await page.InnerTextAsync("#scenarios-band-uitleg"), StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = PageSession.Screenshot("scenarios-banden.png"), FullPage = true });
    }

    [BrowserFact]
    public async Task AScenarioMadeFromAnother_RunsWithTheChosenDraws_ShowsProgress_IsComparedAndExported()
    {
        var page = await app.OpenWithKeyAsync(app.MintKey("ministerie"), "#scenarios", "scenarios");
        await page.EvaluateAsync(RecordProgress);

        foreach (var ready in new[] { "vastgesteld-beleid", "garantieprijs-per-niveau" })
        {
            await page.UncheckAsync($"input[value='kant-en-klaar:{ready}']");
        }

        await page.SelectOptionAsync("#scenarios-trekkingen", "1000");
        await page.SelectOptionAsync("#nieuw-basis", "plafond-15-miljoen");
        await page.FillAsync("#nieuw-naam", "pot-25-miljoen");
        foreach (var year in new[] { 2026, 2027, 2028, 2029, 2030 })
        {
            await page.FillAsync($"#nieuw-budget-{year}", "25000000");
        }

        await page.FillAsync("#nieuw-garantieprijs", "19000");

        // The page writes an amount as a JSON number (API 1.1), not as the deprecated 1.0 string.
        var posted = await page.RunAndWaitForRequestAsync(
            () => page.ClickAsync("#nieuw-maak"),
            r => r.Method == "POST" && r.Url.EndsWith("/v1/scenarios", StringComparison.Ordinal));
        using (var body = JsonDocument.Parse(posted.PostData!))
        {
            var price = body.RootElement.GetProperty("overschrijvingen").EnumerateArray().Single(o => o.GetProperty("parameter").GetString() == "gegarandeerde-trajectprijs");
            Assert.Equal(JsonValueKind.Number, price.GetProperty("waarde").ValueKind);
            Assert.Equal(19000m, price.GetProperty("waarde").GetDecimal());
        }

        await page.WaitForFunctionAsync(
            "() => { const c = Chart.getChart(document.getElementById('scenarios-grafiek')); return c && c.data.datasets.some(d => d.label === 'P5–P95 pot-25-miljoen'); }",
            null, new() { Timeout = 120_000 });

        var header = await page.Locator("#scenarios-tabel thead th").AllInnerTextsAsync();
        Assert.Equal(["Jaar", "geen-extra-financiering", "plafond-15-miljoen", "pot-25-miljoen"], header);
        await Assert.ThatAsync(page.Locator("#scenarios-uitleg"), "1.000 trekkingen");
        var progress = await page.EvaluateAsync<string[]>("() => window.voortgang");
        Assert.Contains(progress, p => p.Contains("100%, klaar", StringComparison.Ordinal));
        Assert.Contains(progress, p => System.Text.RegularExpressions.Regex.IsMatch(p, @"Onzekerheidsanalyses: \d+%"));
        // The stored runs and analyses come from the API's lists, each with its files.
        var stored = await page.InnerTextAsync("#gemaakt-tabel");
        Assert.Contains("onzekerheidsanalyse", stored, StringComparison.Ordinal);
        Assert.Contains("pot-25-miljoen", stored, StringComparison.Ordinal);
        Assert.Contains("1.000", stored, StringComparison.Ordinal);
        var workbook = await page.RunAndWaitForDownloadAsync(() => page.Locator("#gemaakt-tabel button[aria-label='xlsx van doorrekening-pot-25-miljoen']").First.ClickAsync());
        Assert.Equal("doorrekening-pot-25-miljoen.xlsx", workbook.SuggestedFilename);
        var zip = await File.ReadAllBytesAsync((await workbook.PathAsync())!);
        Assert.Equal((byte)'P', zip[0]);
        Assert.Equal((byte)'K', zip[1]);

        // The bands of the larger pot differ from those of the €15M pot: the chart compares two computed scenarios.
        var spending = await page.EvaluateAsync<JsonElement>(
            "() => { const d = Chart.getChart(document.getElementById('scenarios-grafiek')).data.datasets; " +
            "return [d.find(x => x.label === 'plafond-15-miljoen').data[5], d.find(x => x.label === 'pot-25-miljoen').data[5]]; }");
        Assert.True(spending[1].GetDouble() > spending[0].GetDouble(), spending.ToString());
        await page.ScreenshotAsync(new() { Path = PageSession.Screenshot("scenarios-nieuw.png"), FullPage = true });

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#scenarios-download"));
        var lines = File.ReadAllLines(await download.PathAsync());
        Assert.Equal("scenario,kengetal,jaar,waarde,p5,p50,p95,trekkingen", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("pot-25-miljoen,uitgavenRijkTotaal,2027,", StringComparison.Ordinal) && l.EndsWith(",1000", StringComparison.Ordinal));
        Assert.Equal(1 + (3 * 9), lines.Length);
    }

    [BrowserFact]
    public async Task AnInvalidNewScenario_ShowsTheErrorBesideItsField()
    {
        var page = await app.OpenWithKeyAsync(app.MintKey("ministerie"), "#scenarios", "scenarios");

        await page.SelectOptionAsync("#nieuw-basis", "plafond-15-miljoen");
        await page.FillAsync("#nieuw-naam", "negatieve-pot");
        await page.FillAsync("#nieuw-budget-2027", "-5");
        await page.ClickAsync("#nieuw-maak");

        await page.WaitForSelectorAsync("#nieuw-budget-2027[aria-invalid='true']");
        Assert.Contains("budgetpot", await page.InnerTextAsync("#nieuw-budget-2027 + .veldfout"), StringComparison.Ordinal);
        var serious = await page.SeriousAxeViolationsAsync();
        Assert.True(serious.Count == 0, string.Join(Environment.NewLine, serious));
    }
}
