namespace Onderwijsroute.Funding.Api.V1.Scenarios;

/// <summary>Een scenario in het kort.</summary>
/// <param name="Id">Het id.</param>
/// <param name="Href">Het pad van het scenario.</param>
/// <param name="Naam">De naam.</param>
/// <param name="Omschrijving">De omschrijving.</param>
/// <param name="KantEnKlaar">Of het meegeleverd is.</param>
/// <param name="Eigenaar">Het id van de sleutel die het maakte, 'systeem', of null (van vóór versie 1.1).</param>
/// <param name="Versie">De versie (de ETag zonder aanhalingstekens).</param>
/// <param name="GewijzigdOp">Wanneer het het laatst is gemaakt of vervangen.</param>
public sealed record ScenarioSummaryResponse(string Id, string Href, string Naam, string Omschrijving, bool KantEnKlaar, string? Eigenaar, long Versie, DateTimeOffset GewijzigdOp);
