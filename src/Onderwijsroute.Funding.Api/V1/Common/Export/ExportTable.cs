namespace Onderwijsroute.Funding.Api.V1.Common.Export;

/// <summary>
/// A table of an export: a title, its columns and its rows. A cell is a <see cref="string"/>, an <see cref="int"/>, a
/// <see cref="long"/>, a <see cref="decimal"/>, an <see cref="ExportValue"/> or <c>null</c> (empty).
/// </summary>
/// <param name="Title">What the table holds, in Dutch; also the sheet's name (at most 31 characters).</param>
/// <param name="Columns">The columns.</param>
/// <param name="Rows">The rows, each with one cell per column.</param>
internal sealed record ExportTable(string Title, IReadOnlyList<ExportColumn> Columns, IReadOnlyList<object?[]> Rows);
