using System.Globalization;
using Onderwijsroute.Funding.Parameters;
using Onderwijsroute.Funding.ReferenceData;
using Onderwijsroute.Funding.Schemes;

namespace Onderwijsroute.Funding.Forecasts;

/// <summary>
/// A gemeente's or region's forecast of the onderwijsroute (Dutch: <em>prognose</em>, docs/domain.md §3.6 and §4): costs by
/// month and category, income by scheme from the schemes' own rules, the expected settlement of the capped SPUK, the
/// cash position, the gap per year and its sensitivity to the national count.
/// </summary>
public static class ForecastCalculator
{
    /// <summary>The earliest forecast year: the Wet inburgering 2021 took effect on 1 January 2022.</summary>
    public const int EarliestYear = 2022;

    /// <summary>The latest forecast year the issue asks for; the assumptions must cover it too.</summary>
    public const int LatestYear = 2030;

    /// <summary>Computes a forecast.</summary>
    /// <param name="catalogue">The parameters (with any scenario overrides).</param>
    /// <param name="referenceData">Gemeenten, regions and inhabitants.</param>
    /// <param name="request">What to forecast.</param>
    /// <returns>The forecast.</returns>
    /// <exception cref="CalculationInputException">An input cannot be used; the field is named.</exception>
    public static ForecastResult Calculate(ParameterCatalogue catalogue, ReferenceDataSet referenceData, ForecastRequest request)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(referenceData);
        ArgumentNullException.ThrowIfNull(request);
        CheckYears(request);
        catalogue = WithRequestAssumptions(catalogue, request);
        var (name, members, defaultMember, region) = Members(referenceData, request.Scope);
        var assumptions = new ForecastAssumptions(catalogue);
        var general = new ExplanationBuilder(catalogue);
        var groups = ParticipantPlanner.Plan(request, assumptions, members, defaultMember, general);
        var bridging = CheckBridging(request);
        var travel = TravelRates(assumptions, request);
        var schedule = CostSchedule.Build(request.FirstYear, request.LastYear, members.Count, groups, bridging, travel);
        var income = new IncomeEstimator(catalogue, referenceData, members, region, schedule, groups);
        var cash = new CashFlow(schedule, assumptions);

        var years = new List<ForecastYear>(schedule.Years);
        var cumulative = Money.Zero;
        ExpectedSettlement? previous = null;
        for (var y = 0; y < schedule.Years; y++)
        {
            var year = request.FirstYear + y;
            var costs = CostFigures.For(schedule, y, assumptions, request);
            var (incomeFigures, settlement, received) = income.Year(y, assumptions);
            var position = cash.Year(y, received, previous);
            var prefinanced = CostFigures.Prefinanced(schedule, y, assumptions);
            var totalCosts = Money.Zero;
            var totalIncome = Money.Zero;
            costs.ForEach(c => totalCosts += c.Amount);
            incomeFigures.ForEach(i => totalIncome += i.Amount);
            cumulative += totalCosts - totalIncome;
            years.Add(new ForecastYear(year, costs, incomeFigures, prefinanced, settlement, position, cumulative, YearExplanation(catalogue, schedule, y, income)));
            previous = settlement;
        }

        if (schedule.AfterHorizon > 0 || schedule.BeforeHorizon > 0)
        {
            general.Note(string.Create(CultureInfo.InvariantCulture, $"Buiten de prognoseperiode vallen trajectkosten van {Money.FromCents(schedule.BeforeHorizon).Euros} euro ervoor en {Money.FromCents(schedule.AfterHorizon).Euros} euro erna."));
        }

        if (previous is not null)
        {
            general.Note(string.Create(CultureInfo.InvariantCulture, $"De verrekening over {request.LastYear} ({previous.Difference.Euros} euro) valt in {previous.SettlementYear}, na de prognoseperiode."));
        }

