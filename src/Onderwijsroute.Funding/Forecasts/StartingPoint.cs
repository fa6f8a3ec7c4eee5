namespace Onderwijsroute.Funding.Forecasts;

/// <summary>
/// A gemeente's realistic start (Dutch: <em>startpunt</em>, docs/domain.md §4.8): its part of the national projection,
/// by inhabitants, as persons housed per year and as starters per start year and level with their housing year — what a
/// forecast without participants assumes, and what a form can be filled with.
/// </summary>
public sealed class StartingPoint
{
    internal StartingPoint(MunicipalityCode municipality, string name, string variant, LocalDate populationDate, long inhabitants, long nationalInhabitants, IReadOnlyList<StartingPointYear> years, IReadOnlyList<StarterGroup> starters, Explanation explanation)
    {
        Municipality = municipality;
        Name = name;
        Variant = variant;
        PopulationDate = populationDate;
        Inhabitants = inhabitants;
        NationalInhabitants = nationalInhabitants;
        Years = years;
        Starters = starters;
        Explanation = explanation;
    }

    /// <summary>The gemeente.</summary>
    public MunicipalityCode Municipality { get; }

    /// <summary>Its name.</summary>
    public string Name { get; }

    /// <summary>The projection variant.</summary>
    public string Variant { get; }

    /// <summary>The peildatum of the inhabitants the national inflow is spread by.</summary>
    public LocalDate PopulationDate { get; }

    /// <summary>The gemeente's inhabitants on that date.</summary>
    public long Inhabitants { get; }

    /// <summary>All gemeenten's inhabitants on that date.</summary>
    public long NationalInhabitants { get; }

    /// <summary>Per housing year of the projection: the national inflow and the gemeente's part, by start year.</summary>
    public IReadOnlyList<StartingPointYear> Years { get; }

    /// <summary>The gemeente's starters per start year and level, each with its housing year (start years up to one after the projection).</summary>
    public IReadOnlyList<StarterGroup> Starters { get; }

    /// <summary>The parameters (status and source) and the rule behind it.</summary>
    public Explanation Explanation { get; }
}
