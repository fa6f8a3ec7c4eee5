using System.Globalization;
using NodaTime;
using Onderwijsroute.Funding.Allocation;
using Onderwijsroute.Funding.Parameters;
using Onderwijsroute.Funding.ReferenceData;

namespace Onderwijsroute.Funding.Settlement;

/// <summary>
/// Advances of a capped scheme for a year (Dutch: <em>voorschotten</em>): the year's budget distributed by the
/// scheme's key (docs/domain.md §3.3, §4) over its recipients, gemeenten or centrumgemeenten.
/// </summary>
public static class AdvanceCalculator
{
    /// <summary>The key word for weights given in the request.</summary>
    public const string GivenWeightsKey = "gewichten";

    /// <summary>Computes the advances.</summary>
    /// <param name="catalogue">The parameters (with any scenario overrides).</param>
    /// <param name="referenceData">Gemeenten, regions and inhabitants.</param>
    /// <param name="request">What to compute.</param>
    /// <returns>The advances with their explanation.</returns>
    /// <exception cref="CalculationInputException">The scheme, year, peildatum or weights cannot be used.</exception>
    public static AdvanceResult Calculate(ParameterCatalogue catalogue, ReferenceDataSet referenceData, AdvanceRequest request)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(referenceData);
        ArgumentNullException.ThrowIfNull(request);
        var scheme = CappedScheme.Open(catalogue, request.SchemeId, request.Year, ParameterNames.AdvanceKey, "voorschot");
        var explanation = scheme.Explain(request.Budget);
        var budget = scheme.Budget(explanation);
        var unit = explanation.ForYear(scheme.Id, ParameterNames.RoundingUnit, request.Year).AsMoney();
        var recipients = explanation.ForYear(scheme.Id, ParameterNames.Recipients, request.Year).AsText();
        var key = explanation.ForYear(scheme.Id, ParameterNames.AdvanceKey, request.Year).AsText();

        return recipients switch
        {
            ParameterNames.RecipientsMunicipalities => ToMunicipalities(referenceData, request, scheme, explanation, budget, unit, key),
            ParameterNames.RecipientsCentralMunicipalities => ToCentralMunicipalities(referenceData, request, scheme, explanation, budget, unit, key),
            _ => throw new InvalidDataException($"Scheme {scheme.Id} has unknown recipients '{recipients}'."),
        };
    }

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

    private static AdvanceResult ToMunicipalities(ReferenceDataSet referenceData, AdvanceRequest request, CappedScheme scheme, ExplanationBuilder explanation, Money budget, Money unit, string key)
    {
        if (request.RegionWeights is not null)
        {
            throw new CalculationInputException("gewichten", $"Regeling '{scheme.Id}' wordt over gemeenten verdeeld; gewichten per arbeidsmarktregio zijn alleen mogelijk bij een regeling voor centrumgemeenten.");
        }

        if (key != ParameterNames.KeyInhabitants)
        {
            throw new InvalidDataException($"Scheme {scheme.Id} has advance key '{key}', which is not supported for gemeenten.");
        }

        RequireMunicipalitySet(referenceData, request.Year);
        var date = PopulationDate(referenceData, request, scheme, explanation);
        var inhabitants = referenceData.InhabitantsOn(date);
        var municipalities = referenceData.Municipalities;
        var claims = new AllocationClaim[municipalities.Count];
        for (var i = 0; i < claims.Length; i++)
        {
            claims[i] = new AllocationClaim(municipalities[i].Code.Value, inhabitants[i]);
        }

        var allocation = CappedBudgetAllocator.Allocate(budget, unit, claims);
        var lines = new AdvanceLine[municipalities.Count];
        for (var i = 0; i < lines.Length; i++)
        {
            // Allocation shares are in code order, as are the gemeenten.
            var m = municipalities[i];
            lines[i] = new AdvanceLine(m.Code, m.Name, m.RegionCode, inhabitants[i], allocation.Shares[i].Amount);
        }

        explanation.Count("totaalInwoners", allocation.TotalWeight);
        explanation.Count("aantalGemeenten", lines.Length);
        return new AdvanceResult(scheme.Id, request.Year, budget, date, key, lines, allocation.Undistributed, allocation.TotalWeight, explanation.Build());
    }

    private static AdvanceResult ToCentralMunicipalities(ReferenceDataSet referenceData, AdvanceRequest request, CappedScheme scheme, ExplanationBuilder explanation, Money budget, Money unit, string key)
    {
        LocalDate? date = null;
        Func<LabourMarketRegion, long> weightOf;
        if (request.RegionWeights is { } given)
        {
            foreach (var (region, weight) in given)
            {
                if (referenceData.FindRegion(region) is null)
                {
                    throw new CalculationInputException("gewichten", $"Onbekende arbeidsmarktregio '{region}'.");
                }

                if (weight < 0)
                {
                    throw new CalculationInputException("gewichten", $"Het gewicht van {region} is negatief.");
                }
            }

            key = GivenWeightsKey;
            weightOf = r => given.GetValueOrDefault(r.Code);
            explanation.Note("Verdeeld naar de opgegeven gewichten per arbeidsmarktregio in plaats van de verdeelsleutel van de regeling.");
        }
        else if (key == ParameterNames.KeyRegionInhabitants)
        {
            var resolved = PopulationDate(referenceData, request, scheme, explanation);
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
        return new AdvanceResult(scheme.Id, request.Year, budget, date, key, lines, allocation.Undistributed, allocation.TotalWeight, explanation.Build());
    }

    internal static void RequireMunicipalitySet(ReferenceDataSet referenceData, int year)
    {
        if (!referenceData.CoversYear(year))
        {
            var meta = referenceData.Metadata;
            throw new CalculationInputException("jaar", $"De gemeentelijke indeling {meta.IndelingYear} geldt voor {meta.ValidFromYear} tot en met {meta.ValidUntilYear}; voor {year} zijn geen gemeenten bekend.");
        }
    }

    private static LocalDate PopulationDate(ReferenceDataSet referenceData, AdvanceRequest request, CappedScheme scheme, ExplanationBuilder explanation)
    {
        LocalDate requested;
        if (request.PopulationDate is { } given)
        {
            requested = given;
        }
        else
        {
            explanation.ForYear(scheme.Id, ParameterNames.PopulationDateYearsBack, request.Year);
            requested = DefaultPopulationDate(explanation.Catalogue, scheme.Id, request.Year);
        }

        var resolved = referenceData.ResolvePopulationDate(requested, request.PopulationDateFallback)
            ?? throw new CalculationInputException(
                "peildatumInwoners",
                string.Create(CultureInfo.InvariantCulture, $"Er zijn geen inwonertallen voor peildatum {requested:yyyy-MM-dd}{(request.PopulationDateFallback == PopulationDateFallback.LatestEarlier ? " of eerder" : string.Empty)}; beschikbaar: {string.Join(", ", referenceData.PopulationDates.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))}."));
        if (resolved != requested)
        {
            explanation.Note(string.Create(CultureInfo.InvariantCulture, $"Geen inwonertallen voor {requested:yyyy-MM-dd}; op verzoek is de laatste eerdere peildatum {resolved:yyyy-MM-dd} gebruikt."));
        }

        explanation.Date("peildatumInwoners", resolved);
        return resolved;
    }
}
