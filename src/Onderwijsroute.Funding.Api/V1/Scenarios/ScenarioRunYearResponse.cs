namespace Onderwijsroute.Funding.Api.V1.Scenarios;

/// <summary>Een jaar van een doorrekening.</summary>
/// <param name="Jaar">Het jaar.</param>
/// <param name="Kengetallen">Elk landelijk kengetal.</param>
/// <param name="TekortVerdeling">De verdeling van de tekorten over gemeenten.</param>
/// <param name="Arbeidsmarktregios">Per arbeidsmarktregio.</param>
public sealed record ScenarioRunYearResponse(int Jaar, IReadOnlyList<FigureResponse> Kengetallen, GapDistributionResponse TekortVerdeling, IReadOnlyList<RegionLineResponse> Arbeidsmarktregios);
