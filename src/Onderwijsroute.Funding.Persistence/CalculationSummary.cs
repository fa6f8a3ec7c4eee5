using NodaTime;

namespace Onderwijsroute.Funding.Persistence;

/// <summary>A stored calculation in a list: what identifies it, without its request and result.</summary>
/// <param name="Id">The calculation id.</param>
/// <param name="Scheme">The regeling of the result (<c>regeling</c>), or <c>null</c> if the result has none.</param>
/// <param name="Year">The year of the result (<c>jaar</c>), or <c>null</c> if the result has none.</param>
/// <param name="ParameterVersion">The parameter version that produced the result.</param>
/// <param name="CreatedAt">When the calculation was made.</param>
public sealed record CalculationSummary(string Id, string? Scheme, int? Year, string ParameterVersion, Instant CreatedAt);
