using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Onderwijsroute.Funding.Api.V1.Scenarios;
using Onderwijsroute.Funding.Scenarios;
using Onderwijsroute.Funding.Scenarios.Ready;
using Onderwijsroute.Funding.Scenarios.Uncertainty;

namespace Onderwijsroute.Funding.Api.Web;

/// <summary>
/// The page's read-only data of the four ready scenarios, computed once per process and held in memory: their runs
/// (national figures per year, in the shape of <c>GET /v1/doorrekeningen/{id}</c> without explanation and links), per
/// scenario the gap, cost and income of every gemeente per year, and per scenario an uncertainty analysis of
/// <see cref="DefaultDraws"/> draws (or <see cref="DrawsKey"/>) with seed <see cref="Seed"/> (national bands only). The analyses are computed one scenario
/// at a time on first request (<see cref="BandsPrefix"/>), so the page can show how many of them are done. It lets the page show the scenario view to anonymous visitors
/// without writing runs to the database and whatever key the scenario endpoints may require; it is no part of the
/// <c>/v1</c> contract. Everything comes from the same engine (<see cref="ScenarioEngine"/>, <see cref="UncertaintyAnalysis"/>)
/// and carries its engine and parameter version.
/// </summary>
internal sealed class ReadyScenarioResults(ParameterCatalogue catalogue, ReferenceDataSet data, IOptions<JsonOptions> json, IConfiguration configuration)
{
    /// <summary>Draws of the page's uncertainty analysis by default (issue 17): under a second each in a release build.</summary>
    public const int DefaultDraws = 10_000;

    /// <summary>The configuration key that may set fewer draws (the browser tests do: a debug build on a busy machine is slow).</summary>
    public const string DrawsKey = "WebPage:ReadyScenarioDraws";

    /// <summary>Fixed seed: the same band on every start.</summary>
    public const ulong Seed = 2026;

    public const string SummaryPath = "/data/kant-en-klare-doorrekeningen.json";

    public const string LinesPrefix = "/data/kant-en-klare-doorrekeningen";

    public const string BandsPrefix = "/data/kant-en-klare-onzekerheid";

    private readonly Lazy<Computed> _computed = new(() => Compute(catalogue, data, json.Value.SerializerOptions, DrawsFrom(configuration)), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Lazy<IReadOnlyDictionary<string, Lazy<byte[]>>> _bands = new(
        () => ReadyScenarios.FileNames().Select(file => ScenarioDefinition.Create(ReadyScenarios.Document(file), catalogue, data).Value)
            .ToDictionary(d => d.Name, d => new Lazy<byte[]>(() => Bands(d, json.Value.SerializerOptions, DrawsFrom(configuration)), LazyThreadSafetyMode.ExecutionAndPublication), StringComparer.Ordinal),
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The summary of every ready scenario (UTF-8 JSON).</summary>
    public byte[] Summary => _computed.Value.Summary;

    /// <summary>The gemeente lines of one ready scenario, or null for an unknown name.</summary>
    /// <param name="name">The ready scenario's name.</param>
    public byte[]? Lines(string name) => _computed.Value.Lines.GetValueOrDefault(name);

    /// <summary>The uncertainty bands of one ready scenario (computed on first request), or null for an unknown name.</summary>
    /// <param name="name">The ready scenario's name.</param>
    public byte[]? BandsOf(string name) => _bands.Value.GetValueOrDefault(name)?.Value;

    private static int DrawsFrom(IConfiguration configuration) =>
        configuration.GetValue(DrawsKey, DefaultDraws) is var draws and >= 1 and <= 100_000
            ? draws
            : throw new InvalidOperationException($"{DrawsKey} moet 1 tot en met 100000 zijn.");

    private static byte[] Bands(ScenarioDefinition definition, JsonSerializerOptions options, int draws)
    {
        var simulation = UncertaintyAnalysis.Run(definition, new UncertaintyAnalysisSettings { Draws = draws, Seed = Seed });
        var bands = ScenarioMapping.Simulation(definition.Name, definition.Name, simulation);
        return JsonSerializer.SerializeToUtf8Bytes(new ReadyBands(definition.Name, bands.Trekkingen, bands.Seed, bands.Jaren.Select(y => new ReadyBandYear(y.Jaar, y.Kengetallen)).ToArray()), options);
    }

    private static Computed Compute(ParameterCatalogue catalogue, ReferenceDataSet data, JsonSerializerOptions options, int draws)
    {
        var runs = new List<ReadyRun>();
        var lines = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var file in ReadyScenarios.FileNames())
        {
            var definition = ScenarioDefinition.Create(ReadyScenarios.Document(file), catalogue, data).Value;
            var run = ScenarioEngine.Run(definition);
            var mapped = ScenarioMapping.Run(definition.Name, definition.Name, DateTimeOffset.UnixEpoch, run);
            runs.Add(new ReadyRun(
                definition.Name, definition.Description, mapped.ScenarioNaam, mapped.EngineVersie, mapped.ParameterVersie, mapped.InvoerHash,
                mapped.Jaren.Select(y => new ReadyYear(y.Jaar, y.Kengetallen)).ToArray(),
                draws,
                $"{BandsPrefix}/{definition.Name}.json",
                $"{LinesPrefix}/{definition.Name}.json"));
            var gemeenten = ScenarioMapping.Lines(run).Select(l => new ReadyLine(l.Jaar, l.GemeenteCode, l.Kosten, l.Inkomsten, l.Tekort)).ToArray();
            lines[definition.Name] = JsonSerializer.SerializeToUtf8Bytes(new ReadyLines(definition.Name, gemeenten), options);
        }

        return new Computed(JsonSerializer.SerializeToUtf8Bytes(new ReadyRuns(runs), options), lines);
    }

    private sealed record Computed(byte[] Summary, IReadOnlyDictionary<string, byte[]> Lines);

    private sealed record ReadyRuns(IReadOnlyList<ReadyRun> Doorrekeningen);

    private sealed record ReadyRun(string ScenarioId, string Omschrijving, string ScenarioNaam, string EngineVersie, string ParameterVersie, string InvoerHash, IReadOnlyList<ReadyYear> Jaren, int Trekkingen, string Onzekerheid, string Gemeenten);

    private sealed record ReadyYear(int Jaar, IReadOnlyList<FigureResponse> Kengetallen);

    private sealed record ReadyBands(string ScenarioId, int Trekkingen, ulong Seed, IReadOnlyList<ReadyBandYear> Jaren);

    private sealed record ReadyBandYear(int Jaar, IReadOnlyList<BandResponse> Kengetallen);

    private sealed record ReadyLines(string ScenarioId, IReadOnlyList<ReadyLine> Regels);

    private sealed record ReadyLine(int Jaar, string GemeenteCode, decimal Kosten, decimal Inkomsten, decimal Tekort);
}
