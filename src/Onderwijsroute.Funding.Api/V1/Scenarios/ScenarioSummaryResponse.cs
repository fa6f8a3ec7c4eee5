namespace Onderwijsroute.Funding.Api.V1.Scenarios;

/// <summary>Een scenario in het kort.</summary>
/// <param name="Id">Het id.</param>
/// <param name="Href">Het pad van het scenario.</param>
/// <param name="Naam">De naam.</param>
/// <param name="Omschrijving">De omschrijving.</param>
/// <param name="KantEnKlaar">Of het meegeleverd is.</param>
public sealed record ScenarioSummaryResponse(string Id, string Href, string Naam, string Omschrijving, bool KantEnKlaar);
