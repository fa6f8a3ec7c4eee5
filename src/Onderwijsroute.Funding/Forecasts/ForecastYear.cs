namespace Onderwijsroute.Funding.Forecasts;

/// <summary>One year of a forecast (Dutch: <em>prognosejaar</em>): costs by category, income by scheme, the expected settlement, the cash position and the gap.</summary>
public sealed class ForecastYear
{
    internal ForecastYear(int year, IReadOnlyList<ForecastFigure> costs, IReadOnlyList<ForecastFigure> income, ForecastFigure prefinanced, ExpectedSettlement? settlement, CashPosition cash, Money cumulativeShortfall, Explanation explanation)
    {
        Year = year;
        Costs = costs;
        Income = income;
        Prefinanced = prefinanced;
        Settlement = settlement;
        Cash = cash;
        foreach (var c in costs)
        {
            TotalCosts += c.Amount;
        }

        foreach (var i in income)
        {
            TotalIncome += i.Amount;
        }

        CumulativeShortfall = cumulativeShortfall;
        Explanation = explanation;
    }

    /// <summary>The calendar year.</summary>
    public int Year { get; }

    /// <summary>Costs by category (<see cref="CostCategories.All"/>, always all four).</summary>
    public IReadOnlyList<ForecastFigure> Costs { get; }

    /// <summary>Income by scheme attributable to the onderwijsroute (always all five regelingen; the capped SPUK at its expected definitive amount).</summary>
    public IReadOnlyList<ForecastFigure> Income { get; }

    /// <summary>The part of the costs for participants who bring no funding yet (under 18): pre-financed, included in <see cref="TotalCosts"/>.</summary>
    public ForecastFigure Prefinanced { get; }

    /// <summary>The expected settlement of the capped SPUK onderwijsroute, or <c>null</c> in a year it does not cover.</summary>
    public ExpectedSettlement? Settlement { get; }

    /// <summary>The cash position during the year.</summary>
    public CashPosition Cash { get; }

    /// <summary>The sum of the costs.</summary>
    public Money TotalCosts { get; }

    /// <summary>The sum of the income.</summary>
    public Money TotalIncome { get; }

    /// <summary>The gap (Dutch: <em>tekort</em>): costs − income; negative is a surplus.</summary>
    public Money Shortfall => TotalCosts - TotalIncome;

    /// <summary>Income ÷ costs, rounded half away from zero to four decimals; <c>null</c> when there are no costs.</summary>
    public decimal? CoverageRatio => TotalCosts.Cents == 0 ? null : decimal.Round((decimal)TotalIncome.Cents / TotalCosts.Cents, 4, MidpointRounding.AwayFromZero);

    /// <summary>The sum of the gaps from the first forecast year up to and including this one.</summary>
    public Money CumulativeShortfall { get; }

    /// <summary>The counts and notes of the year (participants running, on 31 December, starting).</summary>
    public Explanation Explanation { get; }
}
