namespace Onderwijsroute.Funding.Web.Tests;

/// <summary>
/// A test that needs the Debian chromium (<c>/usr/bin/chromium</c>). Without it the test is skipped, so <c>dotnet test</c>
/// stays green on a machine without a browser; with <c>REQUIRE_BROWSER=1</c> (set by <c>.ci/run</c>) it runs anyway and
/// fails, so CI can never pass with the browser tests skipped.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    /// <summary>The browser the tests drive (Debian's package; <c>CHROMIUM_PATH</c> may point elsewhere); Playwright downloads none.</summary>
    public static string ChromiumPath { get; } = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public BrowserFactAttribute()
    {
        Skip = SkipReason;
    }

    /// <summary>Why the browser tests are skipped here, or null when they run.</summary>
    public static string? SkipReason =>
        File.Exists(ChromiumPath) || Environment.GetEnvironmentVariable("REQUIRE_BROWSER") == "1"
            ? null
            : $"{ChromiumPath} ontbreekt (apt-get install chromium); zet REQUIRE_BROWSER=1 om dit een fout te maken.";
}

/// <summary>The theory form of <see cref="BrowserFactAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute()
    {
        Skip = BrowserFactAttribute.SkipReason;
    }
}
