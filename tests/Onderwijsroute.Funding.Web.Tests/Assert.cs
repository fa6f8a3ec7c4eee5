using Microsoft.Playwright;

namespace Onderwijsroute.Funding.Web.Tests;

/// <summary>xunit's Assert plus a waiting text check on a locator (the page updates after its API calls).</summary>
internal sealed class Assert : Xunit.Assert
{
    public static Task ThatAsync(ILocator locator, string text) =>
        Assertions.Expect(locator).ToContainTextAsync(text, new LocatorAssertionsToContainTextOptions { Timeout = 30_000 });
}
