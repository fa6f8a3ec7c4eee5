namespace Onderwijsroute.Funding.Settlement;

/// <summary>
/// Definitive amounts of a capped scheme by the year-end count and the settlement against the advances
/// (Dutch: <em>vaststelling</em>, docs/domain.md §4): the same budget distributed by the asielstatushouders in the
/// onderwijsroute resident on 31 December; <c>verschil = vastgesteld − voorschot</c> per gemeente.
/// </summary>
public static class SettlementCalculator
{
    /// <summary>Checks a request without computing it: every input error, each naming its field.</summary>
    /// <param name="catalogue">The parameters (with any scenario overrides).</param>
    /// <param name="referenceData">Gemeenten and inhabitants.</param>
    /// <param name="request">Counts and, optionally, advances.</param>
    /// <returns>The errors; empty when <see cref="Calculate"/> would give a result.</returns>
    public static InputErrors Validate(ParameterCatalogue catalogue, ReferenceDataSet referenceData, SettlementRequest request) =>
        InputErrorsBuilder.Collect(errors => Check(catalogue, referenceData, request, errors));

    /// <summary>Computes the settlement, or names every input that cannot be used: the scheme, year or budget, a code, a count or an amount.</summary>
    /// <param name="catalogue">The parameters (with any scenario overrides).</param>
    /// <param name="referenceData">Gemeenten and inhabitants.</param>
    /// <param name="request">Counts and, optionally, advances.</param>
    /// <returns>The settlement with its explanation, or the input errors.</returns>
    public static Validated<SettlementResult> Calculate(ParameterCatalogue catalogue, ReferenceDataSet referenceData, SettlementRequest request) =>
        Validated.CheckThen(errors => Check(catalogue, referenceData, request, errors), input => Compute(referenceData, request, input));

    /// <summary>The counts and advances per gemeente position, and the opened scheme (null when it could not be opened).</summary>
    private readonly record struct CheckedRequest(CappedScheme? Scheme, long[] Counts, long[]? Advances);

    private static CheckedRequest Check(ParameterCatalogue catalogue, ReferenceDataSet referenceData, SettlementRequest request, InputErrorsBuilder errors)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(referenceData);
        ArgumentNullException.ThrowIfNull(request);
        var scheme = CappedScheme.Open(catalogue, request.SchemeId, request.Year, request.Budget, ParameterNames.SettlementKey, "vaststelling naar aantallen", errors);
        var municipalitiesKnown = scheme?.CheckMunicipalitySet(referenceData, errors) == true;
        var counts = new long[referenceData.Municipalities.Count];
        Spread(referenceData, request.Counts, "aantallen", c => c.Municipality, c => c.Count, "aantal", "Het aantal", counts, errors);
        long[]? advances = null;
        if (request.Advances is { } given)
        {
            advances = new long[counts.Length];
            Spread(referenceData, given, "voorschotten", a => a.Municipality, a => a.Amount.Cents, "bedrag", "Het bedrag", advances, errors);
        }
        else if (municipalitiesKnown && scheme is not null)
        {
            // The advance rule's own checks (the peildatum) name the same fields as in a settlement request.
            errors.AddRange(AdvanceCalculator.Validate(scheme.Catalogue, referenceData, AdvanceRequestOf(scheme, request)));
        }

        return new CheckedRequest(scheme, counts, advances);
    }

    private static SettlementResult Compute(ReferenceDataSet referenceData, SettlementRequest request, CheckedRequest input)
    {
        var scheme = input.Scheme!;
        var explanation = scheme.Explain();
        var budget = scheme.Budget(explanation);
        var unit = scheme.RoundingUnit(explanation);
        explanation.ForYear(scheme.Id, ParameterNames.SettlementKey, request.Year);

        var advances = input.Advances;
        LocalDate? populationDate = null;
        if (advances is null)
        {
            var advance = AdvanceCalculator.Calculate(scheme.Catalogue, referenceData, AdvanceRequestOf(scheme, request)).Value;
            advances = new long[input.Counts.Length];
            foreach (var line in advance.Lines)
            {
                advances[referenceData.IndexOf(line.Recipient)] = line.Advance.Cents;
            }

            foreach (var parameter in advance.Explanation.Parameters)
            {
                explanation.Use(parameter);
            }

            populationDate = advance.PopulationDate!.Value;
            explanation.Date("peildatumInwoners", populationDate.Value);
            explanation.Count("totaalInwoners", advance.TotalWeight);
        }

        var municipalities = referenceData.Municipalities;
        var (lines, allocation) = CappedScheme.Distribute(budget, unit, municipalities, input.Counts, (i, count, amount) =>
        {
            var m = municipalities[i];
            return new SettlementLine(m.Code, m.Name, count, Money.FromCents(advances[i]), amount);
        });

        var totalCount = allocation.TotalWeight;
        Money? perPerson = totalCount == 0 ? null : Money.FromCents(Rounding.RoundHalfAwayFromZero(budget.Cents, totalCount, 1));
        explanation.Date("peildatumTelling", new LocalDate(request.Year, 12, 31));
        explanation.Count("totaalAantal", totalCount);
        if (totalCount == 0)
        {
            explanation.Note(string.Create(CultureInfo.InvariantCulture, $"Het totale aantal is 0: er is niets verdeeld en het hele budget ({budget.Euros} euro) blijft onverdeeld."));
        }

        return new SettlementResult(scheme.Id, request.Year, budget, lines, totalCount, perPerson, allocation.Undistributed, input.Advances is null, populationDate, explanation.Build());
    }

    private static AdvanceRequest AdvanceRequestOf(CappedScheme scheme, SettlementRequest request) => new(scheme.Id, request.Year)
    {
        PopulationDate = request.PopulationDate,
        PopulationDateFallback = request.PopulationDateFallback,
    };

    /// <summary>
    /// Places per-gemeente inputs at the gemeente's position; an unknown code, a code listed twice and a negative value
    /// are input errors. A plain loop that allocates only for an error: a national settlement runs it for 342 items.
    /// </summary>
    private static void Spread<T>(ReferenceDataSet referenceData, IReadOnlyList<T?> items, string listField, Func<T, MunicipalityCode> code, Func<T, long> value, string valueField, string valueName, long[] target, InputErrorsBuilder errors)
        where T : class
    {
        // Where each gemeente was first listed, plus one (0: not yet); on the stack, as the loop allocates nothing else.
        Span<int> firstAt = target.Length <= 1024 ? stackalloc int[target.Length] : new int[target.Length];
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not { } item)
            {
                continue;
            }

            var municipality = code(item);
            var index = referenceData.IndexOf(municipality);
            if (index < 0)
            {
                errors.Add($"{listField}[{i}].gemeenteCode", InputMessages.UnknownMunicipality(municipality.Value, referenceData));
            }
            else if (firstAt[index] > 0)
            {
                errors.Add($"{listField}[{i}].gemeenteCode", InputMessages.Duplicate(municipality.Value, $"{listField}[{firstAt[index] - 1}]", "elke code"));
            }

            var amount = value(item);
            if (amount < 0)
            {
                errors.Add($"{listField}[{i}].{valueField}", InputMessages.Negative(valueName));
            }
            else if (index >= 0 && firstAt[index] == 0)
            {
                target[index] = amount;
            }

            if (index >= 0 && firstAt[index] == 0)
            {
                firstAt[index] = i + 1;
            }
        }
    }
}
