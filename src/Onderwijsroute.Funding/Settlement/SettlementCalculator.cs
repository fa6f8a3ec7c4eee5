using System.Globalization;
using NodaTime;
using Onderwijsroute.Funding.Allocation;
using Onderwijsroute.Funding.Parameters;
using Onderwijsroute.Funding.ReferenceData;

namespace Onderwijsroute.Funding.Settlement;

/// <summary>
/// Definitive amounts of a capped scheme by the year-end count and the settlement against the advances
/// (Dutch: <em>vaststelling</em>, docs/domain.md §4): the same budget distributed by the asielstatushouders in the
/// onderwijsroute resident on 31 December; <c>verschil = vastgesteld − voorschot</c> per gemeente.
/// </summary>
public static class SettlementCalculator
{
    /// <summary>Computes the settlement.</summary>
    /// <param name="catalogue">The parameters (with any scenario overrides).</param>
    /// <param name="referenceData">Gemeenten and inhabitants.</param>
    /// <param name="request">Counts and, optionally, advances.</param>
    /// <returns>The settlement with its explanation.</returns>
    /// <exception cref="CalculationInputException">The scheme, year, a code, a count or an amount cannot be used.</exception>
    public static SettlementResult Calculate(ParameterCatalogue catalogue, ReferenceDataSet referenceData, SettlementRequest request)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(referenceData);
        ArgumentNullException.ThrowIfNull(request);
        var scheme = CappedScheme.Open(catalogue, request.SchemeId, request.Year, ParameterNames.SettlementKey, "vaststelling naar aantallen");
        AdvanceCalculator.RequireMunicipalitySet(referenceData, request.Year);
        var explanation = scheme.Explain(request.Budget);
        var budget = scheme.Budget(explanation);
        var unit = explanation.ForYear(scheme.Id, ParameterNames.RoundingUnit, request.Year).AsMoney();
        explanation.ForYear(scheme.Id, ParameterNames.SettlementKey, request.Year);

        var municipalities = referenceData.Municipalities;
        var counts = new long[municipalities.Count];
        Spread(referenceData, request.Counts, "aantallen", c => c.Municipality, c => c.Count, "aantal", counts);
        var advances = new long[municipalities.Count];
        var advancesComputed = request.Advances is null;
        if (request.Advances is { } given)
        {
            Spread(referenceData, given, "voorschotten", a => a.Municipality, a => a.Amount.Cents, "bedrag", advances);
        }
        else
        {
            var advance = AdvanceCalculator.Calculate(explanation.Catalogue, referenceData, new AdvanceRequest(scheme.Id, request.Year)
            {
                PopulationDate = request.PopulationDate,
                PopulationDateFallback = request.PopulationDateFallback,
            });
            foreach (var line in advance.Lines)
            {
                advances[referenceData.IndexOf(line.Recipient)] = line.Advance.Cents;
            }

            foreach (var parameter in advance.Explanation.Parameters)
            {
                explanation.Use(parameter);
            }

            explanation.Date("peildatumInwoners", advance.PopulationDate!.Value);
            explanation.Count("totaalInwoners", advance.TotalWeight);
        }

        var claims = new AllocationClaim[municipalities.Count];
        for (var i = 0; i < claims.Length; i++)
        {
            claims[i] = new AllocationClaim(municipalities[i].Code.Value, counts[i]);
        }

        var allocation = CappedBudgetAllocator.Allocate(budget, unit, claims);
        var lines = new SettlementLine[municipalities.Count];
        for (var i = 0; i < lines.Length; i++)
        {
            var m = municipalities[i];
            lines[i] = new SettlementLine(m.Code, m.Name, counts[i], Money.FromCents(advances[i]), allocation.Shares[i].Amount);
        }

        var totalCount = allocation.TotalWeight;
        Money? perPerson = totalCount == 0 ? null : Money.FromCents(Rounding.RoundHalfAwayFromZero(budget.Cents, totalCount, 1));
        explanation.Date("peildatumTelling", new LocalDate(request.Year, 12, 31));
        explanation.Count("totaalAantal", totalCount);
        if (totalCount == 0)
        {
            explanation.Note(string.Create(CultureInfo.InvariantCulture, $"Het totale aantal is 0: er is niets verdeeld en het hele budget ({budget.Euros} euro) blijft onverdeeld."));
        }

        return new SettlementResult(scheme.Id, request.Year, budget, lines, totalCount, perPerson, allocation.Undistributed, advancesComputed, explanation.Build());
    }

    /// <summary>Places per-gemeente inputs at the gemeente's position; unknown codes, duplicates and negatives are input errors.</summary>
    private static void Spread<T>(ReferenceDataSet referenceData, IReadOnlyList<T> items, string listField, Func<T, MunicipalityCode> code, Func<T, long> value, string valueField, long[] target)
    {
        var seen = new bool[target.Length];
        for (var i = 0; i < items.Count; i++)
        {
            var municipality = code(items[i]);
            var index = referenceData.IndexOf(municipality);
            if (index < 0)
            {
                throw new CalculationInputException($"{listField}[{i}].gemeenteCode", $"Onbekende gemeente '{municipality}' in de indeling {referenceData.Metadata.IndelingYear}.");
            }

            if (seen[index])
            {
                throw new CalculationInputException($"{listField}[{i}].gemeenteCode", $"Gemeente '{municipality}' komt meer dan eens voor.");
            }

            var amount = value(items[i]);
            if (amount < 0)
            {
                throw new CalculationInputException($"{listField}[{i}].{valueField}", "Mag niet negatief zijn.");
            }

            seen[index] = true;
            target[index] = amount;
        }
    }
}
