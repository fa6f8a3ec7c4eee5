namespace Onderwijsroute.Funding.Schemes.RegularGrant;

/// <summary>Asielstatushouders housed in a gemeente in one year (Dutch: <em>huisvestingscohort</em>).</summary>
/// <param name="HousingYear">The year of housing.</param>
/// <param name="Count">How many, non-negative.</param>
public sealed record HousingCohort(int HousingYear, long Count);
