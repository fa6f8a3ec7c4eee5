using System.Collections.Concurrent;
using Onderwijsroute.Funding.Allocation;
using Onderwijsroute.Funding.Schemes;
using Onderwijsroute.Funding.Schemes.EducationRouteGrant;
using Onderwijsroute.Funding.Schemes.EducationRouteSupplement;
using Onderwijsroute.Funding.Schemes.RegularGrant;
using Onderwijsroute.Funding.Settlement;

namespace Onderwijsroute.Funding.Forecasts;

/// <summary>
/// The income of the forecast's gemeenten per scheme and year, computed by the schemes' own calculators: the regular
/// SPUK leerroute component per funding cohort, the capped SPUK onderwijsroute (advance by inhabitants, expected
/// definitive amount by the year-end count against the national count of the projection or the request), the 2026+
/// supplement, the €24M to the centrumgemeente (region forecasts only) and the chosen share of the gemeentefonds
/// additions; and when each arrives (<see cref="YearIncome.Payments"/>, docs/domain.md §4.7).
/// </summary>
internal sealed class IncomeEstimator
{
    /// <summary>
    /// The explanation's count names per gemeente (the empty key: a forecast of one gemeente, names without a prefix)
    /// and cohort, made once (a few thousand at most: gemeenten × years).
    /// </summary>
    private static readonly ConcurrentDictionary<string, ConcurrentDictionary<int, string>> CohortNames = new(StringComparer.Ordinal);

    private readonly ParameterCatalogue _catalogue;
    private readonly ReferenceDataSet _data;
    private readonly IReadOnlyList<MunicipalityCode> _members;
    private readonly LabourMarketRegion? _region;
    private readonly CostSchedule _schedule;
    private readonly (int FundingYear, long Count, ExplainedCount Explained)[][] _cohorts;
    private readonly Dictionary<int, long> _supplementCohorts = [];
    private readonly NationalProjection _projection;
    private readonly IReadOnlyDictionary<int, long> _givenNationalCounts;
    private readonly long[]?[] _ownCounts;
    private readonly YearEndCount?[] _countRules;

    public IncomeEstimator(ParameterCatalogue catalogue, ReferenceDataSet data, IReadOnlyList<MunicipalityCode> members, LabourMarketRegion? region, CostSchedule schedule, ReadOnlySpan<ParticipantGroup> groups, NationalProjection projection, IReadOnlyDictionary<int, long> givenNationalCounts)
    {
        _catalogue = catalogue;
        _projection = projection;
        _givenNationalCounts = givenNationalCounts;
        _data = data;
        _members = members;
        _region = region;
        _schedule = schedule;
        _ownCounts = new long[schedule.Years][];
        _countRules = new YearEndCount?[schedule.Years];

        // Each member's cohorts in the order of first use (the order the explanation lists them in); a member has a
        // cohort per funding year, a dozen at most, so a scan finds it.
        var cohorts = new List<(int FundingYear, long Count)>[members.Count];
        for (var i = 0; i < members.Count; i++)
        {
            cohorts[i] = [];
        }

        foreach (ref readonly var g in groups)
        {
            var list = cohorts[g.Member];
            var at = 0;
            while (at < list.Count && list[at].FundingYear != g.FundingYear)
            {
                at++;
            }

            if (at == list.Count)
            {
                list.Add((g.FundingYear, g.Count));
            }
            else
            {
                list[at] = (g.FundingYear, list[at].Count + g.Count);
            }

            if (g.SupplementYear is { } supplementYear)
            {
                _supplementCohorts[supplementYear] = _supplementCohorts.GetValueOrDefault(supplementYear) + g.Count;
            }
        }

        // Each cohort with its explained count: the regular SPUK lists a cohort in every year of its counting period,
        // the same (immutable) entry each time.
        _cohorts = new (int, long, ExplainedCount)[members.Count][];
        for (var m = 0; m < members.Count; m++)
        {
            var names = CohortNames.GetOrAdd(members.Count > 1 ? members[m].Value : string.Empty, _ => new());
            var list = cohorts[m];
            var explained = new (int, long, ExplainedCount)[list.Count];
            for (var c = 0; c < list.Count; c++)
            {
                var (fundingYear, count) = list[c];
                explained[c] = (fundingYear, count, new ExplainedCount(names.GetOrAdd(fundingYear, CohortName, members.Count > 1 ? members[m].Value : null), count));
            }

            _cohorts[m] = explained;
        }
    }

    /// <summary>The capped SPUK's budget, unit and national count of a year, kept for the sensitivity analysis.</summary>
    public Dictionary<int, (Money Budget, Money Unit, long NationalCount, Money Definitive)> CappedYears { get; } = [];

