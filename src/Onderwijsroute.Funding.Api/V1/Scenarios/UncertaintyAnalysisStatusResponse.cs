namespace Onderwijsroute.Funding.Api.V1.Scenarios;

/// <summary>De status van een onzekerheidsanalyse.</summary>
/// <param name="Id">Het id.</param>
/// <param name="ScenarioId">Het scenario.</param>
/// <param name="Status">wachtend, bezig, gereed, geannuleerd, mislukt of afgebroken.</param>
/// <param name="Voortgang">Hoe ver de analyse is.</param>
/// <param name="Resultaat">Pad naar het resultaat zodra de status 'gereed' is, anders null.</param>
/// <param name="AangemaaktOp">Wanneer de analyse is gevraagd.</param>
/// <param name="AfgerondOp">Wanneer de analyse eindigde, of null.</param>
/// <param name="Reden">Waarom de analyse mislukte, of waarop een klare analyse wacht (de opslag van de dienst); anders null.</param>
public sealed record UncertaintyAnalysisStatusResponse(string Id, string ScenarioId, string Status, ProgressResponse Voortgang, string? Resultaat, DateTimeOffset AangemaaktOp, DateTimeOffset? AfgerondOp, string? Reden);
