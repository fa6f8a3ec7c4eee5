namespace Onderwijsroute.Funding.Api.V1.Schemes;

/// <summary>Alle regelingen en de parameterversie die nu geldt.</summary>
/// <param name="ParameterVersie">De parameterversie: een inhoudshash van alle parameters; verandert bij elke gewijzigde waarde, bron of status.</param>
/// <param name="Regelingen">De regelingen, op id.</param>
public sealed record SchemeListResponse(string ParameterVersie, IReadOnlyList<SchemeSummaryResponse> Regelingen);
