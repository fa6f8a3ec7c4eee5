using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using NodaTime;
using Onderwijsroute.Funding.Parameters;
using Onderwijsroute.Funding.Persistence;
using Onderwijsroute.Funding.ReferenceData;
using Onderwijsroute.Funding.Scenarios;
using Onderwijsroute.Funding.Scenarios.Ready;

namespace Onderwijsroute.Funding.Api.V1.Scenarios;

/// <summary>
/// Scenarios as stored: the input JSON is the source of truth; a definition is rebuilt from it (strictly, with the
/// parameters in force) whenever it is run. The four ready scenarios are stored on first start under their names.
/// </summary>
internal sealed class ScenarioStore(ScenarioRepository repository, ParameterCatalogue catalogue, ReferenceDataSet data, IClock clock, IOptions<JsonOptions> json)
{
    public JsonSerializerOptions Json => json.Value.SerializerOptions;

    /// <summary>Stores the ready scenarios that are not stored yet.</summary>
    public void SeedReadyScenarios()
    {
        foreach (var file in ReadyScenarios.FileNames())
        {
            var input = ReadyScenarios.Input(file);
            var definition = ScenarioDefinition.Create(input, catalogue, data);
            repository.AddScenario(Record(definition.Name, definition, JsonSerializer.Serialize(CreateScenarioRequest.Of(input), Json), isReady: true));
        }
    }

    public ScenarioRecord Record(string id, ScenarioDefinition definition, string inputJson, bool isReady) =>
        new(id, definition.Name, definition.Description, inputJson, definition.InputHash, definition.Catalogue.Version, isReady, clock.GetCurrentInstant());

    /// <summary>The definition of a stored scenario, checked again against the parameters in force.</summary>
    public ScenarioDefinition Definition(ScenarioRecord record)
    {
        var request = JsonSerializer.Deserialize<CreateScenarioRequest>(record.InputJson, Json)!;
        return ScenarioDefinition.Create(request.ToInput(), catalogue, data);
    }

    /// <summary>The assumptions of a stored input; none when the parameters in force no longer accept it.</summary>
    private IReadOnlyList<ScenarioAssumption> ScenarioAssumptions(ScenarioInput input)
    {
        try
        {
            return ScenarioDefinition.Create(input, catalogue, data).Assumptions;
        }
        catch (ScenarioValidationException)
        {
            return [];
        }
    }

    public ScenarioResponse Response(ScenarioRecord record)
    {
        var request = JsonSerializer.Deserialize<CreateScenarioRequest>(record.InputJson, Json)!;
        var assumptions = ScenarioAssumptions(request.ToInput());
        return new ScenarioResponse(
            record.Id, record.Name, record.Description, record.IsReady, record.InputHash, record.ParameterVersion, ScenarioMapping.Assumptions(assumptions), request,
            $"/v1/scenarios/{record.Id}/doorrekeningen", $"/v1/scenarios/{record.Id}/onzekerheidsanalyses");
    }
}
