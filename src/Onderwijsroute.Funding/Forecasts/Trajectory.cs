namespace Onderwijsroute.Funding.Forecasts;

/// <summary>
/// One participant's traject as a gemeente plans or contracted it (Dutch: <em>traject</em>). Price and duration left
/// out take the forecast assumptions; the checks against the forecast period happen in the calculation, which names
/// the field.
/// </summary>
public sealed class Trajectory
{
    /// <summary>Creates a traject.</summary>
    /// <param name="start">The start date; the month it falls in is the first month of cost.</param>
    /// <param name="level">The level.</param>
    /// <param name="contractForm">Contracted or maatwerk.</param>
    /// <exception cref="ArgumentOutOfRangeException">The level or form is not defined.</exception>
    public Trajectory(LocalDate start, EducationLevel level, ContractForm contractForm)
    {
        if (!Enum.IsDefined(level))
        {
            throw new ArgumentOutOfRangeException(nameof(level));
        }

        if (!Enum.IsDefined(contractForm))
        {
            throw new ArgumentOutOfRangeException(nameof(contractForm));
        }

        Start = start;
        Level = level;
        ContractForm = contractForm;
    }

    /// <summary>The start date.</summary>
    public LocalDate Start { get; }

    /// <summary>The level.</summary>
    public EducationLevel Level { get; }

    /// <summary>Contracted or maatwerk.</summary>
    public ContractForm ContractForm { get; }

    /// <summary>The contract price of the whole traject, or <c>null</c> for the indexed default of the start year.</summary>
    public Money? Price { get; init; }

    /// <summary>The duration in months, or <c>null</c> for the default.</summary>
    public int? DurationMonths { get; init; }

    /// <summary>The participant's birth date, if known; a participant under the inburgering age brings no funding until the year they reach it.</summary>
    public LocalDate? BirthDate { get; init; }

    /// <summary>The year the participant was housed in the gemeente, or <c>null</c> for the start year (an assumption, noted).</summary>
    public int? HousingYear { get; init; }

    /// <summary>In a region forecast: the member gemeente the participant lives in, or <c>null</c> for the centrumgemeente.</summary>
    public MunicipalityCode? Municipality { get; init; }
}
