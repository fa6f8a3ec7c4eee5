using System.Globalization;
using Onderwijsroute.Funding.Api.V1.Common.Export;

namespace Onderwijsroute.Funding.Api.V1.Scenarios.Export;

/// <summary>
/// The result of an uncertainty analysis as an export: P5, P50 and P95 of every national figure per year (exact) and
/// of the gap of every gemeente per year (an estimate within the stated error), and the assumptions.
/// </summary>
internal static class UncertaintyAnalysisExport
{
    public static ExportDocument Of(SimulationRecord record, UncertaintyAnalysisResponse result, ParameterCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(result);
        var national = result.Jaren.SelectMany(y => y.Kengetallen.Select(b => new object?[]
        {
            y.Jaar, FigureLabels.Of(b.Naam, catalogue), b.Eenheid, FigureLabels.Cell(b.Eenheid, b.P5), FigureLabels.Cell(b.Eenheid, b.P50), FigureLabels.Cell(b.Eenheid, b.P95),
        })).ToArray();
        var municipalities = result.Jaren.SelectMany(y => y.Gemeenten.Select(m => new object?[] { y.Jaar, m.GemeenteCode, m.GemeenteNaam, m.P5, m.P50, m.P95 })).ToArray();
        var path = $"{UncertaintyAnalysesEndpoints.Path}/{record.Id}/resultaat";
        var about = new ExportAbout($"Onzekerheidsanalyse van scenario '{record.ScenarioName}': P5, P50 en P95 van elk landelijk kengetal en van het tekort per gemeente")
            .Add("Scenario", $"{record.ScenarioName} (id {record.ScenarioId})")
            .Add("Onzekerheidsanalyse", record.Id)
            .At(record.FinishedAt ?? record.CreatedAt)
            .Versions(record.ParameterVersion, "ScenarioEngine " + record.EngineVersion)
            .Add("Trekkingen", result.Trekkingen.ToString(CultureInfo.InvariantCulture))
            .Add("Seed", result.Seed.ToString(CultureInfo.InvariantCulture))
            .Add("Maximale afwijking gemeentebanden (euro)", result.MaximaleAfwijkingGemeentebanden.ToString(CultureInfo.InvariantCulture))
            .Add("Instellingen", record.SettingsJson)
            .Add("Invoerhash", record.InputHash)
            .Input(record.InputJson)
            .Add("Bron", path);
        return ExportDocument.Of(
            $"onzekerheidsanalyse-{record.Id}",
            about.Lines,
            new ExportTable("Landelijke kengetallen", [new("Jaar"), new("Kengetal"), new("Eenheid"), new("P5", ExportKind.Euro), new("P50 (mediaan)", ExportKind.Euro), new("P95", ExportKind.Euro)], national),
            new ExportTable("Tekort per gemeente", [new("Jaar"), new("Gemeentecode"), new("Gemeente"), new("Tekort P5", ExportKind.Euro), new("Tekort P50 (mediaan)", ExportKind.Euro), new("Tekort P95", ExportKind.Euro)], municipalities),
            ScenarioRunExport.Assumptions(result.Aannames));
    }
}
