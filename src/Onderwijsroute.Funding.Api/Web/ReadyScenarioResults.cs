using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Onderwijsroute.Funding.Api.V1.Scenarios;
using Onderwijsroute.Funding.Parameters;
using Onderwijsroute.Funding.ReferenceData;
using Onderwijsroute.Funding.Scenarios;
using Onderwijsroute.Funding.Scenarios.Ready;
using Onderwijsroute.Funding.Scenarios.Uncertainty;

namespace Onderwijsroute.Funding.Api.Web;

/// <summary>
/// The page's read-only data of the four ready scenarios, computed once per process and held in memory: their runs
/// (national figures per year, in the shape of <c>GET /v1/doorrekeningen/{id}</c> without explanation and links), an
/// uncertainty analysis of <see cref="Draws"/> draws with seed <see cref="Seed"/> (national bands only), and per scenario
/// the gap, cost and income of every gemeente per year. It lets the page show the scenario view to anonymous visitors
/// without writing runs to the database and whatever key the scenario endpoints may require; it is no part of the
/// <c>/v1</c> contract. Everything comes from the same engine (<see cref="ScenarioEngine"/>, <see cref="UncertaintyAnalysis"/>)
/// and carries its engine and parameter version.
/// </summary>
internal sealed class ReadyScenarioResults(ParameterCatalogue catalogue, ReferenceDataSet data, IOptions<JsonOptions> json)
{
    /// <summary>Draws of the page's uncertainty analysis: enough for a visible P5-P95 band, quick on first use.</summary>
    public const int Draws = 200;

    /// <summary>Fixed seed: the same band on every start.</summary>
    public const ulong Seed = 2026;

    public const string SummaryPath = "/data/kant-en-klare-doorrekeningen.json";

    public const string LinesPrefix = "/data/kant-en-klare-doorrekeningen";

    private readonly Lazy<Computed> _computed = new(() => Compute(catalogue, data, json.Value.SerializerOptions), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The summary of every ready scenario (UTF-8 JSON).</summary>
    public byte[] Summary => _computed.Value.Summary;

    /// <summary>The gemeente lines of one ready scenario, or null for an unknown name.</summary>
    /// <param name="name">The ready scenario's name.</param>
    public byte[]? Lines(string name) => _computed.Value.Lines.GetValueOrDefault(name);

    private static Computed Compute(ParameterCatalogue catalogue, ReferenceDataSet data, JsonSerializerOptions options)
    {
        var runs = new List<ReadyRun>();
        var lines = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var file in ReadyScenarios.FileNames())
        {
            var definition = ScenarioDefinition.Create(ReadyScenarios.Document(file).ToInput(), catalogue, data).Value;
            var run = ScenarioEngine.Run(definition);
            var mapped = ScenarioMapping.Run(definition.Name, definition.Name, DateTimeOffset.UnixEpoch, run);
            var simulation = UncertaintyAnalysis.Run(definition, new UncertaintyAnalysisSettings { Draws = Draws, Seed = Seed, MaxDegreeOfParallelism = 1 });
            var bands = ScenarioMapping.Simulation(definition.Name, definition.Name, simulation);
            runs.Add(new ReadyRun(
                definition.Name, definition.Description, mapped.ScenarioNaam, mapped.EngineVersie, mapped.ParameterVersie, mapped.InvoerHash,
                mapped.Jaren.Select(y => new ReadyYear(y.Jaar, y.Kengetallen)).ToArray(),
                new ReadyBands(bands.Trekkingen, bands.Seed, bands.Jaren.Select(y => new ReadyBandYear(y.Jaar, y.Kengetallen)).ToArray()),
                $"{LinesPrefix}/{definition.Name}.json"));
            var gemeenten = ScenarioMapping.Lines(run).Select(l => new ReadyLine(l.Jaar, l.GemeenteCode, l.Kosten, l.Inkomsten, l.Tekort)).ToArray();
            lines[definition.Name] = JsonSerializer.SerializeToUtf8Bytes(new ReadyLines(definition.Name, gemeenten), options);
        }

        return new Computed(JsonSerializer.SerializeToUtf8Bytes(new ReadyRuns(runs), options), lines);
    }

    private sealed record Computed(byte[] Summary, IReadOnlyDictionary<string, byte[]> Lines);

    private sealed record ReadyRuns(IReadOnlyList<ReadyRun> Doorrekeningen);

    private sealed record ReadyRun(string ScenarioId, string Omschrijving, string ScenarioNaam, string EngineVersie, string ParameterVersie, string InvoerHash, IReadOnlyList<ReadyYear> Jaren, ReadyBands Onzekerheid, string Gemeenten);

    private sealed record ReadyYear(int Jaar, IReadOnlyList<FigureResponse> Kengetallen);

    private sealed record ReadyBands(int Trekkingen, ulong Seed, IReadOnlyList<ReadyBandYear> Jaren);

    private sealed record ReadyBandYear(int Jaar, IReadOnlyList<BandResponse> Kengetallen);

    private sealed record ReadyLines(string ScenarioId, IReadOnlyList<ReadyLine> Regels);

    private sealed record ReadyLine(int Jaar, string GemeenteCode, decimal Kosten, decimal Inkomsten, decimal Tekort);
}
