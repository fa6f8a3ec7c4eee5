namespace Onderwijsroute.Funding.Forecasts;

/// <summary>A count for one calendar year, e.g. the assumed national count in the onderwijsroute on 31 December of that year.</summary>
/// <param name="Year">The year.</param>
/// <param name="Count">The count (checked by the calculation that takes it).</param>
public sealed record YearCount(int Year, long Count);
