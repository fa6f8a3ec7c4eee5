namespace Onderwijsroute.Funding.Schemes.EducationRouteSupplement;

/// <summary>The 2026+ supplement per person for one year, with its parts and explanation.</summary>
/// <param name="Year">The year of housing.</param>
/// <param name="GuaranteedPrice">The guaranteed traject price of that year, indexed and rounded.</param>
/// <param name="RegularComponent">The regular SPUK leerroute component of that year.</param>
/// <param name="PerPerson">max(0, guaranteed price − regular component).</param>
/// <param name="Explanation">Which parameters produced it.</param>
public sealed record SupplementResult(int Year, Money GuaranteedPrice, Money RegularComponent, Money PerPerson, Explanation Explanation)
{
    /// <summary>The supplement for a number of asielstatushouders housed in the year with the onderwijsroute as leerroute.</summary>
    /// <param name="count">The count, non-negative.</param>
    public Money ForCount(long count) => count >= 0 ? PerPerson * count : throw new ArgumentOutOfRangeException(nameof(count));
}
