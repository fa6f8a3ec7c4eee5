namespace Onderwijsroute.Funding.Forecasts;

/// <summary>
/// Expected starters in one year at one level (Dutch: <em>starters per jaar per niveau</em>). They start in the month
/// the forecast assumptions give (<c>startmaand-instroom</c>), were housed in <see cref="HousingYear"/> (by default, and
/// said so in the result, the start year), and take the default price and duration unless given.
/// </summary>
public sealed class StarterGroup
{
    /// <summary>Creates a group.</summary>
    /// <param name="year">The year they start.</param>
    /// <param name="level">The level.</param>
    /// <param name="count">How many; checked by the calculation (field <c>starters[i].aantal</c>).</param>
    /// <exception cref="ArgumentOutOfRangeException">The level is not defined.</exception>
    public StarterGroup(int year, EducationLevel level, long count)
    {
        if (!Enum.IsDefined(level))
        {
            throw new ArgumentOutOfRangeException(nameof(level));
        }

        Year = year;
        Level = level;
        Count = count;
    }

    /// <summary>The year they start.</summary>
    public int Year { get; }

    /// <summary>The level.</summary>
    public EducationLevel Level { get; }

    /// <summary>How many start.</summary>
    public long Count { get; }

    /// <summary>Contracted (default) or maatwerk.</summary>
    public ContractForm ContractForm { get; init; } = ContractForm.Contracted;

    /// <summary>The price per traject, or <c>null</c> for the indexed default.</summary>
    public Money? Price { get; init; }

    /// <summary>The duration in months, or <c>null</c> for the default.</summary>
    public int? DurationMonths { get; init; }

    /// <summary>The year they were housed in the gemeente, or <c>null</c> for the start year (an assumption the result states).</summary>
    public int? HousingYear { get; init; }

    /// <summary>In a region forecast: the member gemeente, or <c>null</c> for the centrumgemeente.</summary>
    public MunicipalityCode? Municipality { get; init; }
}
