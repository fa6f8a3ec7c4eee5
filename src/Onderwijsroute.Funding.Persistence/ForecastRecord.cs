using NodaTime;

namespace Onderwijsroute.Funding.Persistence;

/// <summary>
/// A forecast a gemeente keeps (Dutch: <em>opgeslagen prognose</em>): its input as last saved, the parameter version
/// and the result computed with it, and its version number, which only grows and is the ETag.
/// </summary>
/// <param name="Id">The id (a GUID string).</param>
/// <param name="MunicipalityCode">The gemeente that keeps it.</param>
/// <param name="Name">Its name.</param>
/// <param name="Version">The version: 1 when created, one more on every replace.</param>
/// <param name="RequestJson">The input as received.</param>
/// <param name="ParameterVersion">The parameter version the result was computed with.</param>
/// <param name="ResultJson">The stored response, in UTF-8 (a forecast of three years is ~42 KB: as a .NET string it
/// would be a large-object-heap allocation on every write and read).</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="ModifiedAt">When it was last replaced (the creation time at first).</param>
public sealed record ForecastRecord(string Id, string MunicipalityCode, string Name, long Version, string RequestJson, string ParameterVersion, ReadOnlyMemory<byte> ResultJson, Instant CreatedAt, Instant ModifiedAt)
{
    /// <inheritdoc />
    public bool Equals(ForecastRecord? other) =>
        other is not null
        && Id == other.Id && MunicipalityCode == other.MunicipalityCode && Name == other.Name && Version == other.Version
        && RequestJson == other.RequestJson && ParameterVersion == other.ParameterVersion
        && ResultJson.Span.SequenceEqual(other.ResultJson.Span) && CreatedAt == other.CreatedAt && ModifiedAt == other.ModifiedAt;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, MunicipalityCode, Version, ModifiedAt);
}
