using System.Runtime.CompilerServices;
using Onderwijsroute.Funding.Allocation;
using Onderwijsroute.Funding.Schemes;
using Onderwijsroute.Funding.Schemes.EducationRouteGrant;

namespace Onderwijsroute.Funding.Forecasts;

/// <summary>
/// The national projection of the onderwijsroute (Dutch: <em>landelijke projectie</em>, docs/domain.md §4.8): the
/// inflow by housing year of the chosen variant (<c>instroom-onderwijsroute-…</c>, derived in <c>prognose-aannames</c>
/// from the CBS asylum cohorts), spread over the gemeenten by inhabitants in whole people, mapped to trajecten by
/// <see cref="HousingToStart"/>. The national year-end count is the sum over the gemeenten, so a gemeente's
/// <see cref="StartingPoint"/> is exactly its part, and a scenario with the same inflow counts the same.
/// </summary>
public sealed class NationalProjection
{
    private static readonly ConditionalWeakTable<ParameterCatalogue, NationalProjection> Built = [];

    private readonly ReferenceDataSet _data;
    private readonly long[] _national;
    private readonly long[][] _housed;
    private readonly long[][] _deferred;
    private readonly long[][] _started;
    private readonly int[] _startMonth;
    private readonly int[] _months;
    private readonly long[][] _levelShares;

    private NationalProjection(ParameterCatalogue catalogue, ReferenceDataSet data)
    {
        var assumptions = catalogue.FindScheme(SchemeIds.ForecastAssumptions) ?? throw new InvalidDataException("The forecast assumptions are missing.");
        _data = data;
        FirstYear = assumptions.FirstYear;
        LastYear = assumptions.LastYear;
        PopulationDate = data.PopulationDates[^1];
        var explanation = new ExplanationBuilder(catalogue);
        Variant = explanation.ForYear(assumptions.Id, ForecastParameterNames.ProjectionVariant, FirstYear).AsText();
        explanation.Date("peildatumInwoners", PopulationDate);
        var years = LastYear - FirstYear + 1;
        var key = data.InhabitantsOn(PopulationDate).ToArray();
        var claims = data.Municipalities.Select((m, g) => new AllocationClaim(m.Code.Value, key[g])).ToArray();
        _national = new long[years];
        _housed = new long[years][];
        _deferred = new long[years][];
        _started = new long[years][];
        _startMonth = new int[years];
        _months = new int[years];
        _levelShares = new long[years][];
        for (var y = 0; y < years; y++)
        {
            var year = FirstYear + y;
            _national[y] = explanation.ForYear(assumptions.Id, ForecastParameterNames.InflowPrefix + Variant, year).AsInteger();
            _startMonth[y] = (int)explanation.ForYear(assumptions.Id, ForecastParameterNames.StarterMonth, year).AsInteger();
            _months[y] = (int)explanation.ForYear(assumptions.Id, ForecastParameterNames.TrajectoryMonths, year).AsInteger();
            explanation.ForYear(assumptions.Id, ForecastParameterNames.NextYearShare, year);
            var share = HousingToStart.NextYearShare(catalogue, year);
            _levelShares[y] = LevelShares(catalogue, year);

            // Whole people, as the scenarios spread them: largest remainder over the inhabitants, ties to the lower code.
            var shares = CappedBudgetAllocator.Allocate(Money.FromCents(_national[y]), Money.FromCents(1), claims).Shares;
            _housed[y] = shares.Select(s => s.Amount.Cents).ToArray();
            _deferred[y] = _housed[y].Select(h => HousingToStart.Deferred(h, share)).ToArray();
            _started[y] = new long[key.Length];
            for (var g = 0; g < key.Length; g++)
            {
                _started[y][g] = _housed[y][g] - _deferred[y][g] + (y > 0 ? _deferred[y - 1][g] : 0);
            }
        }

        explanation.Note(string.Create(CultureInfo.InvariantCulture, $"Landelijke projectie, variant {Variant}: instroom in de onderwijsroute naar jaar van huisvesting (asielcohort × aandeel brede intake × aandeel onderwijsroute), over de gemeenten verdeeld naar inwoners op {PopulationDate:yyyy-MM-dd} in hele personen; van wie in een jaar is gehuisvest start het deel 'aandeel-start-volgend-jaar' pas in het volgende jaar, de rest in de startmaand van het jaar zelf."));
        Explanation = explanation.Build();
    }

    /// <summary>The first year of the projection (the first year of the forecast assumptions: 2022, when the Wet inburgering 2021 took effect).</summary>
    public int FirstYear { get; }

    /// <summary>The last year of the projection (the last year of the forecast assumptions).</summary>
    public int LastYear { get; }

