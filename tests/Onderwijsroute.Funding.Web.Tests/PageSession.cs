using System.Text.Json;
using Microsoft.Playwright;

namespace Onderwijsroute.Funding.Web.Tests;

/// <summary>Opening a view and waiting until it is drawn, as every browser test does; and where screenshots go.</summary>
internal static class PageSession
{
    public const float Timeout = 60_000;

    /// <summary>Opens <c>/{fragment}</c> in a new page and waits until the view says it is ready.</summary>
    public static async Task<IPage> OpenAsync(this WebAppFixture app, string fragment, string view, int width = 1400)
    {
        var page = await app.NewPageAsync(width);
        await page.GotoAsync("/" + fragment);
        await page.WaitForSelectorAsync($"body[data-view='{view}'][data-klaar='ja']", new() { Timeout = Timeout });
        return page;
    }

    /// <summary>Opens the page, enters a key as a user would, then opens the view (which reads the key when it starts).</summary>
    public static async Task<IPage> OpenWithKeyAsync(this WebAppFixture app, string key, string fragment, string view)
    {
        var page = await app.OpenAsync("#kaart", "kaart");
        await page.UseKeyAsync(key);
        await page.GotoAsync("/" + fragment);
        await page.WaitForSelectorAsync($"body[data-view='{view}'][data-klaar='ja']", new() { Timeout = Timeout });
        return page;
    }

    /// <summary>Puts an API key into the page as a user would (the field at the bottom).</summary>
    public static async Task UseKeyAsync(this IPage page, string key)
    {
        await page.EvaluateAsync("() => document.querySelector('footer details').open = true");
        await page.FillAsync("#api-sleutel", key);
        await page.DispatchEventAsync("#api-sleutel", "change");
    }

    /// <summary>The serious and critical axe violations of the page as it is now (WCAG 2.1 A/AA and best practice).</summary>
    public static async Task<List<string>> SeriousAxeViolationsAsync(this IPage page)
    {
        await page.EvaluateAsync(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "axe", "axe.min.js")));
        var result = await page.EvaluateAsync<JsonElement>(
            "async () => { const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } }); " +
            "return r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ')) })); }");
        return result.EnumerateArray()
            .Where(v => v.GetProperty("impact").GetString() is "serious" or "critical")
            .Select(v => v.ToString())
            .ToList();
    }

    public static string Screenshot(string name) => Path.Combine(WebAppFixture.ScreenshotFolder, name);
}
