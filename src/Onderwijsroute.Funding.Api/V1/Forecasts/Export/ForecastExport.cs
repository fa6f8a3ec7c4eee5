using System.Text.Json;
using NodaTime;
using Onderwijsroute.Funding.Api.V1.Common.Export;

namespace Onderwijsroute.Funding.Api.V1.Forecasts.Export;

/// <summary>
/// A forecast (its response as JSON, so stored and fresh forecasts export alike) as an export: the CSV one long table
/// (year, view, item, value, code), the workbook a sheet per view (years down, items across) and the sensitivity.
/// </summary>
internal static class ForecastExport
{
    /// <summary>The export of a forecast.</summary>
    /// <param name="forecast">The forecast response.</param>
    /// <param name="input">The request as received.</param>
    /// <param name="at">When it was computed.</param>
    /// <param name="source">Where the API has it (a stored forecast), or the path that computed it.</param>
    /// <param name="fileName">The file name without extension.</param>
    /// <param name="catalogue">The regelingen, for the names of income items.</param>
    public static ExportDocument Of(JsonElement forecast, string input, Instant at, string source, string fileName, ParameterCatalogue catalogue)
    {
        var rows = ForecastRows.From(forecast);
        var subject = forecast.GetProperty("arbeidsmarktregioCode").GetString() is { } region
            ? $"arbeidsmarktregio {region} {forecast.GetProperty("naam").GetString()}"
            : $"gemeente {forecast.GetProperty("gemeenteCode").GetString()} {forecast.GetProperty("naam").GetString()}";
        var about = new ExportAbout($"Prognose van {subject}, {forecast.GetProperty("vanJaar").GetInt32()} tot en met {forecast.GetProperty("totEnMetJaar").GetInt32()}")
            .At(at)
            .Versions(forecast.GetProperty("parameterVersie").GetString()!, ExportAbout.Library)
            .Input(input)
            .Add("Bron", source);
        var table = new ExportTable(
            "Prognose",
            [new("Jaar"), new("Soort"), new("Post"), new("Waarde", ExportKind.Decimal), new("Code")],
            rows.Select(r => new object?[] { r.Jaar, ForecastLabels.View(r.Soort), ForecastLabels.Item(r.Soort, r.Post, catalogue), r.Waarde, $"{r.Soort}.{r.Post}" }).ToArray());
        var sheets = ForecastRows.Views.Select(view => Sheet(view, rows, catalogue)).Append(Sensitivity(forecast)).ToArray();
        return new ExportDocument(fileName, about.Lines, [table], sheets);
    }

    /// <summary>One view: years down, its items across, each column formatted by what the item is.</summary>
    private static ExportTable Sheet(string view, IReadOnlyList<ForecastRow> rows, ParameterCatalogue catalogue)
    {
        var inView = rows.Where(r => r.Soort == view).ToArray();
        var items = inView.Select(r => r.Post).Distinct(StringComparer.Ordinal).ToArray();
        var columns = new List<ExportColumn> { new("Jaar") };
        columns.AddRange(items.Select(i => new ExportColumn(ForecastLabels.Item(view, i, catalogue), ForecastRows.IsRatio(i) ? ExportKind.Ratio : ForecastRows.IsPlainNumber(i) ? ExportKind.Whole : ExportKind.Euro)));
        var lines = inView.Select(r => r.Jaar).Distinct().Order().Select(year =>
        {
            var line = new object?[items.Length + 1];
            line[0] = year;
            foreach (var row in inView.Where(r => r.Jaar == year))
            {
                line[Array.IndexOf(items, row.Post) + 1] = row.Waarde;
            }

            return line;
        }).ToArray();
        return new ExportTable(ForecastLabels.View(view), columns, lines);
    }

    private static ExportTable Sensitivity(JsonElement forecast) => new(
        "Gevoeligheid",
        [new("Jaar"), new("Wijziging landelijk aantal (%)", ExportKind.Whole), new("Landelijk aantal", ExportKind.Whole), new("Verwacht definitief bedrag", ExportKind.Euro), new("Tekort", ExportKind.Euro)],
        forecast.GetProperty("gevoeligheid").EnumerateArray().SelectMany(year => year.GetProperty("varianten").EnumerateArray().Select(variant => new object?[]
        {
            year.GetProperty("jaar").GetInt32(),
            variant.GetProperty("wijzigingProcent").GetInt32(),
            variant.GetProperty("landelijkAantal").GetInt64(),
            variant.GetProperty("definitief").GetDecimal(),
            variant.GetProperty("tekort").GetDecimal(),
        })).ToArray());
}
