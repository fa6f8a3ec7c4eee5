using Onderwijsroute.Funding.Persistence.Engines;

namespace Onderwijsroute.Funding.Persistence;

/// <summary>SQL conditions the lists share, on the parameters of <see cref="ListFilter.Parameters"/>.</summary>
internal static class ListCriteria
{
    /// <summary>Made in the period: at or after <c>@From</c> and before <c>@Until</c> (SQLite's stored instants sort as text).</summary>
    /// <param name="sql">The engine's dialect.</param>
    public static string Period(SqlDialect sql) =>
        $"({sql.IsNull("@From", "timestamptz")} OR aangemaakt_op >= @From) AND ({sql.IsNull("@Until", "timestamptz")} OR aangemaakt_op < @Until)";

    /// <summary>The column equals the text parameter, or the parameter is NULL (no criterion).</summary>
    /// <param name="sql">The engine's dialect.</param>
    /// <param name="column">The column.</param>
    /// <param name="parameter">The parameter, with its <c>@</c>.</param>
    public static string Equal(SqlDialect sql, string column, string parameter) => $"({sql.IsNull(parameter, "text")} OR {column} = {parameter})";
}
