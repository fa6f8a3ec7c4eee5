using System.Globalization;
using CsvHelper;
using ClosedXML.Excel;

namespace Onderwijsroute.Funding.Api.V1.Scenarios;

/// <summary>All gemeente lines of a run as a download: CSV (CsvHelper, invariant culture, '.' as decimal point) or xlsx (ClosedXML).</summary>
internal static class MunicipalityLineExport
{
    public const string CsvMediaType = "text/csv";
    public const string XlsxMediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly string[] Headers =
        ["jaar", "gemeenteCode", "gemeenteNaam", "arbeidsmarktregioCode", "instroom", "actief", "eindeJaar", "kosten", "regulier", "toeslag", "spukOnderwijsroute", "spukCentrumgemeenten", "gemeentefonds", "budgetpot", "inkomsten", "tekort"];

    public static byte[] Csv(IReadOnlyList<MunicipalityLineResponse> lines)
    {
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false)))
        using (var csv = new CsvWriter(writer, CultureInfo.InvariantCulture))
        {
            foreach (var header in Headers)
            {
                csv.WriteField(header);
            }

            csv.NextRecord();
            foreach (var row in Rows(lines))
            {
                foreach (var field in row)
                {
                    csv.WriteField(Convert.ToString(field, CultureInfo.InvariantCulture));
                }

                csv.NextRecord();
            }
        }

        return stream.ToArray();
    }

    public static byte[] Xlsx(IReadOnlyList<MunicipalityLineResponse> lines)
    {
        // One sheet, a header row, amounts as numbers with a euro format (exact to the cent), counts as whole numbers.
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add("Gemeenten");
        for (var c = 0; c < Headers.Length; c++)
        {
            sheet.Cell(1, c + 1).Value = Headers[c];
        }

        var r = 2;
        foreach (var row in Rows(lines))
        {
            for (var c = 0; c < row.Length; c++)
            {
                var cell = sheet.Cell(r, c + 1);
                cell.Value = row[c];
                if (row[c] is decimal)
                {
                    cell.Style.NumberFormat.Format = "€ #,##0.00;-€ #,##0.00";
                }
            }

            r++;
        }

        sheet.Row(1).Style.Font.Bold = true;
        using var buffer = new MemoryStream();
        workbook.SaveAs(buffer);
        return buffer.ToArray();
    }

    private static IEnumerable<object[]> Rows(IReadOnlyList<MunicipalityLineResponse> lines) =>
        lines.Select(l => new object[] { l.Jaar, l.GemeenteCode, l.GemeenteNaam, l.ArbeidsmarktregioCode, l.Instroom, l.Actief, l.EindeJaar, l.Kosten, l.Regulier, l.Toeslag, l.SpukOnderwijsroute, l.SpukCentrumgemeenten, l.Gemeentefonds, l.Budgetpot, l.Inkomsten, l.Tekort });
}
