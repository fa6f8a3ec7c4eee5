namespace Onderwijsroute.Funding.Api.V1.Regions;

/// <summary>De centrumgemeente van een arbeidsmarktregio.</summary>
/// <param name="Code">De gemeentecode.</param>
/// <param name="Naam">De naam.</param>
/// <param name="Bron">Waar de aanwijzing als centrumgemeente vandaan komt.</param>
public sealed record CentralMunicipalityResponse(string Code, string Naam, string Bron);
