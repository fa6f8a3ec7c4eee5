using Onderwijsroute.Funding.Allocation;
using Onderwijsroute.Funding.Forecasts;
using Onderwijsroute.Funding.Schemes;
using Onderwijsroute.Funding.Schemes.EducationRouteSupplement;
using Onderwijsroute.Funding.Schemes.RegularGrant;
using Onderwijsroute.Funding.Settlement;

namespace Onderwijsroute.Funding.Scenarios;

// The income side of the rates: the capped pots per year, amounts by inhabitants, the fixed grants and the advances
// they rest on (the rest of the class in ScenarioRates.cs).
internal sealed partial class ScenarioRates
{
    private void BuildPots(ExplanationBuilder explanation)
    {
        EducationRouteGrant = new PotRate?[Years];
        ScenarioPot = new PotRate?[Years];
        var grant = Scenario.Catalogue.FindScheme(SchemeIds.EducationRouteGrant);
        for (var t = 0; t < Years; t++)
        {
            var year = First + t;
            if (grant is not null && grant.CoversYear(year))
            {
                var budget = explanation.ForYear(grant.Id, ParameterNames.Budget, year).AsMoney();
                var unit = explanation.ForYear(grant.Id, ParameterNames.RoundingUnit, year).AsMoney();
                var key = explanation.ForYear(grant.Id, ParameterNames.SettlementKey, year).AsText();
                EducationRouteGrant[t] = key switch
                {
                    ParameterNames.KeyEducationRouteCount => new PotRate(grant.Id, budget, unit, null),
                    ParameterNames.KeyInhabitants => new PotRate(grant.Id, budget, unit, ByInhabitants(budget, unit, AdvanceCalculator.DefaultPopulationDate(Scenario.Catalogue, grant.Id, year), explanation)),
                    _ => throw new InvalidOperationException($"Key '{key}' of '{grant.Id}' was checked with the scenario but is not supported."),
                };
            }

            if (Scenario.PotCents is { } pot && pot[t] > 0)
            {
                var budget = Money.FromCents(pot[t]);
                var euro = Money.FromEuros(1);
                ScenarioPot[t] = new PotRate(ScenarioKeys.PotSchemeId, budget, euro, Scenario.PotKey == ScenarioKeys.Inhabitants ? ByInhabitants(budget, euro, Data.PopulationDates[^1], explanation) : null);
            }
        }
    }

    private long[] ByInhabitants(Money budget, Money unit, LocalDate wanted, ExplanationBuilder explanation)
    {
        var date = Available(wanted, explanation);
        var inhabitants = Data.InhabitantsOn(date);
        var claims = new AllocationClaim[MunicipalityCount];
        for (var i = 0; i < claims.Length; i++)
        {
            claims[i] = new AllocationClaim(Codes[i], inhabitants[i]);
        }

        return CappedBudgetAllocator.Allocate(budget, unit, claims).Shares.Select(s => s.Amount.Cents).ToArray();
    }

    private void BuildFixedGrants(ExplanationBuilder explanation)
    {
        CentralGrant = new long[Years][];
        FundAddition = new long[Years][];
        var central = Scenario.Catalogue.FindScheme(SchemeIds.CentralMunicipalityGrant);
        var fund = Scenario.Catalogue.FindScheme(SchemeIds.MunicipalFundAddition);
        for (var t = 0; t < Years; t++)
        {
            var year = First + t;
            CentralGrant[t] = new long[MunicipalityCount];
            FundAddition[t] = new long[MunicipalityCount];
            if (central is not null && central.CoversYear(year))
            {
                foreach (var line in Advances(central.Id, year, explanation).Lines)
                {
                    CentralGrant[t][Data.IndexOf(line.Recipient)] += line.Advance.Cents;
                }
            }

            if (fund is not null && fund.CoversYear(year) && fund.FindParameter(ForecastParameterNames.MunicipalFundShare) is not null)
            {
                var share = explanation.ForYear(fund.Id, ForecastParameterNames.MunicipalFundShare, year).AsFraction();
                if (share == 0)
                {
                    continue;
                }

                foreach (var line in Advances(fund.Id, year, explanation).Lines)
                {
                    FundAddition[t][Data.IndexOf(line.Recipient)] = (long)decimal.Round(line.Advance.Cents * share, MidpointRounding.AwayFromZero);
                }
            }
        }
    }

    private AdvanceResult Advances(string schemeId, int year, ExplanationBuilder explanation)
    {
        var date = Available(AdvanceCalculator.DefaultPopulationDate(Scenario.Catalogue, schemeId, year), explanation);
        var result = AdvanceCalculator.Calculate(Scenario.Catalogue, Data, new AdvanceRequest(schemeId, year) { PopulationDate = date }).Value;
        Use(explanation, result.Explanation);
        return result;
    }

    /// <summary>The wanted peildatum, or the nearest one with figures (stated as a note): 2022 has no figures for 1 January 2021.</summary>
    private LocalDate Available(LocalDate wanted, ExplanationBuilder explanation)
    {
        var date = Data.ResolvePopulationDate(wanted, PopulationDateFallback.LatestEarlier) ?? Data.PopulationDates[0];
        if (date != wanted)
        {
            explanation.Note(string.Create(CultureInfo.InvariantCulture, $"Aanname: geen inwonertallen voor peildatum {wanted:yyyy-MM-dd}; de dichtstbijzijnde peildatum {date:yyyy-MM-dd} is gebruikt."));
        }

        return date;
    }

    private static void Use(ExplanationBuilder explanation, Explanation part)
    {
        foreach (var parameter in part.Parameters)
        {
            explanation.Use(parameter);
        }
    }
}
