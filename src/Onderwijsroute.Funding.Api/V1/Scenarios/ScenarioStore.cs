using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using NodaTime;
using Onderwijsroute.Funding.Scenarios;
using Onderwijsroute.Funding.Scenarios.Documents;
using Onderwijsroute.Funding.Scenarios.Ready;

namespace Onderwijsroute.Funding.Api.V1.Scenarios;

/// <summary>
/// Scenarios as stored: the <see cref="ScenarioDocument"/> in its canonical JSON is the source of truth, whether it
/// came from a request or from a ready scenario's YAML. Showing one reads the document and states its assumptions;
/// running one checks it (strictly, with the parameters the service runs with) into a definition, once per run. The
/// four ready scenarios are stored on first start under their names.
/// </summary>
internal sealed class ScenarioStore(IScenarioRepository repository, ParameterCatalogue catalogue, ReferenceDataSet data, IClock clock, IOptions<JsonOptions> json)
{
    public JsonSerializerOptions Json => json.Value.SerializerOptions;

    /// <summary>Stores the ready scenarios that are not stored yet.</summary>
    public void SeedReadyScenarios()
    {
        foreach (var file in ReadyScenarios.FileNames())
        {
            var document = ReadyScenarios.Document(file);
            var definition = Definition(document).Value;
            repository.AddScenario(Record(definition.Name, definition, document, isReady: true) with { Owner = ScenarioRecord.SystemOwner });
        }
    }

    /// <summary>The record of a checked scenario, with its document in canonical JSON (only the document's own fields).</summary>
    public ScenarioRecord Record(string id, ScenarioDefinition definition, ScenarioDocument document, bool isReady) =>
        new(id, definition.Name, definition.Description, JsonSerializer.Serialize<ScenarioDocument>(document, Json), definition.InputHash, definition.Catalogue.Version, isReady, clock.GetCurrentInstant());

    /// <summary>A document checked with the parameters the service runs with.</summary>
    public Validated<ScenarioDefinition> Definition(ScenarioDocument document) => ScenarioDefinition.Create(document, catalogue, data);

    /// <summary>A stored document (of a scenario, or the input a run used) checked with the parameters the service runs with.</summary>
    public Validated<ScenarioDefinition> Definition(string documentJson) => Definition(Document(documentJson));

    public static ScenarioSummaryResponse Summary(ScenarioRecord record) =>
        new(record.Id, ScenarioIds.Href(record.Id), record.Name, record.Description, record.IsReady, record.Owner, record.Version, record.ModifiedAt.ToDateTimeOffset());

    public ScenarioResponse Response(ScenarioRecord record)
    {
        var document = Document(record.InputJson);
        return new ScenarioResponse(
            record.Id, record.Name, record.Description, record.IsReady, record.InputHash, record.ParameterVersion,
            ScenarioMapping.Assumptions(ScenarioAssumptions.Of(document)), document,
            $"{ScenarioIds.Href(record.Id)}/doorrekeningen", $"{ScenarioIds.Href(record.Id)}/onzekerheidsanalyses",
            record.Owner, record.Version, record.BaseScenarioId, record.CreatedAt.ToDateTimeOffset(), record.ModifiedAt.ToDateTimeOffset());
    }

    private ScenarioDocument Document(string documentJson) => JsonSerializer.Deserialize<ScenarioDocument>(documentJson, Json)!;
}
