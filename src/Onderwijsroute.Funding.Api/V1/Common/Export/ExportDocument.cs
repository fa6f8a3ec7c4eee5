namespace Onderwijsroute.Funding.Api.V1.Common.Export;

/// <summary>
/// What an export holds: first what it is (<see cref="About"/>: the subject, the input, the parameter and engine
/// versions, when), then its tables. CSV and workbook may show the same figures differently: a CSV is one long table
/// a program reads, a workbook may spread them over sheets a person reads.
/// </summary>
/// <param name="FileName">The file name without extension.</param>
/// <param name="About">The first block (CSV) or first sheet (xlsx): label and value.</param>
/// <param name="CsvTables">The tables of the CSV, in order.</param>
/// <param name="Sheets">The tables of the workbook, a sheet each, in order.</param>
internal sealed record ExportDocument(string FileName, IReadOnlyList<KeyValuePair<string, string>> About, IReadOnlyList<ExportTable> CsvTables, IReadOnlyList<ExportTable> Sheets)
{
    /// <summary>A document whose CSV and workbook hold the same tables.</summary>
    /// <param name="fileName">The file name without extension.</param>
    /// <param name="about">The first block.</param>
    /// <param name="tables">The tables.</param>
    public static ExportDocument Of(string fileName, IReadOnlyList<KeyValuePair<string, string>> about, params IReadOnlyList<ExportTable> tables) => new(fileName, about, tables, tables);
}
