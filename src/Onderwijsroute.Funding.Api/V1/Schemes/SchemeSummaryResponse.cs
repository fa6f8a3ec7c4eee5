namespace Onderwijsroute.Funding.Api.V1.Schemes;

/// <summary>Een regeling in het kort.</summary>
/// <param name="Id">Het id, bijvoorbeeld spuk-onderwijsroute-2023.</param>
/// <param name="Naam">De naam.</param>
/// <param name="Omschrijving">Waarvoor de regeling betaalt en hoe.</param>
/// <param name="Grondslag">De juridische grondslag.</param>
/// <param name="Dekking">De begrotingsjaren waarvoor de regeling parameters heeft.</param>
public sealed record SchemeSummaryResponse(string Id, string Naam, string Omschrijving, string Grondslag, CoverageResponse Dekking);
