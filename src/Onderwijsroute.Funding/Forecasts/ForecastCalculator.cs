using System.Runtime.InteropServices;

namespace Onderwijsroute.Funding.Forecasts;

/// <summary>
/// A gemeente's or region's forecast of the onderwijsroute (Dutch: <em>prognose</em>, docs/domain.md §3.6 and §4): costs by
/// month and category, income by scheme from the schemes' own rules, the expected settlement of the capped SPUK, the
/// cash position, the gap per year and its sensitivity to the national count.
/// </summary>
public static class ForecastCalculator
{
    /// <summary>
    /// The years a forecast may cover: those of the forecast assumptions (<c>prognose-aannames</c>) in the catalogue, so
    /// the parameter file sets them (the shipped one from 2022, when the Wet inburgering 2021 took effect, to 2030).
    /// </summary>
    /// <param name="catalogue">The parameters (with any scenario overrides).</param>
    /// <returns>The first and the last year, inclusive.</returns>
    /// <exception cref="InvalidDataException">The catalogue has no forecast assumptions.</exception>
    public static (int First, int Last) Years(ParameterCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        var assumptions = catalogue.FindScheme(Schemes.SchemeIds.ForecastAssumptions) ?? throw new InvalidDataException("The forecast assumptions are missing.");
        return (assumptions.FirstYear, assumptions.LastYear);
    }

    /// <summary>Checks a request without computing it: every input error, each naming its field.</summary>
    /// <param name="catalogue">The parameters (with any scenario overrides).</param>
    /// <param name="referenceData">Gemeenten, regions and inhabitants.</param>
    /// <param name="request">What to forecast.</param>
    /// <returns>The errors; empty when <see cref="Calculate"/> would give a result.</returns>
    public static InputErrors Validate(ParameterCatalogue catalogue, ReferenceDataSet referenceData, ForecastRequest request) =>
        InputErrorsBuilder.Collect(errors => ForecastRules.Check(catalogue, referenceData, request, errors));

    /// <summary>Computes a forecast, or names every input that cannot be used.</summary>
    /// <param name="catalogue">The parameters (with any scenario overrides).</param>
    /// <param name="referenceData">Gemeenten, regions and inhabitants.</param>
    /// <param name="request">What to forecast.</param>
    /// <returns>The forecast, or the input errors.</returns>
    public static Validated<ForecastResult> Calculate(ParameterCatalogue catalogue, ReferenceDataSet referenceData, ForecastRequest request) =>
        Validated.CheckThen(errors => ForecastRules.Check(catalogue, referenceData, request, errors), input => Compute(referenceData, request, input!));

    private static ForecastResult Compute(ReferenceDataSet referenceData, ForecastRequest request, ForecastRules.CheckedForecast input)
    {
        var catalogue = input.Catalogue;
        var assumptions = ForecastAssumptions.For(catalogue);
        var general = new ExplanationBuilder(catalogue);

        // The rules checked the projection's parameters; it gives the national count and each gemeente's starting point.
        var projection = NationalProjection.Build(catalogue, referenceData).Value;
        var fromStartingPoint = request.Trajectories.All(t => t is null) && request.Starters.All(s => s is null);
        var startingPoints = fromStartingPoint ? input.Members.Select(projection.StartingPointOf).ToArray() : [];
        var groups = ParticipantPlanner.Plan(request, assumptions, input.Members, input.DefaultMember, startingPoints, general);
        var bridging = request.BridgingCosts.OfType<YearAmount>().ToArray();
        var travel = TravelRates(assumptions, request);
        var schedule = CostSchedule.Build(request.FirstYear, request.LastYear, input.Members.Count, CollectionsMarshal.AsSpan(groups), bridging, travel);
        var nationalCounts = new Dictionary<int, long>();
        foreach (var given in request.NationalCounts)
        {
            if (given is not null)
            {
                nationalCounts.Add(given.Year, given.Count);
            }
        }

        var income = new IncomeEstimator(catalogue, referenceData, input.Members, input.Region, schedule, CollectionsMarshal.AsSpan(groups), projection, nationalCounts);
        var cash = new CashFlow(schedule, catalogue);

        var years = new List<ForecastYear>(schedule.Years);
        var cumulative = Money.Zero;
        YearPayments? previous = null;
        for (var y = 0; y < schedule.Years; y++)
        {
            var year = request.FirstYear + y;
            var costs = CostFigures.For(schedule, y, assumptions, bridging);
            var yearIncome = income.Year(y, assumptions);
            var position = cash.Year(y, yearIncome.Payments, previous);
            var prefinanced = CostFigures.Prefinanced(schedule, y, assumptions);
            var totalCosts = Money.Zero;
            var totalIncome = Money.Zero;
            costs.ForEach(c => totalCosts += c.Amount);
            yearIncome.Figures.ForEach(i => totalIncome += i.Amount);
            cumulative += totalCosts - totalIncome;
            years.Add(new ForecastYear(year, costs, yearIncome.Figures, prefinanced, yearIncome.Settlement, position, cumulative, YearExplanation(catalogue, schedule, y, income)));
            previous = yearIncome.Payments;
        }

        if (schedule.AfterHorizon > 0 || schedule.BeforeHorizon > 0)
        {
            general.Note(string.Create(CultureInfo.InvariantCulture, $"Buiten de prognoseperiode vallen trajectkosten van {Money.FromCents(schedule.BeforeHorizon).Euros} euro ervoor en {Money.FromCents(schedule.AfterHorizon).Euros} euro erna."));
        }

        if (previous is { SettledNextYear: not 0 })
        {
            general.Note(string.Create(CultureInfo.InvariantCulture, $"De verrekening over {request.LastYear} ({Money.FromCents(previous.SettledNextYear).Euros} euro) valt in {request.LastYear + 1}, na de prognoseperiode."));
        }

        var between = BetweenSchemes(catalogue, CollectionsMarshal.AsSpan(groups), general);
        var participants = 0L;
        foreach (ref readonly var g in CollectionsMarshal.AsSpan(groups))
        {
            participants += g.Count;
        }

        general.Count("deelnemers", participants);
        var sensitivity = SensitivityAnalysis.For(years, income, schedule);
        return new ForecastResult(request.Scope, input.Name, input.Members, years, sensitivity, general.Build())
        {
            StartingPoints = startingPoints,
            BetweenSchemes = between,
        };
    }

