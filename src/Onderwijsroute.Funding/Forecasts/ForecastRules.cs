using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Onderwijsroute.Funding.Schemes;
using Onderwijsroute.Funding.Schemes.EducationRouteGrant;
using Onderwijsroute.Funding.Schemes.RegularGrant;
using Onderwijsroute.Funding.Settlement;

namespace Onderwijsroute.Funding.Forecasts;

/// <summary>
/// The input rules of a forecast, all in one pass so that every wrong field is named at once; the calculation that
/// follows may assume them. The request's assumptions become overrides here, and the rules that only the parameters
/// can answer (payment terms, budgets) are checked with those overrides in force.
/// </summary>
internal static class ForecastRules
{
    private const int MaxMonths = 120;

    private static readonly ConditionalWeakTable<ParameterCatalogue, ConcurrentDictionary<(ReferenceDataSet Data, int First, int Last), string[]>> ParameterProblemsKept = [];

    /// <summary>What a checked request stands for: the parameters with its assumptions and whom it is for.</summary>
    internal sealed record CheckedForecast(ParameterCatalogue Catalogue, string Name, IReadOnlyList<MunicipalityCode> Members, int DefaultMember, LabourMarketRegion? Region);

    public static CheckedForecast? Check(ParameterCatalogue catalogue, ReferenceDataSet data, ForecastRequest request, InputErrorsBuilder errors)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(request);
        var first = request.FirstYear;
        var last = request.LastYear;
        var years = ForecastCalculator.Years(catalogue);
        if (first < years.First || first > years.Last)
        {
            errors.Add("vanJaar", InputMessages.Between("Het eerste jaar", years.First, years.Last));
        }

        if (last < first || last > years.Last)
        {
            errors.Add("totEnMetJaar", InputMessages.Between("Het laatste jaar", first, years.Last));
        }

        var scope = Scope(data, request.Scope, errors);
        // Hundreds of trajecten may name a gemeente of a region: a set answers "one of ours?" without a scan of codes.
        var memberSet = scope?.Members is { Count: > 1 } list ? new HashSet<MunicipalityCode>(list) : null;
        Trajectories(request, years.First, scope?.Members, memberSet, data, catalogue.FindScheme(SchemeIds.EducationRouteSupplement), errors);
        Starters(request, years.First, scope?.Members, memberSet, data, errors);
        Years(request.BridgingCosts, "overbruggingskosten", b => b.Year, request, errors);
        for (var i = 0; i < request.BridgingCosts.Count; i++)
        {
            if (request.BridgingCosts[i] is { Amount.Cents: < 0 })
            {
                errors.Add($"overbruggingskosten[{i}].bedrag", InputMessages.Negative("Het bedrag"));
            }
        }

        Years(request.NationalCounts, "landelijkAantal", n => n.Year, request, errors);
        for (var i = 0; i < request.NationalCounts.Count; i++)
        {
            if (request.NationalCounts[i] is { Count: <= 0 })
            {
                errors.Add($"landelijkAantal[{i}].aantal", "Het landelijk aantal moet groter dan 0 zijn.");
            }
        }

        if (request.MunicipalFundShare is < 0 or > 1)
        {
            errors.Add("aandeelGemeentefonds", InputMessages.Between("Het aandeel", 0, 1));
        }

        if (Overrides(catalogue, request, errors) is not { } withAssumptions)
        {
            return null;
        }

