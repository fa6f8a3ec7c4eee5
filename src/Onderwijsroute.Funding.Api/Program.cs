using Onderwijsroute.Funding.Api.Http.OpenApi;
using Onderwijsroute.Funding.Api.Http.Security;
using Onderwijsroute.Funding.Api.V1;
using Onderwijsroute.Funding.Api.V1.Scenarios;
using Onderwijsroute.Funding.Api.Web;

var builder = WebApplication.CreateBuilder(args);
if (KeysCommand.IsInvoked(args))
{
    // The key command prints the new key on standard output; every log line goes to standard error.
    builder.Logging.SetMinimumLevel(LogLevel.Warning);
    builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
}

builder.AddV1Http();
builder.Services.AddStorage();
builder.Services.AddApiSecurity(builder.Configuration);
builder.Services.AddV1Features();
builder.Services.AddWebPageCompression();
builder.Services.AddV1OpenApi();

var app = builder.Build();

app.Services.GetRequiredService<DatabaseStartup>().Run();
if (KeysCommand.IsInvoked(args))
{
    return KeysCommand.Run(app.Services, args);
}

app.Services.GetRequiredService<ScenarioStore>().SeedReadyScenarios();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseWebPageHeaders();
app.UseMiddleware<ResponseHeadersMiddleware>();
app.UseMiddleware<TrailingSlashMiddleware>();
app.UseWebPage();
app.UseV1OpenApi();
app.UseApiSecurity();
app.MapV1();

app.Run();
return 0;

/// <summary>The entry point; public and partial so that tests can host the app with <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
