using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Onderwijsroute.Funding.Settlement;

namespace Onderwijsroute.Funding.Forecasts;

/// <summary>
/// The national advances a forecast reads (the €35M by inhabitants, the €24M to the centrumgemeenten, the municipal
/// fund's share), computed once per parameter catalogue, reference data, scheme, year and peildatum. They depend on
/// nothing in the forecast itself, and both inputs are immutable, so every forecast on the same parameters shares them;
/// a catalogue with overrides is another instance and gets its own.
/// </summary>
internal static class SharedAdvances
{
    private static readonly ConditionalWeakTable<ParameterCatalogue, ConcurrentDictionary<(ReferenceDataSet Data, string SchemeId, int Year, LocalDate? Date), AdvanceResult>> Kept = [];

    /// <summary>The advances of a scheme and year (by the scheme's own peildatum unless one is given).</summary>
    /// <exception cref="InvalidOperationException">The scheme cannot be computed for that year: the forecast's rules check that first.</exception>
    public static AdvanceResult Of(ParameterCatalogue catalogue, ReferenceDataSet data, string schemeId, int year, LocalDate? populationDate = null) =>
        Kept.GetValue(catalogue, _ => new())
            .GetOrAdd((data, schemeId, year, populationDate), key => AdvanceCalculator.Calculate(catalogue, key.Data, new AdvanceRequest(key.SchemeId, key.Year) { PopulationDate = key.Date }).Value);
}
