using NodaTime;
using NodaTime.Text;

namespace Onderwijsroute.Funding.Persistence;

/// <summary>
/// Instants as stored in text columns: UTC ISO 8601 with a fixed nine-digit fraction, so that text order is time order
/// (the variable-precision ISO pattern would sort <c>...00Z</c> after <c>...00.5Z</c>).
/// </summary>
internal static class StoredInstant
{
    private static readonly InstantPattern Pattern = InstantPattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffff'Z'");

    public static string Format(Instant instant) => Pattern.Format(instant);

    public static Instant Parse(string text) => Pattern.Parse(text).GetValueOrThrow();
}
