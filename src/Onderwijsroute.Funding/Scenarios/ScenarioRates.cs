using Onderwijsroute.Funding.Forecasts;
using Onderwijsroute.Funding.Schemes;
using Onderwijsroute.Funding.Schemes.EducationRouteGrant;
using Onderwijsroute.Funding.Schemes.EducationRouteSupplement;
using Onderwijsroute.Funding.Schemes.RegularGrant;

namespace Onderwijsroute.Funding.Scenarios;

/// <summary>
/// Everything a scenario run needs per year, resolved once from the parameters and the scenario so that the
/// integer kernel can compute a year of 342 gemeenten (and a Monte Carlo draw) without looking anything up.
/// The scheme formulas themselves stay in their calculators: this class asks them for their per-person amounts.
/// </summary>
internal sealed partial class ScenarioRates
{
    private ScenarioRates(ScenarioDefinition scenario)
    {
        Scenario = scenario;
        First = scenario.FirstYear;
        Years = scenario.YearCount;
        Data = scenario.ReferenceData.WithValidYears(Math.Min(scenario.FirstYear, scenario.ReferenceData.Metadata.ValidFromYear), Math.Max(scenario.LastYear, scenario.ReferenceData.Metadata.ValidUntilYear));
        MunicipalityCount = Data.Municipalities.Count;
        Codes = Data.Municipalities.Select(m => m.Code.Value).ToArray();
        var regionIndex = Data.Regions.Select((r, i) => (r.Code, i)).ToDictionary(p => p.Code, p => p.i);
        RegionOf = Data.Municipalities.Select(m => regionIndex[m.RegionCode]).ToArray();
    }

    public ScenarioDefinition Scenario { get; }

    public int First { get; }

    public int Years { get; }

    public ReferenceDataSet Data { get; }

    public int MunicipalityCount { get; }

    public string[] Codes { get; }

    /// <summary>The region position of each gemeente.</summary>
    public int[] RegionOf { get; }

    /// <summary>Average traject price per cohort (start year) and region, in cents, before any price factor.</summary>
    public long[][] PricePerCohortRegion { get; private set; } = [];

    /// <summary>Traject months of cohort c falling in year t.</summary>
    public int[,] Months { get; private set; } = new int[0, 0];

    /// <summary>Whether December of year t is one of the months of a traject of start cohort c.</summary>
    public bool[,] InRouteAtYearEnd { get; private set; } = new bool[0, 0];

    /// <summary>Per housing year t: the share (ten-thousandths) that starts in year t + 1 (<c>aandeel-start-volgend-jaar</c>).</summary>
    public long[] NextYearShare { get; private set; } = [];

    /// <summary>
    /// Per year t: whether those housed in t who start the next year count on 31 December (<c>pip-onderwijsroute</c>):
    /// the capped SPUK's count in its years, the pot's count in a pot year, the default elsewhere.
    /// </summary>
    public bool[] CountsWaiting { get; private set; } = [];

    /// <summary>The index of the supplement's first year when the year before it is a scenario year too, else -1.</summary>
    public int SupplementFirstIndex { get; private set; } = -1;

    public int Duration => Scenario.DurationMonths;

    /// <summary>The traject duration as a divisor for the cost of a cohort's months (every draw divides by it).</summary>
    public InvariantDivisor DurationDivisor { get; private set; }

    /// <summary>Regular SPUK per year t and counting year k (0-based): count × amount × weight ÷ profile total.</summary>
    public RateCents[][] Regular { get; private set; } = [];

    /// <summary>Supplement per person housed in year c (paid in the year of housing).</summary>
    public RateCents[] Supplement { get; private set; } = [];

    /// <summary>The capped €35M pot per year, or null outside its years.</summary>
    public PotRate?[] EducationRouteGrant { get; private set; } = [];

    /// <summary>The scenario's own pot per year, or null.</summary>
    public PotRate?[] ScenarioPot { get; private set; } = [];

    /// <summary>The €24M to centrumgemeenten per year and gemeente (cents), fixed by the region key.</summary>
    public long[][] CentralGrant { get; private set; } = [];

    /// <summary>The share of the gemeentefonds addition attributed to the onderwijsroute per year and gemeente (cents).</summary>
    public long[][] FundAddition { get; private set; } = [];

    /// <summary>Income that no draw changes, per year and gemeente: <see cref="CentralGrant"/> + <see cref="FundAddition"/>.</summary>
    public long[][] FixedIncome { get; private set; } = [];

    /// <summary>The national total of <see cref="CentralGrant"/> per year.</summary>
    public long[] CentralTotal { get; private set; } = [];

    /// <summary>The national total of <see cref="FundAddition"/> per year.</summary>
    public long[] FundTotal { get; private set; } = [];

