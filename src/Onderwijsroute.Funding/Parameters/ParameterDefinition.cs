namespace Onderwijsroute.Funding.Parameters;

/// <summary>One parameter of a scheme with all its dated values (Dutch: <em>parameter</em>).</summary>
/// <param name="Name">The parameter's name within its scheme, kebab-case (e.g. <c>budget</c>).</param>
/// <param name="Description">What the parameter means, in Dutch.</param>
/// <param name="Unit">The unit of its values.</param>
/// <param name="Values">Its values in date order; no two overlap.</param>
public sealed record ParameterDefinition(string Name, string Description, ParameterUnit Unit, IReadOnlyList<DatedValue> Values)
{
    /// <summary>The value in force on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The value, or <c>null</c> when none is in force.</returns>
    public DatedValue? ValueOn(LocalDate date)
    {
        for (var i = 0; i < Values.Count; i++)
        {
            if (Values[i].Covers(date))
            {
                return Values[i];
            }
        }

        return null;
    }
}
