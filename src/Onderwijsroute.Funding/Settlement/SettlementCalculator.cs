using System.Runtime.CompilerServices;

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
        // Where each gemeente was first listed, plus one (0: not yet): scratch on the stack for both lists.
        var n = referenceData.Municipalities.Count;
        Span<int> firstAt = n <= 1024 ? stackalloc int[n] : new int[n];
        var counts = CountsByPosition(referenceData, request.Counts, firstAt, errors);
        long[]? advances = null;
        if (request.Advances is { } given)
        {
            firstAt.Clear();
            advances = AdvancesByPosition(referenceData, given, firstAt, errors);
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

        var definitive = CappedScheme.Distribute(budget, unit, input.Counts);
        var totalCount = definitive.TotalWeight;
        Money? perPerson = totalCount == 0 ? null : Money.FromCents(Rounding.RoundHalfAwayFromZero(budget.Cents, totalCount, 1));
        explanation.Date("peildatumTelling", new LocalDate(request.Year, 12, 31));
        explanation.Count("totaalAantal", totalCount);
        if (totalCount == 0)
        {
            explanation.Note(string.Create(CultureInfo.InvariantCulture, $"Het totale aantal is 0: er is niets verdeeld en het hele budget ({budget.Euros} euro) blijft onverdeeld."));
        }

        return new SettlementResult(scheme.Id, request.Year, budget, referenceData.Municipalities, input.Counts, advances, definitive.AmountCents, totalCount, perPerson, definitive.Undistributed, input.Advances is null, populationDate, explanation.Build());
    }

    /// <summary>
    /// The counts at their gemeente's position (<see cref="PerMunicipalityList"/>). Not inlined: a method with
    /// <c>stackalloc</c> (<see cref="Check"/>) is compiled once without profile, this loop is worth the tiered, profiled code.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static long[] CountsByPosition(ReferenceDataSet referenceData, IReadOnlyList<MunicipalityCount?> items, Span<int> firstAt, InputErrorsBuilder errors)
    {
        var counts = new long[referenceData.Municipalities.Count];
        var listed = ItemsOf(items);
        for (var i = 0; i < listed.Length; i++)
        {
            if (listed[i] is { } item && !PerMunicipalityList.TryPlace(referenceData.IndexOf(item.Municipality), item.Count, i, counts, firstAt))
            {
                PerMunicipalityList.Refuse(referenceData, "aantallen", "aantal", "Het aantal", i, item.Municipality, item.Count, firstAt, errors);
            }
        }

        return counts;
    }

    /// <summary>The advances in cents at their gemeente's position, as <see cref="CountsByPosition"/>.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static long[] AdvancesByPosition(ReferenceDataSet referenceData, IReadOnlyList<MunicipalityAmount?> items, Span<int> firstAt, InputErrorsBuilder errors)
    {
        var advances = new long[referenceData.Municipalities.Count];
        var listed = ItemsOf(items);
        for (var i = 0; i < listed.Length; i++)
        {
            if (listed[i] is { } item && !PerMunicipalityList.TryPlace(referenceData.IndexOf(item.Municipality), item.Amount.Cents, i, advances, firstAt))
            {
                PerMunicipalityList.Refuse(referenceData, "voorschotten", "bedrag", "Het bedrag", i, item.Municipality, item.Amount.Cents, firstAt, errors);
            }
        }

        return advances;
    }

    /// <summary>The items of a list as a span: the array itself when it is one (the API passes arrays), saving an interface call per item.</summary>
    private static ReadOnlySpan<T> ItemsOf<T>(IReadOnlyList<T> items) => items as T[] ?? items.ToArray();

    private static AdvanceRequest AdvanceRequestOf(CappedScheme scheme, SettlementRequest request) => new(scheme.Id, request.Year)
    {
        PopulationDate = request.PopulationDate,
        PopulationDateFallback = request.PopulationDateFallback,
    };
}