    /// <summary>Inhabitants on the latest peildatum, the spread key of <see cref="SpreadMethod.Inhabitants"/>.</summary>
    public long[] LatestInhabitants { get; private set; } = [];

    /// <summary>Counts below this have their rounded per-cohort amounts tabulated (a Monte Carlo draw then divides less).</summary>
    public const int TableSize = 512;

    /// <summary>Regular SPUK per year t, counting year k and count s below <see cref="TableSize"/>, already rounded.</summary>
    public long[][][] RegularTable { get; private set; } = [];

    /// <summary>Per housing year t and count s below <see cref="TableSize"/>: how many of s start the next year (<see cref="HousingToStart.Deferred"/>).</summary>
    public long[][] DeferredTable { get; private set; } = [];

    /// <summary>Supplement per cohort c and count s below <see cref="TableSize"/>, already rounded.</summary>
    public long[][] SupplementTable { get; private set; } = [];

    public static ScenarioRates Build(ScenarioDefinition scenario, ExplanationBuilder explanation)
    {
        var rates = new ScenarioRates(scenario);
        var latest = rates.Data.PopulationDates[^1];
        rates.LatestInhabitants = rates.Data.InhabitantsOn(latest).ToArray();
        if (scenario.SpreadMethod == SpreadMethod.Inhabitants)
        {
            explanation.Date("peildatumSpreiding", latest);
        }

        rates.BuildCalendar();
        rates.BuildHousing(explanation);
        rates.BuildPrices();
        rates.BuildRegular(explanation);
        rates.BuildSupplement(explanation);
        rates.BuildPots(explanation);
        rates.BuildFixedGrants(explanation);
        rates.FixedIncome = rates.CentralGrant.Select((central, t) => central.Zip(rates.FundAddition[t], (a, b) => checked(a + b)).ToArray()).ToArray();
        rates.DurationDivisor = new InvariantDivisor(scenario.DurationMonths);
        rates.CentralTotal = rates.CentralGrant.Select(a => a.Sum()).ToArray();
        rates.FundTotal = rates.FundAddition.Select(a => a.Sum()).ToArray();
        rates.RegularTable = rates.Regular.Select(perYear => perYear.Select(Tabulate).ToArray()).ToArray();
        rates.SupplementTable = rates.Supplement.Select(Tabulate).ToArray();
        rates.DeferredTable = rates.NextYearShare.Select(share => Enumerable.Range(0, TableSize).Select(count => HousingToStart.Deferred(count, share)).ToArray()).ToArray();
        return rates;
    }

    private static long[] Tabulate(RateCents rate) =>
        Enumerable.Range(0, TableSize).Select(count => ScenarioKernel.Round(checked(count * rate.Numerator), rate.Denominator, rate.UnitCents)).ToArray();

    private void BuildCalendar()
    {
        Months = new int[Years, Years];
        InRouteAtYearEnd = new bool[Years, Years];
        var firstYearMonths = 13 - Scenario.StartMonth;
        for (var c = 0; c < Years; c++)
        {
            var before = 0;
            for (var t = c; t < Years; t++)
            {
                var available = t == c ? firstYearMonths : 12;
                var months = Math.Clamp(Duration - before, 0, available);
                Months[c, t] = months;
                before += available;
                InRouteAtYearEnd[c, t] = before <= Duration;
            }
        }
    }

    /// <summary>Housing to start and the year-end count (docs/domain.md §4.4 and §4.8).</summary>
    private void BuildHousing(ExplanationBuilder explanation)
    {
        NextYearShare = new long[Years];
        CountsWaiting = new bool[Years];
        var grant = Scenario.Catalogue.FindScheme(SchemeIds.EducationRouteGrant);
        for (var t = 0; t < Years; t++)
        {
            var year = First + t;
            explanation.ForYear(SchemeIds.ForecastAssumptions, ForecastParameterNames.NextYearShare, year);
            NextYearShare[t] = HousingToStart.NextYearShare(Scenario.Catalogue, year);
            var count = YearEndCounts.Default;
            if (grant is not null && grant.CoversYear(year))
            {
                explanation.ForYear(grant.Id, ParameterNames.YearEndCount, year);
                count = YearEndCounts.ForYear(Scenario.Catalogue, year);
            }
            else if (Scenario.PotCents is { } pot && pot[t] > 0 && Scenario.PotKey == ScenarioKeys.YearEndCount)
            {
                count = Scenario.PotCount;
            }

            CountsWaiting[t] = count == YearEndCount.EducationRouteInPlan;
        }

        if (Scenario.StartMonthFromParameters)
        {
            explanation.ForYear(SchemeIds.ForecastAssumptions, ForecastParameterNames.StarterMonth, First);
        }

        var supplement = Scenario.Catalogue.FindScheme(SchemeIds.EducationRouteSupplement);
        SupplementFirstIndex = supplement is not null && supplement.FirstYear > First && supplement.FirstYear <= Scenario.LastYear ? supplement.FirstYear - First : -1;
    }

