using Onderwijsroute.Funding.Api.V1.Scenarios;
using Onderwijsroute.Funding.Scenarios.Documents;

namespace Onderwijsroute.Funding.Api.Http.OpenApi;

/// <summary>
/// The schema names of the OpenAPI document. A schema is named after its C# type, except where the type was renamed
/// after the contract was published (to an English name, or to the scenario document the domain reads): there the
/// published name stays, so that clients generated from the contract keep their type names.
/// </summary>
internal static class ContractSchemaIds
{
    private static readonly Dictionary<Type, string> Published = new()
    {
        [typeof(ScenarioDocument)] = "CreateScenarioRequest",
        [typeof(ScenarioYearsDocument)] = "JarenRequest",
        [typeof(ScenarioOverrideDocument)] = "OverschrijvingRequest",
        [typeof(ParticipantsDocument)] = "DeelnemersRequest",
        [typeof(SpreadDocument)] = "SpreidingRequest",
        [typeof(PricesDocument)] = "PrijzenRequest",
        [typeof(LevelPriceDocument)] = "NiveauprijsRequest",
        [typeof(PotDocument)] = "BudgetpotRequest",
        [typeof(LevelGuaranteeDocument)] = "GarantieprijsPerNiveauRequest",
        [typeof(UncertaintyDocument)] = "OnzekerheidRequest",
        [typeof(AssumptionResponse)] = "AannameResponse",
        [typeof(FigureResponse)] = "KengetalResponse",
        [typeof(GapDistributionResponse)] = "TekortVerdelingResponse",
        [typeof(RegionLineResponse)] = "RegioRegelResponse",
        [typeof(ScenarioRunYearResponse)] = "DoorrekeningJaarResponse",
        [typeof(ScenarioRunResponse)] = "DoorrekeningResponse",
        [typeof(MunicipalityLineResponse)] = "GemeenteRegelResponse",
        [typeof(MunicipalityLinesResponse)] = "GemeenteRegelsResponse",
        [typeof(ComparedFigureResponse)] = "VergelekenKengetalResponse",
        [typeof(ComparedYearResponse)] = "VergelekenJaarResponse",
        [typeof(FlipResponse)] = "OmslagResponse",
        [typeof(ComparisonResponse)] = "VergelijkingResponse",
        [typeof(ProgressResponse)] = "VoortgangResponse",
        [typeof(UncertaintyAnalysisStatusResponse)] = "OnzekerheidsanalyseStatusResponse",
        [typeof(MunicipalityBandResponse)] = "GemeenteBandResponse",
        [typeof(UncertaintyAnalysisYearResponse)] = "AnalyseJaarResponse",
        [typeof(UncertaintyAnalysisResponse)] = "OnzekerheidsanalyseResponse",
        [typeof(CreateUncertaintyAnalysisRequest)] = "CreateSimulationRequest",
    };

    /// <summary>The schema name of a type: its published name, else its own (generic types as <c>NameOfArgument</c>).</summary>
    /// <param name="type">The type.</param>
    public static string Of(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (Published.TryGetValue(type, out var published))
        {
            return published;
        }

        return type.IsGenericType
            ? type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)] + "Of" + string.Concat(type.GetGenericArguments().Select(Of))
            : type.Name;
    }
}
