namespace Onderwijsroute.Funding.Scenarios;

/// <summary>
/// A run's supplement spending in one year against the budgeted total (Dutch: <em>toeslag tegen het budget</em>,
/// docs/scenarios.md): the year's share of <c>totaalbudget</c> (split evenly over the supplement's years: no split per
/// year is published), the number of trajecten it pays at the run's supplement per person, and what the run spends.
/// </summary>
/// <param name="Year">The year.</param>
/// <param name="Budget">The year's share of the budgeted total.</param>
/// <param name="PerPerson">The supplement per person housed in the year, as the run pays it (with a guarantee per level: the level mix's average, to the cent).</param>
/// <param name="ImpliedTrajectories">Budget ÷ per person, rounded half away from zero: the trajecten the budget pays; 0 when the supplement is 0.</param>
/// <param name="Persons">The persons housed in the year in the run: those the supplement is paid for.</param>
/// <param name="Spending">The run's supplement spending in the year.</param>
/// <param name="Difference">Spending − budget: positive, the run spends more than budgeted.</param>
public sealed record SupplementBudgetYear(int Year, Money Budget, Money PerPerson, long ImpliedTrajectories, long Persons, Money Spending, Money Difference);
