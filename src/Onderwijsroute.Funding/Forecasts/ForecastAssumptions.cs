using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Onderwijsroute.Funding.Schemes;

namespace Onderwijsroute.Funding.Forecasts;

/// <summary>
/// Reads the forecast defaults from <c>prognose-aannames</c> (with any overrides) and caches the indexed default prices.
/// One instance per catalogue (immutable, so every forecast on it shares the same defaults); the caches are safe for
/// concurrent forecasts.
/// </summary>
internal sealed class ForecastAssumptions
{
    private static readonly ConditionalWeakTable<ParameterCatalogue, ForecastAssumptions> Shared = [];

    private readonly ParameterCatalogue _catalogue;
    private readonly ConcurrentDictionary<(bool B1Entree, int Year), Money> _defaultPrices = new();
    private readonly ConcurrentDictionary<(bool B1Entree, int Year), ResolvedParameter[]> _defaultPriceParameters = new();
    private readonly ConcurrentDictionary<(bool B1Entree, int Year), int> _defaultMonths = new();
    private readonly ConcurrentDictionary<(bool B1Entree, int Year), string> _defaultPriceNotes = new();

    private ForecastAssumptions(ParameterCatalogue catalogue)
    {
        _catalogue = catalogue;
        (FirstYear, LastYear) = ForecastCalculator.Years(catalogue);
    }

    public static ForecastAssumptions For(ParameterCatalogue catalogue) => Shared.GetValue(catalogue, c => new ForecastAssumptions(c));

    public ParameterCatalogue Catalogue => _catalogue;

    /// <summary>The first year of the assumptions, and so of a forecast (<see cref="ForecastCalculator.Years"/>).</summary>
    public int FirstYear { get; }

    /// <summary>The last year of the assumptions, and so of a forecast.</summary>
    public int LastYear { get; }

    public ResolvedParameter Resolve(string name, int year) => _catalogue.ForYear(SchemeIds.ForecastAssumptions, name, year);

    public long Integer(string name, int year) => Resolve(name, year).Value.AsInteger();

    public Money Amount(string name, int year) => Resolve(name, year).Value.AsMoney();

    /// <summary>The default price of a traject starting in a year: the base price compounded with every year's indexation up to that year, rounded to cents.</summary>
    public Money DefaultPrice(EducationLevel level, int startYear)
    {
        var key = (level == EducationLevel.B1Entree, startYear);
        if (!_defaultPrices.TryGetValue(key, out var price))
        {
            price = Rounding.RoundHalfAwayFromZero(IndexedEuros(key.Item1, startYear, null), Money.FromCents(1));
            _defaultPrices[key] = price;
        }

        return price;
    }

    /// <summary>Adds the parameters behind a default price to an explanation.</summary>
    public void ExplainDefaultPrice(ExplanationBuilder explanation, EducationLevel level, int startYear)
    {
        var key = (level == EducationLevel.B1Entree, startYear);
        if (!_defaultPriceParameters.TryGetValue(key, out var used))
        {
            var collector = new ExplanationBuilder(_catalogue);
            IndexedEuros(key.Item1, startYear, collector);
            used = [.. collector.Build().Parameters];
            _defaultPriceParameters[key] = used;
        }

        foreach (var parameter in used)
        {
            explanation.Use(parameter);
        }
    }

    /// <summary>The note that states a default price (the same text for every forecast on this catalogue, so made once).</summary>
    public string DefaultPriceNote(EducationLevel level, int startYear) =>
        _defaultPriceNotes.GetOrAdd((level == EducationLevel.B1Entree, startYear), key => string.Create(CultureInfo.InvariantCulture, $"Standaardprijs {(key.B1Entree ? "B1-Entree" : "onderwijsroutetraject")} bij start in {key.Year}: {DefaultPrice(level, key.Year).Euros} euro (geïndexeerd, afgerond op centen)."));

    public int DefaultMonths(EducationLevel level, int year)
    {
        var key = (level == EducationLevel.B1Entree, year);
        if (!_defaultMonths.TryGetValue(key, out var months))
        {
            months = (int)Integer(key.Item1 ? ForecastParameterNames.B1EntreeMonths : ForecastParameterNames.TrajectoryMonths, year);
            _defaultMonths[key] = months;
        }

        return months;
    }

    public static string PriceParameter(EducationLevel level) =>
        level == EducationLevel.B1Entree ? ForecastParameterNames.B1EntreePrice : ForecastParameterNames.TrajectoryPrice;

    public static string TravelParameter(ContractForm form) =>
        form == ContractForm.Custom ? ForecastParameterNames.TravelCustom : ForecastParameterNames.TravelContracted;

    private decimal IndexedEuros(bool b1Entree, int startYear, ExplanationBuilder? explanation)
    {
        var basePrice = Resolve(b1Entree ? ForecastParameterNames.B1EntreePrice : ForecastParameterNames.TrajectoryPrice, startYear);
        explanation?.Use(basePrice);
        var euros = basePrice.Value.AsMoney().Euros;

        // As the supplement does: compound every year's indexation from the base value's first year up to the start year.
        for (var y = basePrice.From.Year; y <= startYear; y++)
        {
            var index = Resolve(ForecastParameterNames.CostIndexation, y);
            explanation?.Use(index);
            euros *= 1m + index.Value.AsFraction();
        }

        return euros;
    }
}
