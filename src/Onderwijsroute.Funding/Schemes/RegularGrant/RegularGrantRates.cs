using System.Runtime.CompilerServices;

namespace Onderwijsroute.Funding.Schemes.RegularGrant;

/// <summary>
/// The leerroute component's values for one budget year (docs/domain.md §4): the per-person amount, the rounding unit,
/// the counting period and its profile weights, read once per catalogue and year. A forecast applies them to every
/// gemeente's cohorts; the calculator to a request's.
/// </summary>
internal sealed class RegularGrantRates
{
    private static readonly ConditionalWeakTable<ParameterCatalogue, System.Collections.Concurrent.ConcurrentDictionary<int, RegularGrantRates>> Kept = [];

    private readonly long[] _weights;
    private readonly ResolvedParameter[] _used;

    private RegularGrantRates(ParameterCatalogue catalogue, int year)
    {
        var used = new List<ResolvedParameter>();
        ResolvedParameter Read(string name)
        {
            var resolved = catalogue.ForYear(SchemeIds.RegularGrant, name, year);
            used.Add(resolved);
            return resolved;
        }

        PerPerson = Read(ParameterNames.LearningRouteComponent).Value.AsMoney();
        Unit = Read(ParameterNames.RoundingUnit).Value.AsMoney();
        CountingYears = (int)Read(ParameterNames.CountingYears).Value.AsInteger();
        _weights = new long[CountingYears];
        for (var k = 0; k < CountingYears; k++)
        {
            _weights[k] = Read(ParameterNames.ProfileWeightPrefix + (k + 1).ToString(CultureInfo.InvariantCulture)).Value.AsInteger();
        }

        ProfileTotal = _weights.Sum();
        _used = used.ToArray();
    }

    /// <summary>The leerroute component per person.</summary>
    public Money PerPerson { get; }

    /// <summary>The unit amounts are rounded to.</summary>
    public Money Unit { get; }

    /// <summary>How many years a housing cohort is counted, from its housing year.</summary>
    public int CountingYears { get; }

    /// <summary>The sum of the profile weights.</summary>
    public long ProfileTotal { get; }

    /// <summary>The rates of a year; the caller has checked that the scheme covers it and that the counting period has its weights.</summary>
    public static RegularGrantRates For(ParameterCatalogue catalogue, int year) =>
        Kept.GetValue(catalogue, _ => new()).GetOrAdd(year, y => new RegularGrantRates(catalogue, y));

    /// <summary>The profile weight of a counting year (1 = the housing year).</summary>
    public long Weight(int countingYear) => _weights[countingYear - 1];

    /// <summary>count × per-person amount × weight / profile total, rounded half away from zero to the unit.</summary>
    public Money AmountFor(int countingYear, long count) =>
        Money.FromCents(ProfileTotal == 0 ? 0 : Rounding.RoundHalfAwayFromZero((Int128)count * PerPerson.Cents * _weights[countingYear - 1], ProfileTotal, Unit.Cents));

    /// <summary>Records every value read in an explanation, in the order read.</summary>
    public void Explain(ExplanationBuilder explanation)
    {
        foreach (var parameter in _used)
        {
            explanation.Use(parameter);
        }
    }
}
