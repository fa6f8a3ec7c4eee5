using System.Text.Encodings.Web;
using System.Text.Json.Serialization;

namespace Onderwijsroute.Funding.Api.Http;

/// <summary>The HTTP conventions of the service (docs/api.md, "Conventions"): body limits, strict JSON, Dutch problems.</summary>
internal static class HttpSetup
{
    public static WebApplicationBuilder AddV1Http(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            // Defence in depth behind JsonBody.MaxBytes, which also holds under the test server.
            kestrel.Limits.MaxRequestBodySize = JsonBody.MaxBytes;
            kestrel.AddServerHeader = false;
            kestrel.UseProblemAnswers();
        });

        builder.Services.ConfigureHttpJsonOptions(options =>
        {
            // Unknown fields are an error naming the field: a typo ("aantalen") must not silently mean "left out".
            options.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;

            // Numbers are JSON numbers: "12" for a count is a type error, not silently 12 (the web defaults allow it).
            options.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;

            // Dutch names stay readable ("Súdwest-Fryslân", not "S\u00FAdwest-Frysl\u00E2n"); responses are application/json
            // with nosniff, never HTML, so the HTML-safe escaping buys nothing here.
            options.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        });
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context => DutchProblems.Complete(context.ProblemDetails, context.HttpContext));
        builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
        builder.Services.AddTransient<IStartupFilter, HeadAsGetMiddleware.StartupFilter>();
        return builder;
    }
}
