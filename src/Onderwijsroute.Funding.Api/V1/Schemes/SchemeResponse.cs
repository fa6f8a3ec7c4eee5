namespace Onderwijsroute.Funding.Api.V1.Schemes;

/// <summary>Een regeling met al haar parameters en elke gedateerde waarde, met bron en status.</summary>
/// <param name="Id">Het id.</param>
/// <param name="Naam">De naam.</param>
/// <param name="Omschrijving">Waarvoor de regeling betaalt en hoe.</param>
/// <param name="Grondslag">De juridische grondslag.</param>
/// <param name="Dekking">De begrotingsjaren waarvoor de regeling parameters heeft.</param>
/// <param name="ParameterVersie">De parameterversie die nu geldt.</param>
/// <param name="Peildatum">De gevraagde peildatum: dan staat per parameter alleen de waarde die op die datum gold; anders null.</param>
/// <param name="Parameters">De parameters, op naam.</param>
public sealed record SchemeResponse(string Id, string Naam, string Omschrijving, string Grondslag, CoverageResponse Dekking, string ParameterVersie, DateOnly? Peildatum, IReadOnlyList<ParameterResponse> Parameters);
