namespace Onderwijsroute.Funding.Web.Tests;

/// <summary>The map's scale and words: zero its own class, a surplus named so, the calculation's own inhabitants, region names.</summary>
public sealed class KaartTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [BrowserFact]
    public async Task AQuickSecondChoice_IsNotPaintedOverByTheSlowerFirst()
    {
        // The settlement's answer is held back a second, so it arrives after the advance chosen after it: it must not paint.
        var page = await app.OpenAsync(string.Empty, "kaart");
        await page.RouteAsync("**/v1/vaststellingsberekeningen*", async route =>
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
            await route.ContinueAsync();
        });

        var settlementAnswered = page.WaitForResponseAsync("**/v1/vaststellingsberekeningen*");
        await page.SelectOptionAsync("#kaart-berekening", "vaststelling:2024");
        await page.SelectOptionAsync("#kaart-berekening", "voorschot:2024");
        await Assert.ThatAsync(page.Locator("#kaart-uitleg"), "voorschotten 2024");
        await settlementAnswered;
        await page.WaitForTimeoutAsync(500);

        Assert.DoesNotContain("vaststelling", await page.Locator("#kaart-uitleg").InnerTextAsync(), StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task AGapOfExactlyZero_IsItsOwnClass_AndANegativeGapReadsOverschot()
    {
        var page = await app.OpenAsync(string.Empty, "kaart");

        await page.SelectOptionAsync("#kaart-berekening", "scenario:plafond-15-miljoen");
        await page.SelectOptionAsync("#kaart-jaar", "2027");
        await Assert.ThatAsync(page.Locator("#kaart-uitleg"), "plafond-15-miljoen, 2027");

        var zero = page.Locator("#kaart-legenda li[data-nul='ja']");
        Assert.Contains("precies € 0", await zero.InnerTextAsync(), StringComparison.Ordinal);
        var zeroColour = await zero.Locator(".staal").GetAttributeAsync("data-kleur");
        // Schiermonnikoog has no participants in 2027 (cost and income 0): painted in the zero class, not as a deficit.
        Assert.Equal(zeroColour, await page.Locator("#kaart-gemeenten a[data-code='GM0088'] path").GetAttributeAsync("fill"));
        var legend = await page.Locator("#kaart-legenda li").AllInnerTextsAsync();
        Assert.True(legend.Count >= 5, string.Join(" | ", legend));
        Assert.DoesNotContain(legend, item => item.Contains("€ 0 tot", StringComparison.Ordinal));
        Assert.Equal(legend.Count, legend.Distinct().Count());

        // Almere has a surplus in 2027.
        var almere = page.Locator("#kaart-gemeenten a[data-code='GM0034']");
        Assert.Contains("overschot €", await almere.GetAttributeAsync("aria-label"), StringComparison.Ordinal);
        await almere.FocusAsync();
        var details = await page.InnerTextAsync("#kaart-details");
        Assert.Contains("overschot €", details, StringComparison.Ordinal);
        Assert.DoesNotContain("€ -", details, StringComparison.Ordinal);
        Assert.Contains("Arbeidsmarktregio Flevoland (AM", details, StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = PageSession.Screenshot("kaart-nulklasse.png"), FullPage = false });
    }

    [BrowserFact]
    public async Task PerInhabitant_UsesTheInhabitantsTheAdvanceCalculationUsed()
    {
        var page = await app.OpenAsync(string.Empty, "kaart");

        await page.SelectOptionAsync("#kaart-berekening", "voorschot:2023");
        await Assert.ThatAsync(page.Locator("#kaart-uitleg"), "peildatum 2022-01-01");
        // The 2023 advances follow 1 January 2022 inhabitants: Groningen had 234,950 then (243,768 on 1 January 2024).
        var row = await page.Locator("#kaart-tabel tbody tr:has(td:text-is('GM0014'))").TextContentAsync() ?? string.Empty;
        Assert.Contains("234.950", row, StringComparison.Ordinal);
        Assert.Contains("Groningen (AM01)", row, StringComparison.Ordinal);
    }
}
