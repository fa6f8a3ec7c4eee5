namespace Onderwijsroute.Funding.Web.Tests;

/// <summary>A phone of 390 CSS pixels: every view fits without sideways scrolling and its charts fit the screen.</summary>
public sealed class NarrowScreenTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [BrowserTheory]
    [InlineData("", "kaart")]
    [InlineData("#gemeente/GM0344", "gemeente")]
    [InlineData("#scenarios", "scenarios")]
    public async Task At390Pixels_NothingScrollsSideways_AndChartsFit(string fragment, string view)
    {
        var page = await app.OpenAsync(fragment, view, width: 390);
        await page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");

        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.body.scrollWidth, window.innerWidth]");
        var wide = await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5 && !e.closest('.tabel-scroll') && e.getClientRects().length)" +
            ".slice(0, 8).map(e => `${e.tagName.toLowerCase()}#${e.id}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`)");
        Assert.True(widths[0] <= widths[2] && widths[1] <= widths[2], $"scrollWidth {widths[0]}/{widths[1]} > {widths[2]}: {string.Join(", ", wide)}");
        var canvases = await page.EvaluateAsync<double[]>("() => [...document.querySelectorAll('section:not([hidden]) canvas')].map(c => c.getBoundingClientRect().right)");
        Assert.All(canvases, right => Assert.True(right <= 390, $"a chart ends at {right} px"));
        await page.ScreenshotAsync(new() { Path = PageSession.Screenshot($"smal-{view}.png"), FullPage = true });
    }
}
