namespace Onderwijsroute.Funding.Parameters;

/// <summary>One parameter of a scheme with all its dated values (Dutch: <em>parameter</em>).</summary>
public sealed class ParameterDefinition
{
    internal ParameterDefinition(string name, string description, ParameterUnit unit, IReadOnlyList<DatedValue> values)
    {
        Name = name;
        Description = description;
        Unit = unit;
        Values = values;
    }

    /// <summary>The parameter's name within its scheme, kebab-case (e.g. <c>budget</c>).</summary>
    public string Name { get; }

    /// <summary>What the parameter means, in Dutch.</summary>
    public string Description { get; }

    /// <summary>The unit of its values.</summary>
    public ParameterUnit Unit { get; }

    /// <summary>Its values in date order; no two overlap.</summary>
    public IReadOnlyList<DatedValue> Values { get; }

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
