using Onderwijsroute.Funding.Allocation;

namespace Onderwijsroute.Funding.Settlement;

/// <summary>
/// Advances of a capped scheme for a year (Dutch: <em>voorschotten</em>): the year's budget distributed by the
/// scheme's key (docs/domain.md §3.3, §4) over its recipients, gemeenten or centrumgemeenten.
/// </summary>
public static class AdvanceCalculator
{
    /// <summary>The key word for weights given in the request.</summary>
    public const string GivenWeightsKey = "gewichten";

    /// <summary>Checks a request without computing it: every input error, each naming its field.</summary>
    /// <param name="catalogue">The parameters (with any scenario overrides).</param>
    /// <param name="referenceData">Gemeenten, regions and inhabitants.</param>
    /// <param name="request">What to compute.</param>
    /// <returns>The errors; empty when <see cref="Calculate"/> would give a result.</returns>
    public static InputErrors Validate(ParameterCatalogue catalogue, ReferenceDataSet referenceData, AdvanceRequest request) =>
        InputErrorsBuilder.Collect(errors => Check(catalogue, referenceData, request, errors));

    /// <summary>Computes the advances, or names every input that cannot be used: the scheme, year or budget, the peildatum, the weights.</summary>
    /// <param name="catalogue">The parameters (with any scenario overrides).</param>
    /// <param name="referenceData">Gemeenten, regions and inhabitants.</param>
    /// <param name="request">What to compute.</param>
    /// <returns>The advances with their explanation, or the input errors.</returns>
    public static Validated<AdvanceResult> Calculate(ParameterCatalogue catalogue, ReferenceDataSet referenceData, AdvanceRequest request) =>
        Validated.CheckThen(errors => Check(catalogue, referenceData, request, errors), scheme => Compute(referenceData, request, scheme!));

