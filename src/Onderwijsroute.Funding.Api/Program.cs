using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using FluentValidation;
using NodaTime;
using Onderwijsroute.Funding.Api.Http;
using Onderwijsroute.Funding.Api.Http.OpenApi;
using Onderwijsroute.Funding.Api.Http.Security;
using Onderwijsroute.Funding.Api.V1.Advances;
using Onderwijsroute.Funding.Api.V1.Common;
using Onderwijsroute.Funding.Api.V1.Forecasts;
using Onderwijsroute.Funding.Api.V1.Health;
using Onderwijsroute.Funding.Api.V1.Keys;
using Onderwijsroute.Funding.Api.V1.Municipalities;
using Onderwijsroute.Funding.Api.V1.Regions;
using Onderwijsroute.Funding.Api.V1.Scenarios;
using Onderwijsroute.Funding.Api.V1.Schemes;
using Onderwijsroute.Funding.Api.V1.Settlements;
using Onderwijsroute.Funding.Api.Web;
using Onderwijsroute.Funding.Parameters;
using Onderwijsroute.Funding.Persistence;
using Onderwijsroute.Funding.ReferenceData;

var builder = WebApplication.CreateBuilder(args);
if (KeysCommand.IsInvoked(args))
{
    // The key command prints the new key on standard output and nothing else (README: export KEY=$(… sleutels maak …));
    // every log line goes to standard error, and only warnings and worse (a provider rule beats appsettings' Default).
    builder.Logging.AddFilter<Microsoft.Extensions.Logging.Console.ConsoleLoggerProvider>(null, LogLevel.Warning);
    builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
}

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

builder.Services.AddSingleton<IClock>(SystemClock.Instance);
builder.Services.AddSingleton(_ => ParameterCatalogue.Embedded);
builder.Services.AddSingleton(_ => ReferenceDataSet.Embedded);
builder.Services.AddSingleton(sp => DatabaseConfiguration.Resolve(sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IHostEnvironment>().ContentRootPath));
builder.Services.AddSingleton<CalculationRepository>();
builder.Services.AddSingleton<ForecastRepository>();
builder.Services.AddSingleton<ForecastWriteServices>();
builder.Services.AddSingleton<ParameterVersionRepository>();
builder.Services.AddSingleton<ApiKeyRepository>();
builder.Services.AddApiSecurity(builder.Configuration);
builder.Services.AddSingleton<DatabaseStartup>();
builder.Services.AddStorageHealth();
builder.Services.AddSingleton<Readiness>();
builder.Services.AddSingleton<StoredCalculations>();
builder.Services.AddSingleton<ScenarioRepository>();
builder.Services.AddSingleton<ScenarioStore>();
builder.Services.AddSingleton<UncertaintyAnalysisRunner>();
builder.Services.AddHostedService(sp => sp.GetRequiredService<UncertaintyAnalysisRunner>());
builder.Services.AddHostedService<WalCheckpointer>();
builder.Services.AddValidatorsFromAssemblyContaining<CreateAdvanceCalculationRequestValidator>(ServiceLifetime.Singleton, includeInternalTypes: true);

builder.Services.AddWebPageCompression();
builder.Services.AddV1OpenApi();

var app = builder.Build();

var storage = app.Services.GetRequiredService<DatabaseStartup>().Run();
if (storage == DatabaseStartup.Outcome.Refused || (storage != DatabaseStartup.Outcome.Ready && KeysCommand.IsInvoked(args)))
{
    ((IDisposable)app).Dispose(); // flushes the log line that says why
    return 1;
}

if (KeysCommand.IsInvoked(args))
{
    return KeysCommand.Run(app.Services, args);
}

if (storage == DatabaseStartup.Outcome.Ready)
{
    app.Services.GetRequiredService<ScenarioStore>().SeedReadyScenarios();
}

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseWebPageHeaders();
app.UseMiddleware<ResponseHeadersMiddleware>();
app.UseMiddleware<TrailingSlashMiddleware>();
app.UseWebPage();
app.UseApiSecurity();
app.UseV1OpenApi();

app.MapMunicipalities();
app.MapRegions();
app.MapSchemes();
app.MapAdvances();
app.MapSettlements();
app.MapForecastCalculations();
app.MapStoredForecasts();
app.MapScenarios();
app.MapHealth();
app.MapKeys();

app.Run();
return Environment.ExitCode; // 1 when a background service stopped the host on a failure (UncertaintyAnalysisRunner)

/// <summary>The entry point; public and partial so that tests can host the app with <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
