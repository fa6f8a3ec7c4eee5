using System.Net.Http.Headers;
using System.Text;
using Microsoft.Playwright;

namespace Onderwijsroute.Funding.Web.Tests;

/// <summary>The gemeente workspace in chromium: its own form, its own figures, errors beside fields, stored forecasts.</summary>
public sealed class GemeenteWorkspaceTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private static async Task<string> RowAsync(IPage page, string table, string year) =>
        await page.Locator($"#{table} tbody tr:has(th:text-is('{year}'))").InnerTextAsync();

    private static async Task CalculateAsync(IPage page)
    {
        await page.ClickAsync("#gemeente-bereken");
        await page.WaitForFunctionAsync("() => ['Berekend.', ''].includes(document.getElementById('gemeente-status').textContent)", null, new() { Timeout = PageSession.Timeout });
    }

    [BrowserFact]
    public async Task TheFormChangesTheResult_AndTwoGemeentenDiffer()
    {
        var page = await app.OpenAsync("#gemeente/GM0014", "gemeente");
        var groningen = await RowAsync(page, "gemeente-tabel", "2027");
        Assert.Contains("startpunt van Groningen", await page.InnerTextAsync("#gemeente-herkomst"), StringComparison.Ordinal);
        Assert.True(await page.Locator("#gemeente-starters tbody tr").CountAsync() > 0, "the starting point fills the starters");

        await page.ClickAsync("#gemeente-traject-erbij");
        var row = page.Locator("#gemeente-trajecten tbody tr").Last;
        await row.Locator("[name=startdatum]").FillAsync("2026-09-01");
        await row.Locator("[name=niveau]").SelectOptionAsync("hbo-ntg");
        await row.Locator("[name=contractvorm]").SelectOptionAsync("maatwerk");
        await row.Locator("[name=prijs]").FillAsync("30000");
        await row.Locator("[name=huisvestingsjaar]").FillAsync("2026");
        await row.Locator("[data-actie=Kopieer]").ClickAsync();
        Assert.Equal(2, await page.Locator("#gemeente-trajecten tbody tr").CountAsync());
        Assert.Contains("Eigen invoer", await page.InnerTextAsync("#gemeente-herkomst"), StringComparison.Ordinal);
        Assert.True(await page.Locator("#gemeente-verouderd").IsVisibleAsync(), "a changed form marks the result as stale");
        await page.FillAsync("#overbrugging-2027", "12000");
        await CalculateAsync(page);

        await page.ScreenshotAsync(new() { Path = PageSession.Screenshot("gemeente-eigen-invoer.png"), FullPage = true });
        var own = await RowAsync(page, "gemeente-tabel", "2027");
        Assert.NotEqual(groningen, own);
        Assert.False(await page.Locator("#gemeente-verouderd").IsVisibleAsync());
        Assert.Contains("Overbrugging", await page.InnerTextAsync("#gemeente-tabel thead"), StringComparison.Ordinal);

        await page.SelectOptionAsync("#gemeente-kies", "GM0344");
        await page.WaitForSelectorAsync("#gemeente-titel:has-text('Utrecht')", new() { Timeout = PageSession.Timeout });
        await page.WaitForFunctionAsync("() => document.getElementById('gemeente-status').textContent === 'Berekend.'", null, new() { Timeout = PageSession.Timeout });
        Assert.NotEqual(groningen, await RowAsync(page, "gemeente-tabel", "2027"));
    }

    [BrowserFact]
    public async Task AdvanceSettlementCashPositionAndSensitivity_AreShownAndExplained()
    {
        var page = await app.OpenAsync("#gemeente/GM0344", "gemeente");

        await page.ScreenshotAsync(new() { Path = PageSession.Screenshot("gemeente.png"), FullPage = true });
        var settlement = await RowAsync(page, "verrekening-tabel", "2025");
        Assert.Matches(@"€\s?308\.685", settlement); // Utrecht's 2025 advance of the €35M scheme (1 January 2024 inhabitants)
        Assert.Contains("mei 2026", settlement, StringComparison.Ordinal);
        Assert.Matches("terugbetalen|nabetaling|geen", settlement);
        Assert.Matches(@"Laagste stand aan het einde van een maand: -?€\s?-?[\d.]+ eind \w+ \d{4}", await page.InnerTextAsync("#kas-samenvatting"));
        Assert.Equal(6, await page.Locator("#kas-tabel tbody tr").CountAsync());
        Assert.Contains("Tekort nul bij", await page.InnerTextAsync("#gevoeligheid-tabel thead"), StringComparison.Ordinal);

        await page.Locator("#verrekening-tabel tbody tr:has(th:text-is('2025'))").Locator("button.cijfer").Nth(1).ClickAsync();
        var explanation = await page.InnerTextAsync("#gemeente-toelichting");
        await page.ScreenshotAsync(new() { Path = PageSession.Screenshot("gemeente-verrekening-toelichting.png"), FullPage = true });
        Assert.Contains("verwacht definitief bedrag 2025", explanation, StringComparison.Ordinal);
        Assert.Contains("spuk-onderwijsroute-2023 / budget", explanation, StringComparison.Ordinal);
        Assert.Contains("bron:", explanation, StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task AnInputError_AppearsBesideItsField_AndTheOldResultIsRemoved()
    {
        var page = await app.OpenAsync("#gemeente/GM0014", "gemeente");
        var count = page.Locator("#gemeente-starters tbody tr").Nth(1).Locator("[name=aantal]");

        await count.FillAsync("-3");
        await CalculateAsync(page);

        var message = page.Locator("#gemeente-starters tbody tr").Nth(1).Locator(".veldfout");
        Assert.Contains("negatief", await message.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("true", await count.GetAttributeAsync("aria-invalid"));
        Assert.Contains(await message.GetAttributeAsync("id") ?? "-", await count.GetAttributeAsync("aria-describedby") ?? string.Empty, StringComparison.Ordinal);
        Assert.True(await count.EvaluateAsync<bool>("e => e === document.activeElement"), "the focus moves to the field");
        Assert.False(await page.Locator("#gemeente-resultaat").IsVisibleAsync(), "the stale result is removed");
        await page.ScreenshotAsync(new() { Path = PageSession.Screenshot("gemeente-fout-bij-veld.png") });
        var serious = await page.SeriousAxeViolationsAsync();
        Assert.True(serious.Count == 0, string.Join(Environment.NewLine, serious));

        await count.FillAsync("3");
        await CalculateAsync(page);
        Assert.Equal(0, await page.Locator(".veldfout").CountAsync());
        Assert.True(await page.Locator("#gemeente-resultaat").IsVisibleAsync());
    }

    [BrowserFact]
    public async Task AnUnknownCode_SaysSo()
    {
        var page = await app.OpenAsync("#gemeente/GM9999", "gemeente");

        Assert.Contains("Er is geen gemeente met code GM9999", await page.InnerTextAsync("#gemeente-onbekend"), StringComparison.Ordinal);
        Assert.False(await page.Locator("#gemeente-werkruimte").IsVisibleAsync());
        await page.ScreenshotAsync(new() { Path = PageSession.Screenshot("gemeente-onbekend.png") });
    }

    [BrowserFact]
    public async Task AStoredForecast_IsSavedConflictedAndRecomputed()
    {
        var key = app.MintKey("gemeente", "GM0014");
        var page = await app.OpenWithKeyAsync(key, "#gemeente/GM0014", "gemeente");
        await page.WaitForSelectorAsync("#opgeslagen-tabel tbody");

        await page.FillAsync("#opslaan-naam", "Plan A");
        await page.ClickAsync("#opslaan");
        await page.WaitForSelectorAsync("#opslaan-melding:has-text('versie 1')");
        Assert.Contains("Plan A", await page.InnerTextAsync("#opgeslagen-tabel"), StringComparison.Ordinal);

        await page.ClickAsync("#opgeslagen-tabel button:has-text('Open')");
        await page.WaitForSelectorAsync("#opslaan-melding:has-text('geopend')");
        Assert.Contains("Geopend", await page.InnerTextAsync("#gemeente-herkomst"), StringComparison.Ordinal);

        // Someone else replaces version 1 meanwhile.
        var href = await page.EvaluateAsync<string>("() => fetch('v1/gemeenten/GM0014/prognoses', { headers: { 'X-Api-Key': sessionStorage.getItem('onderwijsroute.apiSleutel') } }).then(r => r.json()).then(l => l.prognoses[0].href)");
        using (var client = new HttpClient { BaseAddress = app.BaseAddress })
        {
            var body = await page.EvaluateAsync<string>($"() => fetch('{href.TrimStart('/')}', {{ headers: {{ 'X-Api-Key': sessionStorage.getItem('onderwijsroute.apiSleutel') }} }}).then(r => r.json()).then(p => JSON.stringify({{ ...p.invoer, naam: 'Plan A (collega)' }}))");
            using var put = new HttpRequestMessage(HttpMethod.Put, href.TrimStart('/')) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            put.Headers.Add("X-Api-Key", key);
            put.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
            Assert.True((await client.SendAsync(put)).IsSuccessStatusCode);
        }

        await page.ClickAsync("#opslaan");
        await page.WaitForSelectorAsync("#opslaan-melding:has-text('Niet opgeslagen')");
        Assert.Contains("iemand anders", await page.InnerTextAsync("#opslaan-melding"), StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = PageSession.Screenshot("gemeente-conflict.png") });

        await page.ClickAsync("#opgeslagen-tabel button:has-text('Herbereken')");
        await page.WaitForSelectorAsync("#herberekening h4");
        Assert.Matches("parameters zijn (niet )?gewijzigd", await page.InnerTextAsync("#herberekening"));
    }
}