        ParameterRules(withAssumptions, data, first, last, errors);
        return errors.IsEmpty ? new CheckedForecast(withAssumptions, scope!.Value.Name, scope.Value.Members, scope.Value.DefaultMember, scope.Value.Region) : null;
    }

    private static (string Name, IReadOnlyList<MunicipalityCode> Members, int DefaultMember, LabourMarketRegion? Region)? Scope(ReferenceDataSet data, ForecastScope scope, InputErrorsBuilder errors)
    {
        if (scope.Region is { } regionCode)
        {
            if (data.FindRegion(regionCode) is not { } region)
            {
                errors.Add("arbeidsmarktregioCode", InputMessages.UnknownRegion(regionCode.Value));
                return null;
            }

            var central = -1;
            for (var m = 0; m < region.Members.Count && central < 0; m++)
            {
                central = region.Members[m] == region.CentralMunicipality ? m : -1;
            }

            return central < 0
                ? throw new InvalidDataException($"Centrumgemeente {region.CentralMunicipality} is not a member of its region.")
                : (region.Name, region.Members, central, region);
        }

        var code = scope.Municipality!.Value;
        if (data.FindMunicipality(code) is not { } municipality)
        {
            errors.Add("gemeenteCode", InputMessages.UnknownMunicipality(code.Value, data));
            return null;
        }

        return (municipality.Name, [code], 0, null);
    }

    /// <summary>
    /// Trajecten start from the forecast assumptions' first year (the onderwijsroute exists since the Wet inburgering
    /// 2021 took effect) up to the forecast's last year.
    /// </summary>
    private static void Trajectories(ForecastRequest request, int firstYear, IReadOnlyList<MunicipalityCode>? members, HashSet<MunicipalityCode>? memberSet, ReferenceDataSet data, SchemeDefinition? supplement, InputErrorsBuilder errors)
    {
        var firstPossibleStart = new LocalDate(firstYear, 1, 1);
        for (var i = 0; i < request.Trajectories.Count; i++)
        {
            if (request.Trajectories[i] is not { } t)
            {
                continue;
            }

            var field = new ItemPath("trajecten", i);
            if (t.Start < firstPossibleStart || t.Start.Year > request.LastYear)
            {
                errors.Add(field.Of("startdatum"), string.Create(CultureInfo.InvariantCulture, $"De startdatum {t.Start:yyyy-MM-dd} ligt niet tussen {firstPossibleStart:yyyy-MM-dd} (Wet inburgering 2021) en het einde van de prognose ({request.LastYear})."));
            }

            if (t.HousingYear is { } housingYear && (housingYear > t.Start.Year || housingYear < t.Start.Year - 10))
            {
                errors.Add(field.Of("huisvestingsjaar"), string.Create(CultureInfo.InvariantCulture, $"Het huisvestingsjaar {housingYear} ligt na de start of meer dan tien jaar ervoor."));
            }

            // No silent default where money depends on it: the supplement goes only to those housed from its first year.
            if (t.HousingYear is null && t.Level.IsEducationRoute() && supplement is not null && t.Start.Year >= supplement.FirstYear)
            {
                errors.Add(field.Of("huisvestingsjaar"), string.Create(CultureInfo.InvariantCulture, $"Verplicht voor een onderwijsroutetraject dat in {supplement.FirstYear} of later start: de toeslag krijgt alleen wie vanaf {supplement.FirstYear} is gehuisvest, dus het jaar van huisvesting bepaalt de inkomsten."));
            }

            if (t.BirthDate >= t.Start)
            {
                errors.Add(field.Of("geboortedatum"), "De geboortedatum ligt niet vóór de startdatum.");
            }

            Participant(field, t.Price, t.DurationMonths, t.Municipality, members, memberSet, data, errors);
        }
    }

    /// <summary>
    /// Starters begin from the forecast assumptions' first year up to the year after the forecast (those housed in its last year who start the next);
    /// their housing year, when given, lies in the forecast's last year at the latest and at most ten years before the start.
    /// </summary>
    private static void Starters(ForecastRequest request, int firstYear, IReadOnlyList<MunicipalityCode>? members, HashSet<MunicipalityCode>? memberSet, ReferenceDataSet data, InputErrorsBuilder errors)
    {
        for (var i = 0; i < request.Starters.Count; i++)
        {
            if (request.Starters[i] is not { } s)
            {
                continue;
            }

            var field = new ItemPath("starters", i);
            if (s.Year < firstYear || s.Year > request.LastYear + 1)
            {
                errors.Add(field.Of("jaar"), InputMessages.Between("Het startjaar", firstYear, request.LastYear + 1) + " Een start na de prognose kan alleen voor wie in het laatste prognosejaar is gehuisvest.");
            }
            else if (s.HousingYear is { } housingYear && (housingYear > s.Year || housingYear < s.Year - 10))
            {
                errors.Add(field.Of("huisvestingsjaar"), string.Create(CultureInfo.InvariantCulture, $"Het huisvestingsjaar {housingYear} ligt na de start of meer dan tien jaar ervoor."));
            }
            else if ((s.HousingYear ?? s.Year) > request.LastYear)
            {
                errors.Add(field.Of("huisvestingsjaar"), string.Create(CultureInfo.InvariantCulture, $"Wie in {s.Year} start, moet in de prognose ({request.LastYear} of eerder) gehuisvest zijn; geef het huisvestingsjaar."));
            }

            if (s.Count < 0)
            {
                errors.Add(field.Of("aantal"), InputMessages.Negative("Het aantal"));
            }

            Participant(field, s.Price, s.DurationMonths, s.Municipality, members, memberSet, data, errors);
        }
    }

    /// <summary>What trajecten and starters share: a price above zero, a duration of 1 to 120 months, a gemeente of the forecast.</summary>
    private static void Participant(ItemPath field, Money? price, int? months, MunicipalityCode? municipality, IReadOnlyList<MunicipalityCode>? members, HashSet<MunicipalityCode>? memberSet, ReferenceDataSet data, InputErrorsBuilder errors)
    {
        if (price is { Cents: <= 0 })
        {
            errors.Add(field.Of("prijs"), "De prijs moet groter dan 0 zijn.");
        }

        if (months is < 1 or > MaxMonths)
        {
            errors.Add(field.Of("looptijdMaanden"), InputMessages.Between("De looptijd in maanden", 1, MaxMonths));
        }

        if (municipality is { } code && members is not null && !(memberSet?.Contains(code) ?? members.Contains(code)))
        {
            errors.Add(field.Of("gemeenteCode"), data.FindMunicipality(code) is null
                ? InputMessages.UnknownMunicipality(code.Value, data)
                : $"Gemeente '{code}' hoort niet bij deze prognose ({string.Join(", ", members)}).");
        }
    }

    /// <summary>Each item's year lies in the forecast and, when <paramref name="distinct"/>, comes once.</summary>
    private static void Years<T>(IReadOnlyList<T?> items, string list, Func<T, int> yearOf, ForecastRequest request, InputErrorsBuilder errors, bool distinct = true)
        where T : class
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not { } item)
            {
                continue;
            }

            var year = yearOf(item);
            if (year < request.FirstYear || year > request.LastYear)
            {
                errors.Add($"{list}[{i}].jaar", InputMessages.OutsideYears(year, request.FirstYear, request.LastYear));
                continue;
            }

            for (var j = 0; distinct && j < i; j++)
            {
                if (items[j] is { } earlier && yearOf(earlier) == year)
                {
                    errors.Add($"{list}[{i}].jaar", InputMessages.Duplicate(year.ToString(CultureInfo.InvariantCulture), $"{list}[{j}]", "elk jaar"));
                    break;
                }
            }
        }
    }

    /// <summary>
    /// The catalogue with the request's overrides and gemeentefonds share in force (so the parameter version records
    /// them), or <c>null</c> when an override is wrong. The national counts stay inputs: they replace the projection.
    /// </summary>
    private static ParameterCatalogue? Overrides(ParameterCatalogue catalogue, ForecastRequest request, InputErrorsBuilder errors)
    {
        var overrides = new List<ParameterOverride>(catalogue.Overrides);
        var paths = new List<string>(catalogue.Overrides.Select(_ => "overschrijvingen"));
        for (var i = 0; i < request.Overrides.Count; i++)
        {
            if (request.Overrides[i] is { } given)
            {
                overrides.Add(given);
                paths.Add($"overschrijvingen[{i}]");
            }
        }

        // The request's own overrides first; the share joins them only once every year is known to be right.
        errors.AddRange(catalogue.CheckOverrides(overrides, i => paths[i]));
        if (!errors.IsEmpty)
        {
            return null;
        }

        if (request.MunicipalFundShare is { } share)
        {
            overrides.Add(new ParameterOverride(SchemeIds.MunicipalFundAddition, ForecastParameterNames.MunicipalFundShare, new LocalDate(request.FirstYear, 1, 1), null, share.ToString(CultureInfo.InvariantCulture), "aandeel opgegeven in de prognose"));
            paths.Add("aandeelGemeentefonds");
        }

        var overlaps = catalogue.CheckOverrides(overrides, i => paths[i]);
        errors.AddRange(overlaps);
        return !overlaps.IsEmpty ? null : overrides.Count == catalogue.Overrides.Count ? catalogue : catalogue.WithOverrides(overrides);
    }

    /// <summary>The rules only the parameters in force can answer; with overrides a request could break them.</summary>
    private static void ParameterRules(ParameterCatalogue catalogue, ReferenceDataSet data, int first, int last, InputErrorsBuilder errors)
    {
        // The answer depends on the (immutable) catalogue and the years only, so it is worked out once per catalogue and
        // span of years (and reference data); a request with overrides has a catalogue of its own.
        var problems = ParameterProblemsKept.GetValue(catalogue, _ => new()).GetOrAdd((data, first, last), key => ParameterProblems(catalogue, key.Data, key.First, key.Last));
        foreach (var problem in problems)
        {
            errors.Add("overschrijvingen", problem);
        }
    }

    /// <summary>
    /// The advances a forecast reads must be computable with the overrides in force: to the recipients and by the key
    /// the forecast reckons with, and (for the schemes to gemeenten) on a peildatum with inhabitants.
    /// </summary>
    private static void AdvanceProblems(ParameterCatalogue catalogue, ReferenceDataSet data, int first, int last, List<string> errors)
    {
        foreach (var expected in (ReadOnlySpan<(string SchemeId, string Recipients, string Key)>)[AdvanceSetup.EducationRouteGrant, .. AdvanceSetup.FixedGrants])
        {
            var (schemeId, recipients, _) = expected;
            var scheme = catalogue.FindScheme(schemeId);
            for (var year = Math.Max(first, ForecastCalculator.Years(catalogue).First); scheme is not null && year <= last; year++)
            {
                if (!scheme.CoversYear(year))
                {
                    continue;
                }

                if (AdvanceSetup.Problem(catalogue, expected, year, "de prognose") is { } problem)
                {
                    errors.Add(problem);
                }
                else if (recipients == ParameterNames.RecipientsMunicipalities && data.CoversYear(year)
                    && AdvanceCalculator.DefaultPopulationDate(catalogue, schemeId, year) is var date && data.ResolvePopulationDate(date, PopulationDateFallback.Exact) is null)
                {
                    errors.Add(string.Create(CultureInfo.InvariantCulture, $"Regeling '{schemeId}', {year}: '{ParameterNames.PopulationDateYearsBack}' geeft peildatum {date:yyyy-MM-dd}, waarvoor geen inwonertallen zijn; beschikbaar: {string.Join(", ", data.PopulationDates.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))}."));
                }
            }
        }
    }

    private static string[] ParameterProblems(ParameterCatalogue catalogue, ReferenceDataSet data, int first, int last)
    {
        var errors = new List<string>();
        for (var year = first; year <= last; year++)
        {
            errors.AddRange(CappedScheme.BudgetErrors(catalogue, year));
        }

        for (var year = first; year <= last; year++)
        {
            var terms = catalogue.ForYear(SchemeIds.ForecastAssumptions, ForecastParameterNames.PaymentTerms, year).Value.AsInteger();
            if (terms < 1 || 12 % terms != 0)
            {
                errors.Add(string.Create(CultureInfo.InvariantCulture, $"'{ForecastParameterNames.PaymentTerms}' moet een deler van 12 zijn, niet {terms} ({year})."));
            }

            if (RegularGrantCalculator.CountingPeriodError(catalogue, year) is { } counting)
            {
                errors.Add(counting);
            }

            if (YearEndCounts.Problem(catalogue, year) is { } count)
            {
                errors.Add(count);
            }

            var provisional = catalogue.ForYear(SchemeIds.ForecastAssumptions, ForecastParameterNames.ProvisionalShare, year).Value.AsFraction();
            if (provisional is < 0 or > 1)
            {
                errors.Add(string.Create(CultureInfo.InvariantCulture, $"'{ForecastParameterNames.ProvisionalShare}' moet 0 tot en met 1 zijn, niet {provisional} ({year})."));
            }

            // The expected settlement is the budget's share for the gemeente's own count (docs/domain.md §4.8); another
            // key in force would be recorded in the explanation and silently not applied.
            if (catalogue.FindScheme(SchemeIds.EducationRouteGrant) is { } grant && grant.CoversYear(year)
                && catalogue.ForYear(grant.Id, ParameterNames.SettlementKey, year).Value.AsText() is var key && key != ParameterNames.KeyEducationRouteCount)
            {
                errors.Add(string.Create(CultureInfo.InvariantCulture, $"Regeling '{grant.Id}', {year}: de prognose rekent de vaststelling met '{ParameterNames.SettlementKey}' = '{ParameterNames.KeyEducationRouteCount}', niet '{key}'."));
            }

            if (catalogue.FindScheme(SchemeIds.CentralMunicipalityGrant) is { } central && central.CoversYear(year)
                && catalogue.ForYear(central.Id, ParameterNames.PaymentMonth, year).Value.AsInteger() is > 12 and var month)
            {
                errors.Add(string.Create(CultureInfo.InvariantCulture, $"'{ParameterNames.PaymentMonth}' van '{central.Id}' moet 0 (in termijnen) of 1 tot en met 12 zijn, niet {month} ({year})."));
            }
        }

        errors.AddRange(NationalProjection.Problems(catalogue));
        AdvanceProblems(catalogue, data, first, last, errors);
        return [.. errors];
    }
}
