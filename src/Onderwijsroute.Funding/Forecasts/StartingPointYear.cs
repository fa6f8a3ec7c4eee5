namespace Onderwijsroute.Funding.Forecasts;

/// <summary>One housing year of a gemeente's <see cref="StartingPoint"/>.</summary>
/// <param name="HousingYear">The year of housing.</param>
/// <param name="NationalInflow">The national inflow of the year (all gemeenten).</param>
/// <param name="Housed">The gemeente's part: persons housed in the year for whom the onderwijsroute is set.</param>
/// <param name="StartingSameYear">Of them, those who start in the start month of the housing year.</param>
/// <param name="StartingNextYear">Of them, those who start in the start month of the next year.</param>
public sealed record StartingPointYear(int HousingYear, long NationalInflow, long Housed, long StartingSameYear, long StartingNextYear);