    /// <summary>The expected definitive amount of the capped SPUK for the forecast's gemeenten with a national count.</summary>
    public Money Definitive(int yearIndex, Money budget, Money unit, long nationalCount)
    {
        var total = Money.Zero;
        var own = OwnYearEndCounts(yearIndex);
        Span<long> weights = stackalloc long[2];
        Span<long> amounts = stackalloc long[2];
        for (var m = 0; m < own.Length; m++)
        {
            if (own[m] == 0)
            {
                continue;
            }

            // The gemeente against the rest of the country, distributed as the settlement does. The rest stands for
            // every other gemeente and comes second, so a tie of remainders goes to the forecast's gemeente as it
            // would to a lower code.
            weights[0] = own[m];
            weights[1] = nationalCount - own[m];
            CappedBudgetAllocator.AllocateCents(budget, unit, weights, amounts, out _);
            total += Money.FromCents(amounts[0]);
        }

        return total;
    }

    public int MemberCount => _members.Count;

    /// <summary>The forecast's onderwijsroute participants counted on 31 December, by the year's <c>telling-einde-jaar</c>.</summary>
    public long OwnYearEndCount(int yearIndex)
    {
        var total = 0L;
        for (var m = 0; m < _members.Count; m++)
        {
            total += OwnYearEndCount(m, yearIndex);
        }

        return total;
    }

    /// <summary>The year's count rule: the capped SPUK's in its years, the default elsewhere (docs/domain.md §4.4).</summary>
    public YearEndCount CountRule(int yearIndex) => _countRules[yearIndex] ??= YearEndCounts.ForYear(_catalogue, _schedule.FirstYear + yearIndex);

    public YearIncome Year(int yearIndex, ForecastAssumptions assumptions)
    {
        var year = _schedule.FirstYear + yearIndex;
        var regular = RegularGrant(year);
        var (capped, settlement) = EducationRouteGrant(yearIndex, year);
        var central = CentralMunicipalityGrant(year);
        var supplement = Supplement(year);
        var fund = MunicipalFund(year);
        var payments = new PaymentSchedule(assumptions, year);
        payments.Provisional(regular.Amount);
        payments.Provisional(supplement.Amount);
        payments.Advance(settlement);
        payments.InPaymentMonth(central.Amount, SchemeIds.CentralMunicipalityGrant);
        payments.InTerms(fund.Amount);
        return new YearIncome([regular, capped, central, supplement, fund], settlement, payments.Build());
    }

    private long OwnYearEndCount(int member, int yearIndex) => OwnYearEndCounts(yearIndex)[member];

    /// <summary>Each member's count on 31 December of a year (read many times by the sensitivity analysis), made once.</summary>
    private long[] OwnYearEndCounts(int yearIndex)
    {
        if (_ownCounts[yearIndex] is { } kept)
        {
            return kept;
        }

        var waiting = CountRule(yearIndex) == YearEndCount.EducationRouteInPlan;
        var counts = new long[_members.Count];
        for (var m = 0; m < counts.Length; m++)
        {
            counts[m] = _schedule.RunningAtYearEnd[m][yearIndex] + (waiting ? _schedule.WaitingAtYearEnd[m][yearIndex] : 0);
        }

        return _ownCounts[yearIndex] = counts;
    }

    private static string CohortName(int year, string? member) =>
        (member is null ? string.Empty : member + ".") + "cohort" + year.ToString(CultureInfo.InvariantCulture);

    /// <summary>Nothing from the scheme this year, with the reason in the explanation when there is one to give.</summary>
    private static ForecastFigure NoIncome(SchemeDefinition scheme, ExplanationBuilder explanation, string? why = null)
    {
        if (why is not null)
        {
            explanation.Note(why);
        }

        return new ForecastFigure(scheme.Id, Money.Zero, explanation.Build());
    }

    /// <summary>The inburgering age in force in a year, as the notes state it (the planning applied it per start year).</summary>
    private long InburgeringAge(int year) => _catalogue.ForYear(SchemeIds.ForecastAssumptions, ForecastParameterNames.InburgeringAge, year).Value.AsInteger();

