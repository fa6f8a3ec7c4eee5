namespace Onderwijsroute.Funding.Scenarios;

/// <summary>One national figure across the compared runs (Dutch: <em>vergelijking van een kengetal</em>).</summary>
/// <param name="Name">The figure, from <see cref="ScenarioFigures.All"/>.</param>
/// <param name="IsMoney">Whether the values are cents.</param>
/// <param name="Values">The value in each run, in the order of the runs.</param>
/// <param name="DifferencesFromFirst">Each run's value minus the first run's (the first is 0).</param>
public sealed record FigureComparison(string Name, bool IsMoney, IReadOnlyList<long> Values, IReadOnlyList<long> DifferencesFromFirst);
