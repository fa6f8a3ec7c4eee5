using System.Text.Json;

namespace Onderwijsroute.Funding.Api.V1.Forecasts.Export;

/// <summary>
/// Chooses the representation of a forecast: the query parameter <c>formaat</c> (json, csv, csv-excel, xlsx) wins;
/// otherwise the <c>Accept</c> header (text/csv, the xlsx media type, application/json); JSON when neither asks.
/// </summary>
internal static class ForecastFormats
{
    public const string CsvMediaType = "text/csv";
    public const string XlsxMediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string QueryName = "formaat";

    public static (ForecastFormat Format, IResult? Problem) Choose(string? asked, HttpRequest request)
    {
        if (asked is not null)
        {
            return asked switch
            {
                "json" => (ForecastFormat.Json, null),
                "csv" => (ForecastFormat.Csv, null),
                "csv-excel" => (ForecastFormat.CsvExcel, null),
                "xlsx" => (ForecastFormat.Xlsx, null),
                var other => (ForecastFormat.Json, DutchProblems.InvalidInput(QueryName, $"Onbekend formaat '{other}'; kies json, csv, csv-excel of xlsx.")),
            };
        }

        var accepted = request.GetTypedHeaders().Accept;
        if (accepted is null || accepted.Count == 0)
        {
            return (ForecastFormat.Json, null);
        }

        foreach (var type in accepted.OrderByDescending(a => a.Quality ?? 1))
        {
            var media = type.MediaType.Value ?? string.Empty;
            if (media.Equals(XlsxMediaType, StringComparison.OrdinalIgnoreCase))
            {
                return (ForecastFormat.Xlsx, null);
            }

            if (media.Equals(CsvMediaType, StringComparison.OrdinalIgnoreCase))
            {
                return (ForecastFormat.Csv, null);
            }

            if (media.Equals("application/json", StringComparison.OrdinalIgnoreCase) || media is "*/*" or "application/*")
            {
                return (ForecastFormat.Json, null);
            }
        }

        return (ForecastFormat.Json, DutchProblems.Problem(StatusCodes.Status406NotAcceptable, "Een prognose is er als application/json, text/csv of als xlsx-werkmap; of kies met ?formaat=json|csv|csv-excel|xlsx."));
    }

    /// <summary>The forecast in the chosen file format, as a download named after the forecast.</summary>
    public static IResult File(ForecastFormat format, JsonElement forecast, string fileName)
    {
        var rows = ForecastRows.From(forecast);
        return format switch
        {
            ForecastFormat.Csv => Results.File(ForecastCsv.Write(rows, dutchExcel: false), "text/csv; charset=utf-8; header=present", fileName + ".csv"),
            ForecastFormat.CsvExcel => Results.File(ForecastCsv.Write(rows, dutchExcel: true), "text/csv; charset=utf-8; header=present", fileName + "-excel.csv"),
            ForecastFormat.Xlsx => Results.File(ForecastWorkbook.Write(forecast, rows), XlsxMediaType, fileName + ".xlsx"),
            _ => throw new ArgumentOutOfRangeException(nameof(format)),
        };
    }
}