        general.Count("deelnemers", groups.Sum(g => g.Count));
        var sensitivity = SensitivityAnalysis.For(years, income, schedule);
        return new ForecastResult(request.Scope, name, members, years, sensitivity, general.Build());
    }

    private static void CheckYears(ForecastRequest request)
    {
        if (request.FirstYear < EarliestYear || request.FirstYear > LatestYear)
        {
            throw new CalculationInputException("vanJaar", $"Het eerste jaar moet tussen {EarliestYear} en {LatestYear} liggen.");
        }

        if (request.LastYear < request.FirstYear || request.LastYear > LatestYear)
        {
            throw new CalculationInputException("totEnMetJaar", $"Het laatste jaar moet tussen {request.FirstYear} en {LatestYear} liggen.");
        }
    }

    /// <summary>The national counts and gemeentefonds share of the request become overrides, so the parameter version records them.</summary>
    private static ParameterCatalogue WithRequestAssumptions(ParameterCatalogue catalogue, ForecastRequest request)
    {
        var overrides = new List<ParameterOverride>(catalogue.Overrides);
        overrides.AddRange(request.Overrides ?? []);
        foreach (var (year, count) in (request.NationalCounts ?? new Dictionary<int, long>()).OrderBy(p => p.Key))
        {
            if (year < request.FirstYear || year > request.LastYear)
            {
                throw new CalculationInputException($"landelijkAantal.{year}", $"Het jaar {year} valt buiten de prognose.");
            }

            if (count <= 0)
            {
                throw new CalculationInputException($"landelijkAantal.{year}", "Het landelijk aantal moet groter dan 0 zijn.");
            }

            overrides.Add(ParameterOverride.ForYear(SchemeIds.ForecastAssumptions, ForecastParameterNames.NationalCount, year, count.ToString(CultureInfo.InvariantCulture), "landelijk aantal opgegeven in de prognose"));
        }

        if (request.MunicipalFundShare is { } share)
        {
            if (share < 0 || share > 1)
            {
                throw new CalculationInputException("aandeelGemeentefonds", "Het aandeel moet tussen 0 en 1 liggen.");
            }

            overrides.Add(new ParameterOverride(SchemeIds.MunicipalFundAddition, ForecastParameterNames.MunicipalFundShare, new NodaTime.LocalDate(request.FirstYear, 1, 1), null, share.ToString(CultureInfo.InvariantCulture), "aandeel opgegeven in de prognose"));
        }

        return overrides.Count == catalogue.Overrides.Count ? catalogue : catalogue.WithOverrides(overrides);
    }

    private static (string Name, IReadOnlyList<MunicipalityCode> Members, int DefaultMember, LabourMarketRegion? Region) Members(ReferenceDataSet data, ForecastScope scope)
    {
        if (scope.Region is { } regionCode)
        {
            var region = data.FindRegion(regionCode) ?? throw new CalculationInputException("arbeidsmarktregioCode", $"Onbekende arbeidsmarktregio '{regionCode}'.");
            return (region.Name, region.Members, IndexOf(region.Members, region.CentralMunicipality), region);
        }

        var code = scope.Municipality!.Value;
        var municipality = data.FindMunicipality(code) ?? throw new CalculationInputException("gemeenteCode", $"Onbekende gemeente '{code}' in de indeling {data.Metadata.IndelingYear}.");
        return (municipality.Name, [code], 0, null);
    }

    private static int IndexOf(IReadOnlyList<MunicipalityCode> members, MunicipalityCode code)
    {
        for (var i = 0; i < members.Count; i++)
        {
            if (members[i] == code)
            {
                return i;
            }
        }

        throw new InvalidDataException($"Centrumgemeente {code} is not a member of its region.");
    }

    private static IReadOnlyList<YearAmount> CheckBridging(ForecastRequest request)
    {
        var bridging = request.BridgingCosts ?? [];
        for (var i = 0; i < bridging.Count; i++)
        {
            var b = bridging[i] ?? throw new CalculationInputException($"overbruggingskosten[{i}]", "Ontbreekt.");
            if (b.Year < request.FirstYear || b.Year > request.LastYear)
            {
                throw new CalculationInputException($"overbruggingskosten[{i}].jaar", $"Het jaar {b.Year} valt buiten de prognose.");
            }

            if (b.Amount.Cents < 0)
            {
                throw new CalculationInputException($"overbruggingskosten[{i}].bedrag", "Mag niet negatief zijn.");
            }

            for (var j = 0; j < i; j++)
            {
                if (bridging[j].Year == b.Year)
                {
                    throw new CalculationInputException($"overbruggingskosten[{i}].jaar", $"Het jaar {b.Year} komt meer dan eens voor.");
                }
            }
        }

        return bridging;
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
        explanation.Count("onderwijsrouteLopend", schedule.Running[0, y]);
        explanation.Count("b1EntreeLopend", schedule.Running[1, y]);
        explanation.Count("maatwerkLopend", schedule.Running[2, y]);
        explanation.Count("onderwijsrouteOp31December", income.OwnYearEndCount(y));
        explanation.Note("Tekort = kosten − inkomsten die aan de onderwijsroute zijn toe te rekenen (docs/domain.md §4); de SPUK onderwijsroute telt mee met het verwachte definitieve bedrag.");
        return explanation.Build();
    }
}
