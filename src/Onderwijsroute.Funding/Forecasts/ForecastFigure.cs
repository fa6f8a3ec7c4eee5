namespace Onderwijsroute.Funding.Forecasts;

/// <summary>
/// One amount of a forecast year with its key and explanation (Dutch: <em>post</em>): a cost category
/// (<c>trajecten</c>, <c>b1Entree</c>, <c>reiskosten</c>, <c>overbrugging</c>) or an income scheme (its regeling id).
/// </summary>
/// <param name="Key">The category or scheme id.</param>
/// <param name="Amount">The amount in the year.</param>
/// <param name="Explanation">Parameters (with status and source), counts, dates and notes behind the amount.</param>
public sealed record ForecastFigure(string Key, Money Amount, Explanation Explanation);
