namespace Onderwijsroute.Funding.Forecasts;

/// <summary>
/// A gemeente's realistic start (Dutch: <em>startpunt</em>, docs/domain.md §4.8): its part of the national projection,
/// by inhabitants, as persons housed per year and as starters per start year and level with their housing year — what a
/// forecast without participants assumes, and what a form can be filled with.
/// </summary>
/// <param name="Municipality">The gemeente.</param>
/// <param name="Name">Its name.</param>
/// <param name="Variant">The projection variant.</param>
/// <param name="PopulationDate">The peildatum of the inhabitants the national inflow is spread by.</param>
/// <param name="Inhabitants">The gemeente's inhabitants on that date.</param>
/// <param name="NationalInhabitants">All gemeenten's inhabitants on that date.</param>
/// <param name="Years">Per housing year of the projection: the national inflow and the gemeente's part, by start year.</param>
/// <param name="Starters">The gemeente's starters per start year and level, each with its housing year (start years up to one after the projection).</param>
/// <param name="Explanation">The parameters (status and source) and the rule behind it.</param>
public sealed record StartingPoint(MunicipalityCode Municipality, string Name, string Variant, LocalDate PopulationDate, long Inhabitants, long NationalInhabitants, IReadOnlyList<StartingPointYear> Years, IReadOnlyList<StarterGroup> Starters, Explanation Explanation);
