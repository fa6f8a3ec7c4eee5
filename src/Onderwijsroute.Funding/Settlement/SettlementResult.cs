namespace Onderwijsroute.Funding.Settlement;

/// <summary>The definitive amounts and settlement of a capped scheme for one year, with their explanation.</summary>
public sealed class SettlementResult
{
    /// <summary>Creates the result from its columns: the gemeenten in code order and, at each one's position, its figures.</summary>
    internal SettlementResult(string schemeId, int year, Money budget, IReadOnlyList<Municipality> municipalities, long[] counts, long[] advanceCents, long[] definitiveCents, long totalCount, Money? amountPerPerson, Money undistributed, bool advancesComputed, LocalDate? populationDate, Explanation explanation)
    {
        SchemeId = schemeId;
        Year = year;
        Budget = budget;
        TotalCount = totalCount;
        AmountPerPerson = amountPerPerson;
        Undistributed = undistributed;
        AdvancesComputed = advancesComputed;
        PopulationDate = populationDate;
        Explanation = explanation;
        Lines = new LinesByPosition<SettlementLine>(municipalities.Count, i =>
        {
            var m = municipalities[i];
            return new SettlementLine(m.Code, m.Name, counts[i], Money.FromCents(advanceCents[i]), Money.FromCents(definitiveCents[i]));
        });
        var totalAdvance = 0L;
        var totalDefinitive = 0L;
        for (var i = 0; i < definitiveCents.Length; i++)
        {
            totalAdvance = checked(totalAdvance + advanceCents[i]);
            totalDefinitive = checked(totalDefinitive + definitiveCents[i]);
        }

        TotalAdvance = Money.FromCents(totalAdvance);
        TotalDefinitive = Money.FromCents(totalDefinitive);
    }

    /// <summary>The scheme.</summary>
    public string SchemeId { get; }

    /// <summary>The budget year.</summary>
    public int Year { get; }

    /// <summary>The budget distributed.</summary>
    public Money Budget { get; }

    /// <summary>Every gemeente of the year, ordered by code.</summary>
    public IReadOnlyList<SettlementLine> Lines { get; }

    /// <summary>The national count (Dutch: <em>totaal aantal</em>).</summary>
    public long TotalCount { get; }

    /// <summary>Budget ÷ national count in cents (rounded half away from zero), informational; <c>null</c> when the count is 0.</summary>
    public Money? AmountPerPerson { get; }

    /// <summary>What was not distributed: the whole budget when the national count is 0.</summary>
    public Money Undistributed { get; }

    /// <summary>Whether the advances were computed by the advance rule rather than given.</summary>
    public bool AdvancesComputed { get; }

    /// <summary>For computed advances: the inhabitants' peildatum they were distributed by; <c>null</c> when the advances were given.</summary>
    public LocalDate? PopulationDate { get; }

    /// <summary>The sum of the advances.</summary>
    public Money TotalAdvance { get; }

    /// <summary>The sum of the definitive amounts.</summary>
    public Money TotalDefinitive { get; }

    /// <summary>The sum of the differences: total definitive − total advance.</summary>
    public Money TotalDifference => TotalDefinitive - TotalAdvance;

    /// <summary>Which parameters, dates and counts produced the result.</summary>
    public Explanation Explanation { get; }
}
