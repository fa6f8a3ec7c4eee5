namespace Onderwijsroute.Funding.Schemes.RegularGrant;

/// <summary>The regular SPUK leerroute component of one gemeente for one year, with its explanation.</summary>
/// <param name="Year">The budget (counting) year.</param>
/// <param name="Lines">One line per counted cohort, oldest first.</param>
/// <param name="Total">The sum of the lines.</param>
/// <param name="RoundingUnit">The unit every line is rounded to.</param>
/// <param name="Explanation">Which parameters and counts produced it.</param>
public sealed record RegularGrantResult(int Year, IReadOnlyList<RegularGrantLine> Lines, Money Total, Money RoundingUnit, Explanation Explanation);
