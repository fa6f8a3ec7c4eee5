namespace Onderwijsroute.Funding.Persistence;

/// <summary>SQL conditions the lists share, on the parameters of <see cref="ListFilter.Parameters"/>.</summary>
internal static class ListCriteria
{
    /// <summary>Made in the period: at or after <c>@From</c> and before <c>@Until</c> (stored instants sort as text).</summary>
    public const string Period = "(@From IS NULL OR aangemaakt_op >= @From) AND (@Until IS NULL OR aangemaakt_op < @Until)";
}
