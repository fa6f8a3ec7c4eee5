using System.Globalization;
using Onderwijsroute.Funding.Api.V1.Common.Export;

namespace Onderwijsroute.Funding.Api.V1.Scenarios.Export;

/// <summary>
/// A stored comparison as an export: per year (and over the years) every national figure of every run and its
/// difference from the first, and the gemeenten whose position flips between surplus and gap.
/// </summary>
internal static class ComparisonExport
{
    public static ExportDocument Of(ComparisonRecord record, ComparisonResponse comparison, ParameterCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(comparison);
        var runs = comparison.Doorrekeningen.Count;
        var names = Enumerable.Range(0, runs).Select(i => string.Create(CultureInfo.InvariantCulture, $"{i + 1}: {comparison.Scenarios[i]}")).ToArray();
        var columns = new List<ExportColumn> { new("Jaar"), new("Kengetal"), new("Eenheid") };
        columns.AddRange(names.Select((n, i) => new ExportColumn(i == 0 ? n + " (referentie)" : n, ExportKind.Euro)));
        columns.AddRange(names.Skip(1).Select(n => new ExportColumn($"Verschil {n} min 1", ExportKind.Euro)));
        var rows = comparison.Jaren
            .SelectMany(y => y.Kengetallen.Select(f => Row(y.Jaar.ToString(CultureInfo.InvariantCulture), f, catalogue)))
            .Concat(comparison.Totalen.Select(f => Row("Totaal", f, catalogue)))
            .ToArray();
        var flips = comparison.Omslagen.Select(f => new object?[]
        {
            f.GemeenteCode, f.GemeenteNaam, f.Doorrekening, comparison.Scenarios[IndexOf(comparison.Doorrekeningen, f.Doorrekening)],
            f.Jaar is { } year ? year.ToString(CultureInfo.InvariantCulture) : "Totaal", f.TekortEerste, f.Tekort, f.Richting == "naar-tekort" ? "naar tekort" : "naar overschot",
        }).ToArray();
        var path = $"{ComparisonsEndpoints.Path}/{record.Id}";
        var about = new ExportAbout($"Vergelijking van {runs} doorrekeningen: elk landelijk kengetal en het verschil met de eerste, en de gemeenten die omslaan")
            .Add("Doorrekeningen", string.Join("; ", record.Runs.Select((r, i) => string.Create(CultureInfo.InvariantCulture, $"{i + 1}: {r.RunId} van scenario '{r.ScenarioName}' (id {r.ScenarioId})"))))
            .Add("Vergelijking", record.Id)
            .At(record.CreatedAt)
            .Versions(record.ParameterVersion, "ScenarioEngine " + record.EngineVersion)
            .Input(record.RequestJson)
            .Add("Bron", path);
        return ExportDocument.Of(
            $"vergelijking-{record.Id}",
            about.Lines,
            new ExportTable("Vergelijking", columns, rows),
            new ExportTable("Omslagen", [new("Gemeentecode"), new("Gemeente"), new("Doorrekening"), new("Scenario"), new("Jaar"), new("Tekort in de referentie", ExportKind.Euro), new("Tekort", ExportKind.Euro), new("Richting")], flips));
    }

    private static object?[] Row(string year, ComparedFigureResponse figure, ParameterCatalogue catalogue) =>
        [year, FigureLabels.Of(figure.Naam, catalogue), figure.Eenheid, .. figure.Waarden.Select(v => (object?)FigureLabels.Cell(figure.Eenheid, v)), .. figure.Verschillen.Skip(1).Select(v => (object?)FigureLabels.Cell(figure.Eenheid, v))];

    private static int IndexOf(IReadOnlyList<string> runs, string run)
    {
        for (var i = 0; i < runs.Count; i++)
        {
            if (runs[i] == run)
            {
                return i;
            }
        }

        return 0;
    }
}
