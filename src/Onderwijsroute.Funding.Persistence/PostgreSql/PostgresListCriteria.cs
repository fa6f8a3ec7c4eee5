using static Onderwijsroute.Funding.Persistence.PostgreSql.PostgresValues;

namespace Onderwijsroute.Funding.Persistence.PostgreSql;

/// <summary>The list criteria of <see cref="ListFilter"/> on PostgreSQL: instants as <c>timestamptz</c>, every parameter typed so a <c>NULL</c> compares.</summary>
internal static class PostgresListCriteria
{
    /// <summary>Made in the period: at or after <c>@From</c> and before <c>@Until</c>.</summary>
    public const string Period = "(CAST(@From AS timestamptz) IS NULL OR aangemaakt_op >= @From) AND (CAST(@Until AS timestamptz) IS NULL OR aangemaakt_op < @Until)";

    /// <summary>The SQL parameters of the criteria, with the page's offset and limit.</summary>
    public static object Parameters(ListFilter filter, int offset, int limit) => new
    {
        filter.ScenarioId,
        filter.Status,
        From = Time(filter.From),
        Until = Time(filter.Until),
        filter.RunId,
        Offset = offset,
        Limit = limit,
    };
}
