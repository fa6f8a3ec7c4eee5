namespace Onderwijsroute.Funding.Api.V1.Scenarios;

/// <summary>Een jaar in de vergelijking.</summary>
/// <param name="Jaar">Het jaar.</param>
/// <param name="Kengetallen">Elk kengetal.</param>
public sealed record ComparedYearResponse(int Jaar, IReadOnlyList<ComparedFigureResponse> Kengetallen);
