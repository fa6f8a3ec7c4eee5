namespace Onderwijsroute.Funding.Api.V1.Common.Export;

/// <summary>A column of an exported table: the header a person reads, and how its numbers are shown.</summary>
/// <param name="Label">The Dutch header.</param>
/// <param name="Kind">How its numbers are shown (a cell may say otherwise with an <see cref="ExportValue"/>).</param>
internal sealed record ExportColumn(string Label, ExportKind Kind = ExportKind.Text);
