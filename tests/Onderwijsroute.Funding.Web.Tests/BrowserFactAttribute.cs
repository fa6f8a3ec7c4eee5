namespace Onderwijsroute.Funding.Web.Tests;

/// <summary>
/// A test that needs the Debian chromium (<c>/usr/bin/chromium</c>). Without it the test is skipped, so <c>dotnet test</c>
/// stays green on a machine without a browser; with <c>REQUIRE_BROWSER=1</c> (set by <c>.ci/run</c>) it runs anyway and
/// fails, so CI can never pass with the browser tests skipped.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    /// <summary>The browser the tests drive; Playwright downloads none.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    public BrowserFactAttribute()
    {
        if (!File.Exists(ChromiumPath) && Environment.GetEnvironmentVariable("REQUIRE_BROWSER") != "1")
        {
            Skip = $"{ChromiumPath} ontbreekt (apt-get install chromium); zet REQUIRE_BROWSER=1 om dit een fout te maken.";
        }
    }
}

/// <summary>The theory form of <see cref="BrowserFactAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute()
    {
        if (!File.Exists(BrowserFactAttribute.ChromiumPath) && Environment.GetEnvironmentVariable("REQUIRE_BROWSER") != "1")
        {
            Skip = $"{BrowserFactAttribute.ChromiumPath} ontbreekt (apt-get install chromium); zet REQUIRE_BROWSER=1 om dit een fout te maken.";
        }
    }
}
