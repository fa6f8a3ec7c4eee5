using ClosedXML.Excel;

namespace Onderwijsroute.Funding.Api.V1.Common.Export;

/// <summary>
/// Writes an export as an .xlsx workbook with ClosedXML: a first sheet saying what it is, then a sheet per table
/// (bold header row, numbers as numbers: euros with a euro format exact to the cent, ratios as percentages).
/// </summary>
internal static class ExportWorkbook
{
    public const string AboutSheet = "Over dit bestand";
    public const string EuroFormat = "€ #,##0.00;-€ #,##0.00";
    public const string RatioFormat = "0.00%";

    /// <summary>The most characters a cell gets: Excel holds 32,767; a longer text (a large input) is cut with a note.</summary>
    public const int MaxCellText = 32_000;

    public static byte[] Write(ExportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var workbook = new XLWorkbook();
        var about = workbook.Worksheets.Add(AboutSheet);
        for (var r = 0; r < document.About.Count; r++)
        {
            about.Cell(r + 1, 1).Value = document.About[r].Key;
            about.Cell(r + 1, 1).Style.Font.Bold = true;
            var value = document.About[r].Value;
            about.Cell(r + 1, 2).Value = value.Length <= MaxCellText ? value : value[..MaxCellText] + " … (ingekort: een cel van Excel houdt niet meer; de CSV-download heeft alles)";
        }

        about.Column(1).Width = 20;
        foreach (var table in document.Sheets)
        {
            var sheet = workbook.Worksheets.Add(table.Title);
            for (var c = 0; c < table.Columns.Count; c++)
            {
                sheet.Cell(1, c + 1).Value = table.Columns[c].Label;
            }

            for (var r = 0; r < table.Rows.Count; r++)
            {
                var row = table.Rows[r];
                for (var c = 0; c < row.Length; c++)
                {
                    Write(sheet.Cell(r + 2, c + 1), row[c], table.Columns[c].Kind);
                }
            }

            sheet.Row(1).Style.Font.Bold = true;
        }

        using var buffer = new MemoryStream();
        workbook.SaveAs(buffer);
        return buffer.ToArray();
    }

    private static void Write(IXLCell cell, object? value, ExportKind kind)
    {
        if (value is ExportValue shown)
        {
            (value, kind) = (shown.Value, shown.Kind);
        }

        switch (value)
        {
            case null:
                return;
            case string text:
                cell.Value = text;
                return;
            case int or long or decimal:
                cell.Value = Convert.ToDecimal(value, System.Globalization.CultureInfo.InvariantCulture);
                cell.Style.NumberFormat.Format = kind switch
                {
                    ExportKind.Euro => EuroFormat,
                    ExportKind.Ratio => RatioFormat,
                    ExportKind.Whole => "0",
                    _ => cell.Style.NumberFormat.Format,
                };
                return;
            default:
                throw new ArgumentException($"An export cell cannot hold a {value.GetType().Name}.", nameof(value));
        }
    }
}
