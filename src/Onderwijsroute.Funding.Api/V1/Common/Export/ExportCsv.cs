using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Onderwijsroute.Funding.Api.V1.Common.Export;

/// <summary>
/// Writes an export as CSV with CsvHelper: RFC 4180 (comma, CRLF, quoting where needed, UTF-8, point as decimal
/// separator), or the variant Dutch Excel opens as numbers: semicolon, decimal comma and a byte order mark so Excel
/// reads UTF-8. First the block of what it is (label, value), then each table after an empty line: its title, its
/// header row and its rows. A text that a spreadsheet would take for a formula (a scenario named <c>=1+2</c>, see
/// <see cref="Guarded"/>) is written with a leading apostrophe.
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
                csv.WriteField(Guarded(label));
                csv.WriteField(Guarded(value));
                csv.NextRecord();
            }

            foreach (var table in document.CsvTables)
            {
                csv.NextRecord();
                csv.WriteField(Guarded(table.Title));
                csv.NextRecord();
                foreach (var column in table.Columns)
                {
                    csv.WriteField(Guarded(column.Label));
                }

                csv.NextRecord();
                foreach (var row in table.Rows)
                {
                    foreach (var cell in row)
                    {
                        csv.WriteField(cell switch
                        {
                            ExportValue value => value.Value,
                            string text => Guarded(text),
                            _ => cell,
                        });
                    }

                    csv.NextRecord();
                }
            }
        }

        return buffer.ToArray();
    }

    /// <summary>
    /// A text as a cell a spreadsheet shows as text (CSV injection, OWASP): one that starts with <c>=</c>, <c>@</c>, a tab
    /// or a carriage return, or with <c>+</c> or <c>-</c> and is not a plain number (a seed of -5 stays a number), gets
    /// a leading apostrophe, so that a name given by one user never runs as a formula in another user's Excel.
    /// Numbers are written as numbers and never pass here.
    /// </summary>
    /// <param name="text">The text.</param>
    internal static string? Guarded(string? text) =>
        text is { Length: > 0 } && text[0] switch
        {
            '=' or '@' or '\t' or '\r' => true,
            '+' or '-' => !decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _),
            _ => false,
        }
            ? "'" + text
            : text;

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
