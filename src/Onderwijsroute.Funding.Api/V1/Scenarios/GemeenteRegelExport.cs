using System.Globalization;
using CsvHelper;
using MiniExcelLibs;

namespace Onderwijsroute.Funding.Api.V1.Scenarios;

/// <summary>All gemeente lines of a run as a download: CSV (CsvHelper, invariant culture, '.' as decimal point) or xlsx (MiniExcel).</summary>
internal static class GemeenteRegelExport
{
    public const string CsvMediaType = "text/csv";
    public const string XlsxMediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly string[] Headers =
        ["jaar", "gemeenteCode", "gemeenteNaam", "arbeidsmarktregioCode", "instroom", "actief", "eindeJaar", "kosten", "regulier", "toeslag", "spukOnderwijsroute", "spukCentrumgemeenten", "gemeentefonds", "budgetpot", "inkomsten", "tekort"];

    public static byte[] Csv(IReadOnlyList<GemeenteRegelResponse> lines)
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

    public static byte[] Xlsx(IReadOnlyList<GemeenteRegelResponse> lines)
    {
        // Amounts are written as decimals (exact euros and cents); the sheet is named for what it holds.
        var rows = Rows(lines).Select(row => Headers.Zip(row).ToDictionary(p => p.First, p => p.Second)).ToArray();
        using var stream = new MemoryStream();
        stream.SaveAs(rows, sheetName: "gemeenten");
        return stream.ToArray();
    }

    private static IEnumerable<object[]> Rows(IReadOnlyList<GemeenteRegelResponse> lines) =>
        lines.Select(l => new object[] { l.Jaar, l.GemeenteCode, l.GemeenteNaam, l.ArbeidsmarktregioCode, l.Instroom, l.Actief, l.EindeJaar, l.Kosten, l.Regulier, l.Toeslag, l.SpukOnderwijsroute, l.SpukCentrumgemeenten, l.Gemeentefonds, l.Budgetpot, l.Inkomsten, l.Tekort });
}
