using NodaTime;

namespace Onderwijsroute.Funding.Persistence;

/// <summary>A parameter version the service has run with, and a snapshot of its parameters.</summary>
/// <param name="Version">The parameter version (content hash).</param>
/// <param name="ContentJson">Every scheme with every dated value, as JSON.</param>
/// <param name="FirstLoadedAt">When the service first ran with this version.</param>
public sealed record ParameterVersionRecord(string Version, string ContentJson, Instant FirstLoadedAt);
