namespace Onderwijsroute.Funding.Scenarios;

/// <summary>One arbeidsmarktregio in one scenario year: sums over its gemeenten.</summary>
/// <param name="Code">The region.</param>
/// <param name="Name">Its name.</param>
/// <param name="Starters">The inflow: persons housed in the year for whom the onderwijsroute is set.</param>
/// <param name="Active">Participants with traject months in the year.</param>
/// <param name="Cost">Cost.</param>
/// <param name="Income">Income.</param>
/// <param name="Gap">Cost − income.</param>
/// <param name="Shortfall">The sum of the gaps of its gemeenten with a gap.</param>
/// <param name="MunicipalitiesWithShortfall">How many of its gemeenten have a gap.</param>
public sealed record RegionYearLine(RegionCode Code, string Name, long Starters, long Active, Money Cost, Money Income, Money Gap, Money Shortfall, int MunicipalitiesWithShortfall);
