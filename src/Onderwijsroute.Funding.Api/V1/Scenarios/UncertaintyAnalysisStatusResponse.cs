namespace Onderwijsroute.Funding.Api.V1.Scenarios;

/// <summary>De status van een onzekerheidsanalyse.</summary>
/// <param name="Id">Het id.</param>
/// <param name="ScenarioId">Het scenario (dat inmiddels vervangen of verwijderd kan zijn; de analyse houdt haar eigen kopie).</param>
/// <param name="Status">wachtend, bezig, gereed, geannuleerd, mislukt of afgebroken.</param>
/// <param name="Voortgang">Hoe ver de analyse is.</param>
/// <param name="Resultaat">Pad naar het resultaat zodra de status 'gereed' is, anders null.</param>
/// <param name="AangemaaktOp">Wanneer de analyse is gevraagd.</param>
/// <param name="AfgerondOp">Wanneer de analyse eindigde, of null.</param>
/// <param name="Reden">Waarom de analyse mislukte, of waarop een klare analyse wacht (de opslag van de dienst); anders null.</param>
/// <param name="Href">Het pad van deze status.</param>
/// <param name="ScenarioNaam">De naam van het scenario bij het vragen van de analyse.</param>
public sealed record UncertaintyAnalysisStatusResponse(string Id, string ScenarioId, string Status, ProgressResponse Voortgang, string? Resultaat, DateTimeOffset AangemaaktOp, DateTimeOffset? AfgerondOp, string? Reden, string Href, string ScenarioNaam);
