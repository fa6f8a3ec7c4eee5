namespace Onderwijsroute.Funding.Web.Tests;

/// <summary>Looking never writes: a tour of every view and every calculation the page offers stores no row anywhere.</summary>
public sealed class NoWritesTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [BrowserFact]
    public async Task ATourOfThePage_WritesNoRecord()
    {
        var before = await app.CountRowsAsync();

        var page = await app.OpenAsync(string.Empty, "kaart");
        // Each choice is waited for by its own words in the explanation, so a choice is seen painted before the next.
        foreach (var (calculation, words) in new[] { ("voorschot:2023", "voorschotten 2023"), ("voorschot:2025", "voorschotten 2025"), ("vaststelling:2024", "vaststelling 2024"), ("scenario:plafond-15-miljoen", "plafond-15-miljoen"), ("voorschot:2024", "voorschotten 2024") })
        {
            await page.SelectOptionAsync("#kaart-berekening", calculation);
            await Assert.ThatAsync(page.Locator("#kaart-uitleg"), words);
        }

        await Assert.ThatAsync(page.Locator("#kaart-uitleg"), "voorschotten 2024");
        await page.Locator("#kaart-gemeenten a[data-code='GM0344']").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync("body[data-view='gemeente'][data-klaar='ja']", new() { Timeout = PageSession.Timeout });
        await page.Locator("#gemeente-starters tbody tr [name=aantal] >> nth=0").FillAsync("9");
        await page.ClickAsync("#gemeente-bereken");
        await page.WaitForSelectorAsync("#gemeente-status:has-text('Berekend.')");
        await page.RunAndWaitForDownloadAsync(() => page.ClickAsync(".downloads button[data-formaat='xlsx']"));
        await page.GotoAsync("/#scenarios");
        await page.WaitForSelectorAsync("body[data-view='scenarios'][data-klaar='ja']", new() { Timeout = PageSession.Timeout });

        Assert.Equal(before, await app.CountRowsAsync());
    }
}
