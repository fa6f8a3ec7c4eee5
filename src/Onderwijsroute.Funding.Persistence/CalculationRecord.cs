using NodaTime;

namespace Onderwijsroute.Funding.Persistence;

/// <summary>
/// One stored calculation (Dutch: <em>berekening</em>): exactly what was asked, with which parameter version, and
/// exactly what was answered, so any figure can be reproduced and audited later.
/// </summary>
/// <param name="Id">The calculation id (a GUID string).</param>
/// <param name="Kind">What was calculated, e.g. <see cref="CalculationKinds.Advance"/>.</param>
/// <param name="RequestJson">The request body as received.</param>
/// <param name="ParameterVersion">The parameter version (content hash) that produced the result.</param>
/// <param name="ResultJson">The response body as answered.</param>
/// <param name="CreatedAt">When the calculation was made.</param>
public sealed record CalculationRecord(string Id, string Kind, string RequestJson, string ParameterVersion, string ResultJson, Instant CreatedAt);

/// <summary>The kinds of stored calculation, as the <c>soort</c> column holds them.</summary>
public static class CalculationKinds
{
    /// <summary>Advances of a capped scheme (<c>voorschotberekening</c>).</summary>
    public const string Advance = "voorschotberekening";

    /// <summary>Definitive amounts and settlement (<c>vaststellingsberekening</c>).</summary>
    public const string Settlement = "vaststellingsberekening";
}
