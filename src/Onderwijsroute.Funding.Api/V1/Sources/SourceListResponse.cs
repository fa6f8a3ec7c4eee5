namespace Onderwijsroute.Funding.Api.V1.Sources;

/// <summary>Het bronnenregister: elke bron één keer.</summary>
/// <param name="ParameterVersie">De parameterversie die nu geldt; het register telt mee in de inhoudshash.</param>
/// <param name="Bronnen">De bronnen, op id.</param>
public sealed record SourceListResponse(string ParameterVersie, IReadOnlyList<SourceResponse> Bronnen);