    private ForecastFigure RegularGrant(int year)
    {
        var explanation = new ExplanationBuilder(_catalogue);
        var total = Money.Zero;
        var countingYears = explanation.ForYear(SchemeIds.RegularGrant, ParameterNames.CountingYears, year).AsInteger();
        RegularGrantRates? rates = null;
        for (var m = 0; m < _members.Count; m++)
        {
            // Only the cohorts in their counting window; older and later ones bring nothing this year. Each gemeente's
            // cohorts are rounded on their own, as its own grant would be (the rates are read once for all of them).
            foreach (var (fundingYear, count, explained) in _cohorts[m])
            {
                if (fundingYear <= year && fundingYear > year - countingYears)
                {
                    if (rates is null)
                    {
                        rates = RegularGrantRates.For(_catalogue, year);
                        rates.Explain(explanation);
                    }

                    total += rates.AmountFor(year - fundingYear + 1, count);
                    explanation.Count(explained);
                }
            }
        }

        if (total == Money.Zero)
        {
            explanation.ForYear(SchemeIds.RegularGrant, ParameterNames.LearningRouteComponent, year);
            explanation.Note($"Geen deelnemers in hun telperiode in {year}.");
        }

        explanation.Note(string.Create(CultureInfo.InvariantCulture, $"Per deelnemer telt het cohort van het jaar van huisvesting, of van het jaar waarin de deelnemer {InburgeringAge(year)} wordt als dat later is."));
        return new ForecastFigure(SchemeIds.RegularGrant, total, explanation.Build());
    }

    private (ForecastFigure Figure, ExpectedSettlement? Settlement) EducationRouteGrant(int yearIndex, int year)
    {
        var scheme = _catalogue.FindScheme(SchemeIds.EducationRouteGrant)!;
        var explanation = new ExplanationBuilder(_catalogue);
        if (!scheme.CoversYear(year))
        {
            return (NoIncome(scheme, explanation, $"De SPUK onderwijsroute geldt voor {scheme.FirstYear} tot en met {scheme.LastYear}."), null);
        }

        var advance = SharedAdvances.Of(_catalogue, _data, scheme.Id, year);
        explanation.Include(advance.Explanation);
        var advanceTotal = Money.Zero;
        foreach (var member in _members)
        {
            advanceTotal += advance.Lines[_data.IndexOf(member)].Advance;
        }

        var budget = explanation.ForYear(scheme.Id, ParameterNames.Budget, year).AsMoney();
        var unit = explanation.ForYear(scheme.Id, ParameterNames.RoundingUnit, year).AsMoney();
        explanation.ForYear(scheme.Id, ParameterNames.SettlementKey, year);
        explanation.ForYear(scheme.Id, ParameterNames.YearEndCount, year);
        var rule = CountRule(yearIndex);
        var own = OwnYearEndCount(yearIndex);
        long assumed;
        if (_givenNationalCounts.TryGetValue(year, out var given))
        {
            assumed = given;
            explanation.Note(string.Create(CultureInfo.InvariantCulture, $"Landelijk aantal {given} opgegeven in de prognose."));
        }
        else
        {
            assumed = _projection.YearEndCount(year, rule);
            explanation.Include(_projection.Explanation);
            explanation.Note(string.Create(CultureInfo.InvariantCulture, $"Landelijk aantal {assumed} uit de landelijke projectie (variant {_projection.Variant}), geteld als '{rule.ToDutch()}'."));
        }

        var national = Math.Max(assumed, own);
        if (national != assumed)
        {
            explanation.Note(string.Create(CultureInfo.InvariantCulture, $"Het landelijk aantal ({assumed}) is lager dan het eigen aantal; gerekend is met het eigen aantal {own}."));
        }

        var definitive = Definitive(yearIndex, budget, unit, national);
        // Nobody counted anywhere (a projection overridden to nothing): nothing is paid by count, so nothing per person.
        var perPerson = national == 0 ? Money.Zero : Money.FromCents(Rounding.RoundHalfAwayFromZero(budget.Cents, national, 1));
        explanation.Date("peildatumTelling", new LocalDate(year, 12, 31));
        explanation.Count("eigenAantal", own);
        explanation.Count("landelijkAantal", national);
        explanation.Note(string.Create(CultureInfo.InvariantCulture, $"Verwacht definitief bedrag: het budget verdeeld naar het eigen aantal op 31 december en de rest van het land (landelijk aantal − eigen aantal), zoals bij de vaststelling; het voorschot is het aandeel van de gemeente(n) in de verdeling naar inwoners. Het budget per persoon is {budget.Euros} / {national} = {perPerson.Euros} euro."));
        CappedYears[year] = (budget, unit, national, definitive);

        var settlementMonth = (int)explanation.ForYear(SchemeIds.ForecastAssumptions, ForecastParameterNames.SettlementMonth, year).AsInteger();
        var built = explanation.Build();
        var settlement = new ExpectedSettlement(scheme.Id, advanceTotal, definitive, own, national, year + 1, settlementMonth, built) { AmountPerPerson = perPerson };
        return (new ForecastFigure(scheme.Id, definitive, built), settlement);
    }

