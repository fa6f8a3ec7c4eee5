using NodaTime;

namespace Onderwijsroute.Funding.Api.Http;

/// <summary>
/// The ids of stored resources: a version-7 GUID minted from the clock (so ids sort by creation time), and the check
/// of an id in a path, which is a 400 naming <c>id</c> before anything is looked up.
/// </summary>
internal static class ResourceIds
{
    /// <summary>A new id and the instant it was minted at.</summary>
    /// <param name="clock">The clock.</param>
    public static (string Id, Instant At) NewV7(IClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var now = clock.GetCurrentInstant();
        return (Guid.CreateVersion7(now.ToDateTimeOffset()).ToString("D"), now);
    }

    /// <summary>Whether a text is a GUID in its usual form (<c>0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b</c>).</summary>
    /// <param name="id">The text.</param>
    public static bool IsGuid(string id) => Guid.TryParseExact(id, "D", out _);

    /// <summary>The 400 problem for a path id that is not a GUID.</summary>
    /// <param name="id">The id as given.</param>
    public static string NotAGuid(string id) => $"'{id}' is geen geldig id (een GUID zoals 0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b).";
}
