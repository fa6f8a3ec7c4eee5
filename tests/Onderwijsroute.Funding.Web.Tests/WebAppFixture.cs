using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Onderwijsroute.Funding.Web.Tests;

/// <summary>
/// The service on a real loopback port (Kestrel through <see cref="WebApplicationFactory{TEntryPoint}"/>, its own SQLite
/// file) and one headless chromium, shared by the tests of a class. The page is served from the API project's
/// <c>wwwroot/</c>, as <c>dotnet run</c> serves it.
/// </summary>
[SuppressMessage("Design", "CA1001", Justification = "xunit disposes the fixture through IAsyncLifetime.DisposeAsync.")]
public sealed class WebAppFixture : IAsyncLifetime
{
    private static readonly string[] ChromiumArguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "onderwijsroute-web-tests", Guid.NewGuid().ToString("N"));
    private WebAppFactory? _server;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Where the screenshots go: <c>tests/Onderwijsroute.Funding.Web.Tests/screenshots/</c> (git-ignored, kept by CI).</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(SourceFolder(), "screenshots");

    public async Task InitializeAsync()
    {
        if (BrowserFactAttribute.SkipReason is not null)
        {
            return; // every test of the class is skipped
        }

        Directory.CreateDirectory(ScreenshotFolder);
        var factory = new WebAppFactory(Path.Combine(_folder, "onderwijsroute.db"));
        _server = factory;
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var addresses = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = new Uri(addresses.Single().Replace("[::1]", "127.0.0.1", StringComparison.Ordinal) + "/");

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserFactAttribute.ChromiumPath,
            Headless = true,
            Args = ChromiumArguments,
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    /// <summary>A fresh page (own context: no shared storage) of 1400 × 1000 pixels.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1400, Height = 1000 },
            Locale = "nl-NL",
            AcceptDownloads = true,
        });
        return await context.NewPageAsync();
    }

    private static string SourceFolder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;

    private sealed class WebAppFactory(string databasePath) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("Database:Path", databasePath);
        }
    }
}
