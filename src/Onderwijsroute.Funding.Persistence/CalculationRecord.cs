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
/// <param name="ResultJson">The response body as answered, in UTF-8 (a national result is ~44 KB: as a .NET string it
/// would be a large-object-heap allocation on every calculation).</param>
/// <param name="CreatedAt">When the calculation was made.</param>
public sealed record CalculationRecord(string Id, string Kind, string RequestJson, string ParameterVersion, ReadOnlyMemory<byte> ResultJson, Instant CreatedAt)
{
    /// <inheritdoc />
    public bool Equals(CalculationRecord? other) =>
        other is not null
        && Id == other.Id && Kind == other.Kind && RequestJson == other.RequestJson && ParameterVersion == other.ParameterVersion
        && ResultJson.Span.SequenceEqual(other.ResultJson.Span) && CreatedAt == other.CreatedAt;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Kind, ParameterVersion, CreatedAt);
}
