namespace Onderwijsroute.Funding.Scenarios;

/// <summary>One gemeente in one scenario year (Dutch: <em>gemeenteregel</em>), every amount traceable to its counts.</summary>
/// <param name="Code">The gemeente.</param>
/// <param name="Name">Its name.</param>
/// <param name="Region">Its arbeidsmarktregio.</param>
/// <param name="Starters">The inflow: persons housed in the year for whom the onderwijsroute is set.</param>
/// <param name="Active">Participants with traject months in the year.</param>
/// <param name="YearEnd">Participants counted on 31 December by the year's count rule.</param>
/// <param name="Cost">Traject cost falling in the year.</param>
/// <param name="RegularGrant">Regular SPUK leerroute component for its participants.</param>
/// <param name="Supplement">The 2026+ supplement.</param>
/// <param name="EducationRouteGrant">The definitive amount from the capped €35M (2023–2025).</param>
/// <param name="ScenarioPot">The scenario's own capped pot.</param>
/// <param name="CentralGrant">The €24M to centrumgemeenten (2022–2023).</param>
/// <param name="FundAddition">The share of the gemeentefonds addition attributed to the onderwijsroute.</param>
/// <param name="Income">All income.</param>
/// <param name="Gap">Cost − income: positive a tekort, negative an overschot.</param>
public sealed record MunicipalityYearLine(
    MunicipalityCode Code, string Name, RegionCode Region, long Starters, long Active, long YearEnd, Money Cost, Money RegularGrant, Money Supplement,
    Money EducationRouteGrant, Money ScenarioPot, Money CentralGrant, Money FundAddition, Money Income, Money Gap);