    /// <summary>
    /// Onderwijsroute participants housed before the supplement's first year who start in it or later (docs/domain.md
    /// §3.5): too late for the €35M years' trajecten, too early for the supplement. Counted and stated, never hidden.
    /// </summary>
    private static long BetweenSchemes(ParameterCatalogue catalogue, ReadOnlySpan<ParticipantGroup> groups, ExplanationBuilder general)
    {
        if (catalogue.FindScheme(Schemes.SchemeIds.EducationRouteSupplement) is not { } supplement)
        {
            return 0;
        }

        var first = supplement.FirstYear;
        var count = 0L;
        foreach (ref readonly var g in groups)
        {
            if (g.IsEducationRoute && g.HousingYear < first && g.StartMonth / 12 >= first)
            {
                count += g.Count;
            }
        }

        if (count > 0)
        {
            general.Count("tussenDeRegelingen", count);
            general.Note(string.Create(CultureInfo.InvariantCulture, $"{count} deelnemer(s) zijn vóór {first} gehuisvest en starten in {first} of later: zij vallen tussen de regelingen. De toeslag krijgen zij niet (alleen wie vanaf {first} is gehuisvest); de SPUK onderwijsroute loopt tot en met {first - 1} en telt hen alleen op 31 december vóór de start als de telling 'pip-onderwijsroute' is."));
        }

        return count;
    }

    /// <summary>Travel cents per month, per contract form and forecast year.</summary>
    private static long[][] TravelRates(ForecastAssumptions assumptions, ForecastRequest request)
    {
        var rates = new long[2][];
        foreach (var form in new[] { ContractForm.Contracted, ContractForm.Custom })
        {
            rates[(int)form] = new long[request.LastYear - request.FirstYear + 1];
            for (var y = request.FirstYear; y <= request.LastYear; y++)
            {
                rates[(int)form][y - request.FirstYear] = assumptions.Amount(ForecastAssumptions.TravelParameter(form), y).Cents;
            }
        }

        return rates;
    }

    private static Explanation YearExplanation(ParameterCatalogue catalogue, CostSchedule schedule, int y, IncomeEstimator income)
    {
        var explanation = new ExplanationBuilder(catalogue);
        explanation.Count("startend", schedule.Starting[y]);
        explanation.Count("onderwijsrouteLopend", schedule.Running[0][y]);
        explanation.Count("b1EntreeLopend", schedule.Running[1][y]);
        explanation.Count("maatwerkLopend", schedule.Running[2][y]);
        explanation.Count("onderwijsrouteOp31December", income.OwnYearEndCount(y));
        explanation.Note("Tekort = kosten − inkomsten die aan de onderwijsroute zijn toe te rekenen (docs/domain.md §4); de SPUK onderwijsroute telt mee met het verwachte definitieve bedrag.");
        return explanation.Build();
    }
}