    private void BuildPrices()
    {
        var regions = Data.Regions;
        var forms = regions.Select(r =>
        {
            var offer = Data.FindOffer(r.Code);
            return TrajectoryLevels.All.Select((_, l) => offer is not null && (TrajectoryLevels.GroupOf(l) switch { "mbo" => offer.Mbo, "hbo" => offer.Hbo, _ => offer.Wo }) == OfferStatus.Contracted).ToArray();
        }).ToArray();
        PricePerCohortRegion = new long[Years][];
        for (var c = 0; c < Years; c++)
        {
            var factor = Scenario.PriceFactor(First + c);
            PricePerCohortRegion[c] = new long[regions.Count];
            for (var r = 0; r < regions.Count; r++)
            {
                var weighted = 0m;
                for (var l = 0; l < TrajectoryLevels.All.Count; l++)
                {
                    weighted += Scenario.LevelShares[l] * (forms[r][l] ? Scenario.ContractedPriceCents[l] : Scenario.CustomPriceCents[l]);
                }

                PricePerCohortRegion[c][r] = (long)decimal.Round(weighted * factor / ScenarioDefinition.LevelShareScale, MidpointRounding.AwayFromZero);
            }
        }
    }

    private void BuildRegular(ExplanationBuilder explanation)
    {
        Regular = new RateCents[Years][];
        for (var t = 0; t < Years; t++)
        {
            var year = First + t;
            var countingYears = (int)Scenario.Catalogue.ForYear(SchemeIds.RegularGrant, ParameterNames.CountingYears, year).Value.AsInteger();

            // One person in each counted cohort: the calculator's lines give the year's amount and profile weights.
            var probe = RegularGrantCalculator.Calculate(Scenario.Catalogue, year, Enumerable.Range(0, countingYears).Select(k => new HousingCohort(year - k, 1)).ToArray()).Value;
            Use(explanation, probe.Explanation);
            var unit = probe.RoundingUnit.Cents;
            Regular[t] = probe.Lines.OrderBy(l => l.CountingYear)
                .Select(l => new RateCents(checked(l.AmountPerPerson.Cents * l.ProfileWeight), l.ProfileTotal == 0 ? 1 : l.ProfileTotal, l.ProfileTotal == 0 ? 0 : unit))
                .ToArray();
        }
    }

    private void BuildSupplement(ExplanationBuilder explanation)
    {
        Supplement = new RateCents[Years];
        var scheme = Scenario.Catalogue.FindScheme(SchemeIds.EducationRouteSupplement);
        if (scheme is null)
        {
            return;
        }

        var catalogues = Scenario.LevelGuaranteeCents is { } guarantee ? LevelCatalogues(scheme, guarantee) : null;
        for (var c = 0; c < Years; c++)
        {
            var year = First + c;
            if (!scheme.CoversYear(year))
            {
                Supplement[c] = new RateCents(0, 1, 1);
                continue;
            }

            if (catalogues is null)
            {
                var result = SupplementCalculator.PerPerson(Scenario.Catalogue, year).Value;
                Use(explanation, result.Explanation);
                Supplement[c] = new RateCents(result.PerPerson.Cents, 1, 1);
                continue;
            }

            // A guarantee per level: the supplement of each level by the same calculator, weighted by the level mix.
            var numerator = 0L;
            for (var l = 0; l < catalogues.Length; l++)
            {
                var result = SupplementCalculator.PerPerson(catalogues[l], year).Value;
                Use(explanation, result.Explanation);
                numerator = checked(numerator + (Scenario.LevelShares[l] * result.PerPerson.Cents));
            }

            Supplement[c] = new RateCents(numerator, ScenarioDefinition.LevelShareScale, 1);
        }
    }

    private ParameterCatalogue[] LevelCatalogues(SchemeDefinition scheme, long[] guarantee)
    {
        var others = Scenario.Catalogue.Overrides.Where(o => !(o.SchemeId == scheme.Id && o.ParameterName == ParameterNames.GuaranteedPrice)).ToList();
        return guarantee.Select((cents, l) => Scenario.Catalogue.WithOverrides(
            [.. others, new ParameterOverride(scheme.Id, ParameterNames.GuaranteedPrice, new LocalDate(scheme.FirstYear, 1, 1), null, Money.FromCents(cents).Euros.ToString(CultureInfo.InvariantCulture), "garantieprijsPerNiveau " + TrajectoryLevels.All[l] + " (scenario)")])).ToArray();
    }
}
