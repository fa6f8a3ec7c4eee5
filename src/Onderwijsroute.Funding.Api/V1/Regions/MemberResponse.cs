namespace Onderwijsroute.Funding.Api.V1.Regions;

/// <summary>Een gemeente van de regio.</summary>
/// <param name="Code">De gemeentecode.</param>
/// <param name="Naam">De naam.</param>
public sealed record MemberResponse(string Code, string Naam);
