using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Onderwijsroute.Funding.Api.V1.Common.Export;

/// <summary>
/// Writes an export as CSV with CsvHelper: RFC 4180 (comma, CRLF, quoting where needed, UTF-8, point as decimal
/// separator), or the variant Dutch Excel opens as numbers: semicolon, decimal comma and a byte order mark so Excel
/// reads UTF-8. First the block of what it is (label, value), then each table after an empty line: its title, its
/// header row and its rows.
/// </summary>
internal static class ExportCsv
{
    public static byte[] Write(ExportDocument document, bool dutchExcel)
    {
        ArgumentNullException.ThrowIfNull(document);
        var culture = dutchExcel ? DutchNumbers() : CultureInfo.InvariantCulture;
        var configuration = new CsvConfiguration(culture) { Delimiter = dutchExcel ? ";" : ",", NewLine = "\r\n" };
        using var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, new UTF8Encoding(encoderShouldEmitUTF8Identifier: dutchExcel), leaveOpen: true))
        using (var csv = new CsvWriter(writer, configuration))
        {
            foreach (var (label, value) in document.About)
            {
                csv.WriteField(label);
                csv.WriteField(value);
                csv.NextRecord();
            }

            foreach (var table in document.CsvTables)
            {
                csv.NextRecord();
                csv.WriteField(table.Title);
                csv.NextRecord();
                foreach (var column in table.Columns)
                {
                    csv.WriteField(column.Label);
                }

                csv.NextRecord();
                foreach (var row in table.Rows)
                {
                    foreach (var cell in row)
                    {
                        csv.WriteField(cell is ExportValue value ? value.Value : cell);
                    }

                    csv.NextRecord();
                }
            }
        }

        return buffer.ToArray();
    }

    /// <summary>
    /// Numbers as Dutch Excel reads them: decimal comma, no grouping. Built from the invariant culture because the
    /// service runs with invariant globalization (no nl-NL culture data).
    /// </summary>
    public static CultureInfo DutchNumbers()
    {
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        culture.NumberFormat.NumberDecimalSeparator = ",";
        culture.NumberFormat.NumberGroupSeparator = string.Empty;
        culture.TextInfo.ListSeparator = ";";
        return culture;
    }
}
