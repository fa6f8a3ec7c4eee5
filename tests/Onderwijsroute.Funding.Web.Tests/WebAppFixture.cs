using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Dapper;
using Microsoft.Playwright;
using Onderwijsroute.Funding.Api.Http.Security;

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
        var factory = new WebAppFactory(DatabasePath);
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

    /// <summary>Draws of the ready scenarios' bands in the browser tests.</summary>
    public const int ReadyScenarioDraws = 300;

    /// <summary>The service's SQLite file.</summary>
    public string DatabasePath => Path.Combine(_folder, "onderwijsroute.db");

    /// <summary>Makes an API key through the service's own key store and returns its text.</summary>
    /// <param name="role">gemeente, regio or ministerie.</param>
    /// <param name="scope">The GM code of a gemeente key.</param>
    public string MintKey(string role, string? scope = null) =>
        _server!.Services.GetRequiredService<ApiKeyStore>().Create($"web test {role} {scope}", role, scope, null).Key;

    /// <summary>Rows in every table of the service's file: whatever the page makes the service write shows here.</summary>
    public async Task<long> CountRowsAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        var tables = await connection.QueryAsync<string>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%';");
        long rows = 0;
        foreach (var table in tables)
        {
            rows += await connection.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM \"{table}\";");
        }

        return rows;
    }

    /// <summary>A fresh page (own context: no shared storage), 1400 × 1000 pixels unless a width is given.</summary>
    /// <param name="width">The viewport width in CSS pixels.</param>
    /// <param name="height">The viewport height in CSS pixels.</param>
    public async Task<IPage> NewPageAsync(int width = 1400, int height = 1000)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
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

            // 10,000 draws per ready scenario take most of a minute in a debug build on the shared machine; the page
            // takes whatever number the service computed (the default, 10,000, is checked in StaticPageTests).
            builder.UseSetting("WebPage:ReadyScenarioDraws", ReadyScenarioDraws.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
