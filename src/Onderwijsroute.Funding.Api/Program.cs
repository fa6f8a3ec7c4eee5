using Onderwijsroute.Funding.Api.Http.OpenApi;
using Onderwijsroute.Funding.Api.Http.Security;
using Onderwijsroute.Funding.Api.V1;
using Onderwijsroute.Funding.Api.V1.Scenarios;
using Onderwijsroute.Funding.Api.Web;

var builder = WebApplication.CreateBuilder(args);
if (KeysCommand.IsInvoked(args) || DatabaseCommand.IsInvoked(args))
{
    // The key command prints the new key on standard output and nothing else (README: export KEY=$(… sleutels maak …));
    // every log line goes to standard error, and only warnings and worse (a provider rule beats appsettings' Default).
    builder.Logging.AddFilter<Microsoft.Extensions.Logging.Console.ConsoleLoggerProvider>(null, LogLevel.Warning);
    builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
}

builder.AddV1Http();
builder.Services.AddStorage();
builder.Services.AddStorageHealth();
builder.Services.AddApiSecurity(builder.Configuration);
builder.Services.AddApiCors();
builder.Services.AddV1Features();
builder.Services.AddWebPageCompression();
builder.Services.AddV1OpenApi();

var app = builder.Build();

var storage = app.Services.GetRequiredService<DatabaseStartup>().Run();
if (storage == DatabaseStartup.Outcome.Refused || (storage != DatabaseStartup.Outcome.Ready && (KeysCommand.IsInvoked(args) || DatabaseCommand.IsInvoked(args))))
{
    ((IDisposable)app).Dispose(); // flushes the log line that says why
    return 1;
}

if (KeysCommand.IsInvoked(args))
{
    return KeysCommand.Run(app.Services, args);
}

if (DatabaseCommand.IsInvoked(args))
{
    return DatabaseCommand.Run(app.Services, args);
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
app.UseApiCors(); // before access control: a preflight needs no key and counts against no limit
app.UseApiSecurity();
app.UseMiddleware<ResponseFormatMiddleware>();
app.UseV1OpenApi();
app.MapV1();

app.Run();
return Environment.ExitCode; // 1 when a background service stopped the host on a failure (UncertaintyAnalysisRunner)

/// <summary>The entry point; public and partial so that tests can host the app with <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
