namespace Onderwijsroute.Funding.Persistence;

/// <summary>The kinds of stored calculation, as the <c>soort</c> column holds them.</summary>
public static class CalculationKinds
{
    /// <summary>Advances of a capped scheme (<c>voorschotberekening</c>).</summary>
    public const string Advance = "voorschotberekening";

    /// <summary>Definitive amounts and settlement (<c>vaststellingsberekening</c>).</summary>
    public const string Settlement = "vaststellingsberekening";
}
