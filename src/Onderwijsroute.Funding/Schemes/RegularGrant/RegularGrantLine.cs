namespace Onderwijsroute.Funding.Schemes.RegularGrant;

/// <summary>One housing cohort's part of the regular SPUK leerroute component in a counting year.</summary>
/// <param name="HousingYear">The cohort's year of housing.</param>
/// <param name="CountingYear">Which counting year this is for the cohort: 1, 2 or 3.</param>
/// <param name="Count">The cohort's count.</param>
/// <param name="AmountPerPerson">The per-person amount of the budget year.</param>
/// <param name="ProfileWeight">The profile weight of this counting year.</param>
/// <param name="ProfileTotal">The sum of the profile weights.</param>
/// <param name="Amount">count × amount per person × weight ÷ total, rounded to the rounding unit.</param>
public sealed record RegularGrantLine(int HousingYear, int CountingYear, long Count, Money AmountPerPerson, long ProfileWeight, long ProfileTotal, Money Amount);
