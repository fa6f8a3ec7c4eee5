namespace Onderwijsroute.Funding.Scenarios;

/// <summary>One national figure of a year (Dutch: <em>kengetal</em>): a count, or money in cents.</summary>
/// <param name="Name">The name, from <see cref="ScenarioFigures.All"/>.</param>
/// <param name="IsMoney">Whether <paramref name="Value"/> is cents.</param>
/// <param name="Value">The count or the cents.</param>
public sealed record ScenarioFigure(string Name, bool IsMoney, long Value)
{
    /// <summary>The value as money, or <c>null</c> for a count.</summary>
    public Money? Money => IsMoney ? Funding.Money.FromCents(Value) : null;
}