    private ForecastFigure CentralMunicipalityGrant(int year)
    {
        var scheme = _catalogue.FindScheme(SchemeIds.CentralMunicipalityGrant)!;
        var explanation = new ExplanationBuilder(_catalogue);
        if (_region is null)
        {
            return NoIncome(scheme, explanation, "De €24 miljoen gaat naar de centrumgemeente voor de hele arbeidsmarktregio; alleen een regioprognose rekent haar mee.");
        }

        if (!scheme.CoversYear(year))
        {
            return NoIncome(scheme, explanation, $"Deze SPUK geldt voor {scheme.FirstYear} tot en met {scheme.LastYear}.");
        }

        var requested = AdvanceCalculator.DefaultPopulationDate(_catalogue, scheme.Id, year);
        LocalDate? date = null;
        if (_data.ResolvePopulationDate(requested, PopulationDateFallback.Exact) is null)
        {
            // The product carries no inhabitants before 1 January 2022; the earliest figures stand in, and say so.
            date = _data.PopulationDates[0];
            explanation.Note(string.Create(CultureInfo.InvariantCulture, $"Geen inwonertallen voor {requested:yyyy-MM-dd}; de prognose gebruikt de vroegste peildatum {date:yyyy-MM-dd} (aanname)."));
        }

        var result = SharedAdvances.Of(_catalogue, _data, scheme.Id, year, date);
        explanation.Include(result.Explanation);
        var amount = result.Lines.Single(l => l.Region == _region.Code).Advance;
        return new ForecastFigure(scheme.Id, amount, explanation.Build());
    }

    private ForecastFigure Supplement(int year)
    {
        var scheme = _catalogue.FindScheme(SchemeIds.EducationRouteSupplement)!;
        var explanation = new ExplanationBuilder(_catalogue);
        if (!scheme.CoversYear(year))
        {
            return NoIncome(scheme, explanation, $"De toeslag geldt voor wie in {scheme.FirstYear} tot en met {scheme.LastYear} is gehuisvest.");
        }

        var count = _supplementCohorts.GetValueOrDefault(year);
        var perPerson = SupplementCalculator.PerPerson(_catalogue, year).Value;
        explanation.Include(perPerson.Explanation);
        explanation.Count("onderwijsrouteDeelnemersCohort", count);
        var age = InburgeringAge(year);
        explanation.Note(string.Create(CultureInfo.InvariantCulture, $"Eenmalig per onderwijsroutedeelnemer die in {scheme.FirstYear} tot en met {scheme.LastYear} is gehuisvest, in het jaar van huisvesting (of, bij wie dan nog geen {age} is, het jaar waarin hij of zij {age} wordt). Wie eerder is gehuisvest, krijgt geen toeslag, ook niet bij een latere start of een latere {DutchNumbers.Ordinal(age)} verjaardag."));
        return new ForecastFigure(scheme.Id, perPerson.ForCount(count), explanation.Build());
    }

    private ForecastFigure MunicipalFund(int year)
    {
        var scheme = _catalogue.FindScheme(SchemeIds.MunicipalFundAddition)!;
        var explanation = new ExplanationBuilder(_catalogue);
        if (!scheme.CoversYear(year))
        {
            return NoIncome(scheme, explanation, $"De toevoeging aan het gemeentefonds geldt voor {scheme.FirstYear} tot en met {scheme.LastYear}.");
        }

        var share = explanation.ForYear(scheme.Id, ForecastParameterNames.MunicipalFundShare, year).AsFraction();
        if (share == 0)
        {
            return NoIncome(scheme, explanation);
        }

        if (!_data.CoversYear(year))
        {
            return NoIncome(scheme, explanation, $"Voor {year} is geen gemeentelijke indeling bekend; het aandeel in het gemeentefonds is op 0 gezet.");
        }

        var result = SharedAdvances.Of(_catalogue, _data, scheme.Id, year);
        explanation.Include(result.Explanation);
        var own = Money.Zero;
        foreach (var member in _members)
        {
            own += result.Lines[_data.IndexOf(member)].Advance;
        }

        explanation.Note(string.Create(CultureInfo.InvariantCulture, $"Het gekozen aandeel {share} van de toevoeging van de gemeente(n) ({own.Euros} euro), afgerond op centen."));
        return new ForecastFigure(scheme.Id, Rounding.RoundHalfAwayFromZero(own.Euros * share, Money.FromCents(1)), explanation.Build());
    }
}
