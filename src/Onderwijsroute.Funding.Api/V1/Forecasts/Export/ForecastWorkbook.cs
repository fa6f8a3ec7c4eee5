using System.Text.Json;
using ClosedXML.Excel;

namespace Onderwijsroute.Funding.Api.V1.Forecasts.Export;

/// <summary>
/// Writes a forecast as an .xlsx workbook with ClosedXML: one sheet per view (years down, items across), numbers as
/// numbers with a euro format (ratios as percentages), and a sheet with the sensitivity to the national count.
/// </summary>
internal static class ForecastWorkbook
{
    public const string EuroFormat = "€ #,##0.00;-€ #,##0.00";
    public const string RatioFormat = "0.00%";

    public static readonly IReadOnlyDictionary<string, string> SheetNames = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [ForecastRows.Result] = "Resultaat",
        [ForecastRows.Costs] = "Kosten",
        [ForecastRows.Income] = "Inkomsten",
        [ForecastRows.Settlement] = "Verrekening",
        [ForecastRows.Cash] = "Kaspositie",
    };

    public static byte[] Write(JsonElement forecast, IReadOnlyList<ForecastRow> rows)
    {
        using var workbook = new XLWorkbook();
        foreach (var view in ForecastRows.Views)
        {
            var sheet = workbook.Worksheets.Add(SheetNames[view]);
            var inView = rows.Where(r => r.Soort == view).ToArray();
            var posts = inView.Select(r => r.Post).Distinct(StringComparer.Ordinal).ToArray();
            var years = inView.Select(r => r.Jaar).Distinct().Order().ToArray();
            sheet.Cell(1, 1).Value = "jaar";
            for (var c = 0; c < posts.Length; c++)
            {
                sheet.Cell(1, c + 2).Value = posts[c];
            }

            for (var r = 0; r < years.Length; r++)
            {
                sheet.Cell(r + 2, 1).Value = years[r];
                foreach (var row in inView.Where(x => x.Jaar == years[r]))
                {
                    var cell = sheet.Cell(r + 2, Array.IndexOf(posts, row.Post) + 2);
                    if (row.Waarde is { } value)
                    {
                        cell.Value = value;
                        cell.Style.NumberFormat.Format = ForecastRows.IsRatio(row.Post) ? RatioFormat : ForecastRows.IsPlainNumber(row.Post) ? "0" : EuroFormat;
                    }
                }
            }

            sheet.Row(1).Style.Font.Bold = true;
        }

        WriteSensitivity(workbook.Worksheets.Add("Gevoeligheid"), forecast);
        using var buffer = new MemoryStream();
        workbook.SaveAs(buffer);
        return buffer.ToArray();
    }

    private static void WriteSensitivity(IXLWorksheet sheet, JsonElement forecast)
    {
        string[] header = ["jaar", "wijzigingProcent", "landelijkAantal", "definitief", "tekort"];
        for (var c = 0; c < header.Length; c++)
        {
            sheet.Cell(1, c + 1).Value = header[c];
        }

        var row = 2;
        foreach (var year in forecast.GetProperty("gevoeligheid").EnumerateArray())
        {
            foreach (var variant in year.GetProperty("varianten").EnumerateArray())
            {
                sheet.Cell(row, 1).Value = year.GetProperty("jaar").GetInt32();
                sheet.Cell(row, 2).Value = variant.GetProperty("wijzigingProcent").GetInt32();
                sheet.Cell(row, 3).Value = variant.GetProperty("landelijkAantal").GetInt64();
                sheet.Cell(row, 4).Value = variant.GetProperty("definitief").GetDecimal();
                sheet.Cell(row, 4).Style.NumberFormat.Format = EuroFormat;
                sheet.Cell(row, 5).Value = variant.GetProperty("tekort").GetDecimal();
                sheet.Cell(row, 5).Style.NumberFormat.Format = EuroFormat;
                row++;
            }
        }

        sheet.Row(1).Style.Font.Bold = true;
    }
}
