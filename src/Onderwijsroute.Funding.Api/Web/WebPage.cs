using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.StaticFiles;

namespace Onderwijsroute.Funding.Api.Web;

/// <summary>
/// The web page (issue 7): plain HTML, CSS and ES modules from <c>wwwroot/</c>, served by the static-file middleware with
/// <c>/</c> answering <c>index.html</c>. The page talks to the API only; everything it loads ships in <c>wwwroot/</c>
/// (vendored libraries and the GeoJSON boundaries), so nothing is fetched from the internet at run time.
/// </summary>
internal static class WebPage
{
    /// <summary>
    /// Scripts, styles, data and API calls from this origin only: no inline script or style, no CDN; still no framing.
    /// <c>img-src data:</c> lets the charts be saved as images.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /// <summary>
    /// Gives every response outside <c>/v1</c> the page's policy. Register it before <c>ResponseHeadersMiddleware</c>:
    /// <c>OnStarting</c> callbacks run last-registered first, so this one runs after the API's and wins for the page.
    /// </summary>
    /// <param name="app">The application.</param>
    public static IApplicationBuilder UseWebPageHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            if (!context.Request.IsApi())
            {
                context.Response.OnStarting(static state =>
                {
                    ((HttpResponse)state).Headers.ContentSecurityPolicy = ContentSecurityPolicy;
                    return Task.CompletedTask;
                }, context.Response);
            }

            return next(context);
        });

    /// <summary>The ready scenarios' read-only results (<see cref="ReadyScenarioResults"/>) on GET; null for other requests.</summary>
    private static Task? ServeReadyScenarios(HttpContext context, ReadyScenarioResults ready)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            return null;
        }

        byte[]? body = null;
        if (path == ReadyScenarioResults.SummaryPath)
        {
            body = ready.Summary;
        }
        else if (path.StartsWith(ReadyScenarioResults.LinesPrefix + "/", StringComparison.Ordinal) && path.EndsWith(".json", StringComparison.Ordinal))
        {
            var name = path[(ReadyScenarioResults.LinesPrefix.Length + 1)..^".json".Length];
            body = ready.Lines(name);
        }
        else if (path.StartsWith(ReadyScenarioResults.BandsPrefix + "/", StringComparison.Ordinal) && path.EndsWith(".json", StringComparison.Ordinal))
        {
            body = ready.BandsOf(path[(ReadyScenarioResults.BandsPrefix.Length + 1)..^".json".Length]);
        }

        if (body is null)
        {
            return null;
        }

        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-cache";
        context.Response.ContentLength = body.Length;
        return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : context.Response.Body.WriteAsync(body).AsTask();
    }

    /// <summary>
    /// Compression (Brotli, else gzip, fastest level) for the page's files and data: the gemeente boundaries are 838 KB
    /// of GeoJSON, 317 KB with Brotli at its fastest level (~9 ms of CPU a request; higher levels cost 5–15× more for ~20% less). Only outside <c>/v1</c> (see <see cref="UseWebPage"/>): API answers can carry
    /// secrets (a new key) next to caller input, the pattern compression side channels (BREACH) exploit, and integrators
    /// behind a proxy get compression there.
    /// </summary>
    /// <param name="services">The services.</param>
    public static IServiceCollection AddWebPageCompression(this IServiceCollection services)
    {
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        return services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = ["text/html", "text/css", "text/javascript", "application/javascript", "image/svg+xml", "application/geo+json", "application/json"];
        });
    }

    /// <summary>
    /// Serves <c>wwwroot/</c>, with <c>/</c> answering <c>index.html</c> (files are revalidated on every use), and the ready
    /// scenarios' read-only results under <c>/data/kant-en-klare-doorrekeningen…</c>.
    /// </summary>
    /// <param name="app">The application.</param>
    public static IApplicationBuilder UseWebPage(this IApplicationBuilder app)
    {
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".geojson"] = "application/geo+json";
        app.UseWhen(context => !context.Request.IsApi(), page => page.UseResponseCompression());
        var ready = ActivatorUtilities.CreateInstance<ReadyScenarioResults>(app.ApplicationServices);
        app.Use((context, next) => ServeReadyScenarios(context, ready) ?? next(context));
        app.UseDefaultFiles();
        return app.UseStaticFiles(new StaticFileOptions
        {
            ContentTypeProvider = types,
            OnPrepareResponse = file => file.Context.Response.Headers.CacheControl = "no-cache",
        });
    }
}
