namespace Onderwijsroute.Funding.Api.V1.Common.Export;

/// <summary>A number that is shown otherwise than its column (a count among amounts in a column of figures).</summary>
/// <param name="Value">The number, or <c>null</c> for an empty cell.</param>
/// <param name="Kind">How it is shown.</param>
internal readonly record struct ExportValue(decimal? Value, ExportKind Kind);