    /// <summary>The default inhabitants' peildatum of a scheme for a year: 1 January, the configured number of years back.</summary>
    /// <param name="catalogue">The parameters.</param>
    /// <param name="schemeId">The scheme.</param>
    /// <param name="year">The budget year.</param>
    public static LocalDate DefaultPopulationDate(ParameterCatalogue catalogue, string schemeId, int year)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        var yearsBack = catalogue.ForYear(schemeId, ParameterNames.PopulationDateYearsBack, year).Value.AsInteger();
        return new LocalDate(checked(year - (int)yearsBack), 1, 1);
    }

    private static CappedScheme? Check(ParameterCatalogue catalogue, ReferenceDataSet referenceData, AdvanceRequest request, InputErrorsBuilder errors)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(referenceData);
        ArgumentNullException.ThrowIfNull(request);
        CheckWeights(referenceData, request.RegionWeights, errors);
        var scheme = CappedScheme.Open(catalogue, request.SchemeId, request.Year, request.Budget, ParameterNames.AdvanceKey, "voorschot", errors);
        if (scheme is null)
        {
            return null;
        }

        var toMunicipalities = RecipientsOf(scheme) == ParameterNames.RecipientsMunicipalities;
        if (toMunicipalities && request.RegionWeights is not null)
        {
            errors.Add(GivenWeightsKey, $"Regeling '{scheme.Id}' wordt over gemeenten verdeeld; gewichten per arbeidsmarktregio zijn alleen mogelijk bij een regeling voor centrumgemeenten.");
        }

        if (toMunicipalities && !scheme.CheckMunicipalitySet(referenceData, errors))
        {
            return scheme;
        }

        if (request.RegionWeights is null && PopulationDate(referenceData, request, scheme.Catalogue, scheme.Id) is (null, var requested))
        {
            errors.Add("peildatumInwoners", NoFigures(referenceData, requested, request.PopulationDateFallback));
        }

        return scheme;
    }

    /// <summary>Each weight names a known region, once, with a weight that is not negative.</summary>
    private static void CheckWeights(ReferenceDataSet referenceData, IReadOnlyList<RegionWeight?>? weights, InputErrorsBuilder errors)
    {
        if (weights is null)
        {
            return;
        }

        var seen = new Dictionary<RegionCode, int>(weights.Count);
        for (var i = 0; i < weights.Count; i++)
        {
            if (weights[i] is not { } weight)
            {
                continue;
            }

            if (referenceData.FindRegion(weight.Region) is null)
            {
                errors.Add($"gewichten[{i}].arbeidsmarktregioCode", InputMessages.UnknownRegion(weight.Region.Value));
            }
            else if (!seen.TryAdd(weight.Region, i))
            {
                errors.Add($"gewichten[{i}].arbeidsmarktregioCode", InputMessages.Duplicate(weight.Region.Value, $"gewichten[{seen[weight.Region]}]", "elke code"));
            }

            if (weight.Weight < 0)
            {
                errors.Add($"gewichten[{i}].gewicht", InputMessages.Negative("Het gewicht"));
            }
        }
    }

    private static AdvanceResult Compute(ReferenceDataSet referenceData, AdvanceRequest request, CappedScheme scheme)
    {
        var explanation = scheme.Explain();
        var budget = scheme.Budget(explanation);
        var unit = scheme.RoundingUnit(explanation);
        var recipients = explanation.ForYear(scheme.Id, ParameterNames.Recipients, request.Year).AsText();
        var key = explanation.ForYear(scheme.Id, ParameterNames.AdvanceKey, request.Year).AsText();
        return recipients switch
        {
            ParameterNames.RecipientsMunicipalities => ToMunicipalities(referenceData, request, scheme, explanation, budget, unit, key),
            ParameterNames.RecipientsCentralMunicipalities => ToCentralMunicipalities(referenceData, request, scheme, explanation, budget, unit, key),
            _ => throw new InvalidDataException($"Scheme {scheme.Id} has unknown recipients '{recipients}'."),
        };
    }

    private static AdvanceResult ToMunicipalities(ReferenceDataSet referenceData, AdvanceRequest request, CappedScheme scheme, ExplanationBuilder explanation, Money budget, Money unit, string key)
    {
        if (key != ParameterNames.KeyInhabitants)
        {
            throw new InvalidDataException($"Scheme {scheme.Id} has advance key '{key}', which is not supported for gemeenten.");
        }

        var date = ExplainPopulationDate(referenceData, request, scheme, explanation);
        var inhabitants = referenceData.InhabitantsOn(date);
        var distributed = CappedScheme.Distribute(budget, unit, inhabitants);
        var advances = distributed.AmountCents;
        var weights = inhabitants.ToArray();
        var municipalities = referenceData.Municipalities;
        var lines = new LinesByPosition<AdvanceLine>(municipalities.Count, i =>
        {
            var m = municipalities[i];
            return new AdvanceLine(m.Code, m.Name, m.RegionCode, weights[i], Money.FromCents(advances[i]));
        });
        explanation.Count("totaalInwoners", distributed.TotalWeight);
        explanation.Count("aantalGemeenten", lines.Count);
        return new AdvanceResult(scheme.Id, request.Year, budget, date, ParameterNames.RecipientsMunicipalities, key, lines, distributed.Undistributed, distributed.TotalWeight, explanation.Build());
    }

    private static AdvanceResult ToCentralMunicipalities(ReferenceDataSet referenceData, AdvanceRequest request, CappedScheme scheme, ExplanationBuilder explanation, Money budget, Money unit, string key)
    {
        LocalDate? date = null;
        Func<LabourMarketRegion, long> weightOf;
        if (request.RegionWeights is { } given)
        {
            var weights = new Dictionary<RegionCode, long>(given.Count);
            foreach (var weight in given)
            {
                weights[weight!.Region] = weight.Weight;
            }

            key = GivenWeightsKey;
            weightOf = r => weights.GetValueOrDefault(r.Code);
            explanation.Note("Verdeeld naar de opgegeven gewichten per arbeidsmarktregio in plaats van de verdeelsleutel van de regeling.");
        }
        else if (key == ParameterNames.KeyRegionInhabitants)
        {
            var resolved = ExplainPopulationDate(referenceData, request, scheme, explanation);
            date = resolved;
            weightOf = r => referenceData.RegionInhabitants(r.Code, resolved);
        }
        else
        {
            throw new InvalidDataException($"Scheme {scheme.Id} has advance key '{key}', which is not supported for centrumgemeenten.");
        }

        explanation.Note($"Arbeidsmarktregio's en centrumgemeenten volgens de indeling {referenceData.Metadata.IndelingYear} (aanname voor andere jaren).");
        var regions = referenceData.Regions;
        var claims = regions.Select(r => new AllocationClaim(r.CentralMunicipality.Value, weightOf(r))).ToArray();
        var allocation = CappedBudgetAllocator.Allocate(budget, unit, claims);
        var lines = regions
            .Select(r => new AdvanceLine(r.CentralMunicipality, referenceData.FindMunicipality(r.CentralMunicipality)!.Name, r.Code, weightOf(r), allocation.AmountFor(r.CentralMunicipality.Value)!.Value))
            .OrderBy(l => l.Recipient)
            .ToArray();
        explanation.Count(key == GivenWeightsKey ? "totaalGewicht" : "totaalInwoners", allocation.TotalWeight);
        explanation.Count("aantalCentrumgemeenten", lines.Length);
        return new AdvanceResult(scheme.Id, request.Year, budget, date, ParameterNames.RecipientsCentralMunicipalities, key, lines, allocation.Undistributed, allocation.TotalWeight, explanation.Build());
    }

    private static string RecipientsOf(CappedScheme scheme) => scheme.Catalogue.ForYear(scheme.Id, ParameterNames.Recipients, scheme.Year).Value.AsText();

    /// <summary>The peildatum asked for (or the scheme's default) and the one with figures that stands for it, if any.</summary>
    private static (LocalDate? Resolved, LocalDate Requested) PopulationDate(ReferenceDataSet referenceData, AdvanceRequest request, ParameterCatalogue catalogue, string schemeId)
    {
        var requested = request.PopulationDate ?? DefaultPopulationDate(catalogue, schemeId, request.Year);
        return (referenceData.ResolvePopulationDate(requested, request.PopulationDateFallback), requested);
    }

    private static string NoFigures(ReferenceDataSet referenceData, LocalDate requested, PopulationDateFallback fallback) =>
        string.Create(CultureInfo.InvariantCulture, $"Er zijn geen inwonertallen voor peildatum {requested:yyyy-MM-dd}{(fallback == PopulationDateFallback.LatestEarlier ? " of eerder" : string.Empty)}; beschikbaar: {string.Join(", ", referenceData.PopulationDates.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))}.");

    /// <summary>The checked peildatum, recorded in the explanation with the parameter behind a default and a note when an earlier date stood in.</summary>
    private static LocalDate ExplainPopulationDate(ReferenceDataSet referenceData, AdvanceRequest request, CappedScheme scheme, ExplanationBuilder explanation)
    {
        if (request.PopulationDate is null)
        {
            explanation.ForYear(scheme.Id, ParameterNames.PopulationDateYearsBack, request.Year);
        }

        var (resolved, requested) = PopulationDate(referenceData, request, explanation.Catalogue, scheme.Id);
        var date = resolved ?? throw new InvalidOperationException($"Peildatum {requested} was checked but has no figures.");
        if (date != requested)
        {
            explanation.Note(string.Create(CultureInfo.InvariantCulture, $"Geen inwonertallen voor {requested:yyyy-MM-dd}; op verzoek is de laatste eerdere peildatum {date:yyyy-MM-dd} gebruikt."));
        }

        explanation.Date("peildatumInwoners", date);
        return date;
    }
}
