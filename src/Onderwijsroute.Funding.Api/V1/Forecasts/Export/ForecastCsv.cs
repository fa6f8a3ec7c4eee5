using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Onderwijsroute.Funding.Api.V1.Forecasts.Export;

/// <summary>
/// Writes forecast rows as CSV with CsvHelper: RFC 4180 (comma, CRLF, quoting where needed, UTF-8, point as decimal
/// separator), or the variant Dutch Excel opens as numbers: semicolon, decimal comma and a byte order mark so Excel
/// reads UTF-8.
/// </summary>
internal static class ForecastCsv
{
    /// <summary>The columns, as the header row names them.</summary>
    public static IReadOnlyList<string> Header { get; } = ["jaar", "soort", "post", "waarde"];

    public static byte[] Write(IReadOnlyList<ForecastRow> rows, bool dutchExcel)
    {
        var culture = dutchExcel ? DutchNumbers() : CultureInfo.InvariantCulture;
        var configuration = new CsvConfiguration(culture)
        {
            Delimiter = dutchExcel ? ";" : ",",
            NewLine = "\r\n",
        };
        using var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, new UTF8Encoding(encoderShouldEmitUTF8Identifier: dutchExcel), leaveOpen: true))
        using (var csv = new CsvWriter(writer, configuration))
        {
            foreach (var column in Header)
            {
                csv.WriteField(column);
            }

            csv.NextRecord();
            foreach (var row in rows)
            {
                csv.WriteField(row.Jaar);
                csv.WriteField(row.Soort);
                csv.WriteField(row.Post);
                csv.WriteField(row.Waarde);
                csv.NextRecord();
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