    /// <summary>The variant (<c>laag</c>, <c>centraal</c>, <c>hoog</c>).</summary>
    public string Variant { get; }

    /// <summary>The inhabitants' peildatum of the spread over the gemeenten (the latest known).</summary>
    public LocalDate PopulationDate { get; }

    /// <summary>The parameters (status and source), the peildatum and the rule behind the projection.</summary>
    public Explanation Explanation { get; }

    /// <summary>
    /// Checks the parameters the projection rests on, as overrides may have set them: a known variant, shares of 0 to 1
    /// with at most four decimals, level shares adding up to 1, a start month of 1 to 12 and a duration of at least a month.
    /// </summary>
    /// <param name="catalogue">The parameters with any overrides.</param>
    /// <returns>Every problem, in Dutch; empty when <see cref="Build"/> can use them.</returns>
    public static IReadOnlyList<string> Problems(ParameterCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        var assumptions = catalogue.FindScheme(SchemeIds.ForecastAssumptions) ?? throw new InvalidDataException("The forecast assumptions are missing.");
        var problems = new List<string>();
        var first = catalogue.ForYear(assumptions.Id, ForecastParameterNames.ProjectionVariant, assumptions.FirstYear).Value.AsText();

        // One projection, one variant: the years of a forecast or scenario must not mix them. Named once.
        var wrong = Enumerable.Range(assumptions.FirstYear, assumptions.LastYear - assumptions.FirstYear + 1)
            .Select(year => (Year: year, Variant: catalogue.ForYear(assumptions.Id, ForecastParameterNames.ProjectionVariant, year).Value.AsText()))
            .FirstOrDefault(p => assumptions.FindParameter(ForecastParameterNames.InflowPrefix + p.Variant) is null || p.Variant != first);
        if (wrong.Variant is not null)
        {
            problems.Add($"'{ForecastParameterNames.ProjectionVariant}' is '{wrong.Variant}' ({wrong.Year}); mogelijk zijn '{ForecastParameterNames.VariantLow}', '{ForecastParameterNames.VariantCentral}' en '{ForecastParameterNames.VariantHigh}', dezelfde in elk jaar.");
        }

        for (var year = assumptions.FirstYear; year <= assumptions.LastYear; year++)
        {
            if (HousingToStart.ShareProblem(catalogue, year) is { } share)
            {
                problems.Add(share);
            }

            var month = catalogue.ForYear(assumptions.Id, ForecastParameterNames.StarterMonth, year).Value.AsInteger();
            if (month is < 1 or > 12)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"'{ForecastParameterNames.StarterMonth}' moet 1 tot en met 12 zijn, niet {month} ({year})."));
            }

            if (catalogue.ForYear(assumptions.Id, ForecastParameterNames.TrajectoryMonths, year).Value.AsInteger() < 1)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"'{ForecastParameterNames.TrajectoryMonths}' moet ten minste 1 zijn ({year})."));
            }

            var total = 0m;
            var exact = true;
            foreach (var level in TrajectoryLevelNames())
            {
                var levelShare = catalogue.ForYear(assumptions.Id, ForecastParameterNames.LevelSharePrefix + level, year).Value.AsFraction();
                exact &= levelShare * HousingToStart.ShareScale == decimal.Truncate(levelShare * HousingToStart.ShareScale) && levelShare >= 0;
                total += levelShare;
            }

            if (total != 1m || !exact)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"De '{ForecastParameterNames.LevelSharePrefix}…'-aandelen moeten niet negatief zijn, ten hoogste vier decimalen hebben en optellen tot 1, niet {total} ({year})."));
            }
        }

        return problems.Distinct().ToArray();
    }

    /// <summary>Builds the projection, or names what in the parameters keeps it from being built.</summary>
    /// <param name="catalogue">The parameters with any overrides.</param>
    /// <param name="data">The gemeenten and their inhabitants.</param>
    /// <returns>The projection, or the problems (field <c>overschrijvingen</c>).</returns>
    /// <remarks>
    /// Immutable and the same for the same catalogue and data, so it is kept with the catalogue (for as long as the
    /// catalogue lives): the service's catalogue builds it once, a catalogue with a request's overrides once per request.
    /// </remarks>
    public static Validated<NationalProjection> Build(ParameterCatalogue catalogue, ReferenceDataSet data)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(data);
        if (Built.TryGetValue(catalogue, out var kept) && ReferenceEquals(kept._data, data))
        {
            return Validated.Valid(kept);
        }

        var problems = Problems(catalogue);
        if (problems.Count > 0)
        {
            return Validated.Invalid<NationalProjection>(InputErrorsBuilder.Collect(errors => problems.ToList().ForEach(p => errors.Add("overschrijvingen", p))));
        }

        var projection = new NationalProjection(catalogue, data);
        Built.AddOrUpdate(catalogue, projection);
        return Validated.Valid(projection);
    }

    /// <summary>The national inflow of a housing year (the parameter of the variant).</summary>
    /// <param name="housingYear">A year of the projection.</param>
    public long NationalInflow(int housingYear) => _national[Index(housingYear)];

    /// <summary>
    /// The national count on 31 December of a year: the sum over the gemeenten of the trajecten that run in December and,
    /// with <see cref="YearEndCount.EducationRouteInPlan"/>, of those housed in the year who start the next year.
    /// </summary>
    /// <param name="year">A year of the projection.</param>
    /// <param name="count">Who counts.</param>
    public long YearEndCount(int year, YearEndCount count)
    {
        var t = Index(year);
        var total = 0L;
        for (var c = 0; c <= t; c++)
        {
            if (HousingToStart.RunsInDecember(FirstYear + c, _startMonth[c], _months[c], year))
            {
                total += _started[c].Sum();
            }
        }

        return count == Schemes.EducationRouteGrant.YearEndCount.EducationRouteInPlan ? total + _deferred[t].Sum() : total;
    }

    /// <summary>Persons housed in a year before <paramref name="boundaryYear"/> who start in it or later: the cohort between the schemes.</summary>
    /// <param name="boundaryYear">The first year of the supplement.</param>
    public long StartingAcross(int boundaryYear) =>
        boundaryYear > FirstYear && boundaryYear <= LastYear ? _deferred[Index(boundaryYear - 1)].Sum() : 0;

    /// <summary>A gemeente's part of the projection: its starting point.</summary>
    /// <param name="municipality">The gemeente.</param>
    /// <exception cref="ArgumentException">The gemeente is not in the reference data.</exception>
    public StartingPoint StartingPointOf(MunicipalityCode municipality)
    {
        var g = _data.IndexOf(municipality);
        if (g < 0)
        {
            throw new ArgumentException($"Gemeente {municipality} is not in the reference data.", nameof(municipality));
        }

        var years = new List<StartingPointYear>(_national.Length);
        var starters = new List<StarterGroup>();
        for (var y = 0; y < _national.Length; y++)
        {
            var year = FirstYear + y;
            var deferred = _deferred[y][g];
            years.Add(new StartingPointYear(year, _national[y], _housed[y][g], _housed[y][g] - deferred, deferred));
            Split(starters, year, year, _housed[y][g] - deferred, _levelShares[y], municipality);
            Split(starters, year + 1, year, deferred, _levelShares[Math.Min(y + 1, _national.Length - 1)], municipality);
        }

        var m = _data.Municipalities[g];
        return new StartingPoint(m.Code, m.Name, Variant, PopulationDate, _data.InhabitantsOn(PopulationDate)[g], _data.InhabitantsOn(PopulationDate).ToArray().Sum(), years, starters, Explanation);
    }

    private static IEnumerable<string> TrajectoryLevelNames() => EducationLevelNames.All.Where(l => EducationLevelNames.TryParse(l, out var level) && level.IsEducationRoute());

    private static long[] LevelShares(ParameterCatalogue catalogue, int year) =>
        TrajectoryLevelNames().Select(l => (long)(catalogue.ForYear(SchemeIds.ForecastAssumptions, ForecastParameterNames.LevelSharePrefix + l, year).Value.AsFraction() * HousingToStart.ShareScale)).ToArray();

    /// <summary>Splits a group over the levels by the level shares, whole people by largest remainder (ties to the level named first alphabetically).</summary>
    private static void Split(List<StarterGroup> into, int startYear, int housingYear, long count, long[] shares, MunicipalityCode municipality)
    {
        if (count == 0)
        {
            return;
        }

        var names = TrajectoryLevelNames().ToArray();
        var claims = names.Select((name, l) => new AllocationClaim(name, shares[l])).ToArray();
        foreach (var share in CappedBudgetAllocator.Allocate(Money.FromCents(count), Money.FromCents(1), claims).Shares)
        {
            if (share.Amount.Cents > 0 && EducationLevelNames.TryParse(share.RecipientCode, out var level))
            {
                into.Add(new StarterGroup(startYear, level, share.Amount.Cents) { HousingYear = housingYear, Municipality = municipality });
            }
        }
    }

    private int Index(int year) =>
        year >= FirstYear && year <= LastYear ? year - FirstYear : throw new ArgumentOutOfRangeException(nameof(year), year, $"The projection covers {FirstYear}-{LastYear}.");
}
