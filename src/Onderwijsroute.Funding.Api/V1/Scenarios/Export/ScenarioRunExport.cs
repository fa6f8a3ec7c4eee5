using Onderwijsroute.Funding.Api.V1.Common.Export;

namespace Onderwijsroute.Funding.Api.V1.Scenarios.Export;

/// <summary>
/// A stored run as an export: the national figures (figures down, years across, the total over the years), the gap
/// distribution, the arbeidsmarktregio's and the assumptions; its gemeente lines are a download of their own
/// (<see cref="MunicipalityLineExport"/>).
/// </summary>
internal static class ScenarioRunExport
{
    public static ExportDocument Of(ScenarioRunRecord record, ScenarioRunResponse run, ParameterCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(run);
        var years = run.Jaren.Select(y => y.Jaar).ToArray();
        var columns = new List<ExportColumn> { new("Kengetal"), new("Eenheid") };
        columns.AddRange(years.Select(y => new ExportColumn(y.ToString(System.Globalization.CultureInfo.InvariantCulture), ExportKind.Euro)));
        columns.Add(new ExportColumn("Totaal over de jaren", ExportKind.Euro));
        var figures = run.Jaren.Count == 0 ? [] : run.Jaren[0].Kengetallen;
        var national = figures.Select(f =>
        {
            var row = new object?[years.Length + 3];
            row[0] = FigureLabels.Of(f.Naam, catalogue);
            row[1] = f.Eenheid;
            for (var i = 0; i < years.Length; i++)
            {
                row[i + 2] = run.Jaren[i].Kengetallen.FirstOrDefault(k => k.Naam == f.Naam) is { } value ? FigureLabels.Cell(f.Eenheid, value.Waarde) : null;
            }

            row[^1] = run.Totalen.FirstOrDefault(t => t.Naam == f.Naam) is { } total ? FigureLabels.Cell(f.Eenheid, total.Waarde) : null;
            return row;
        }).ToArray();
        var distribution = run.Jaren.Select(y => new object?[] { y.Jaar, y.TekortVerdeling.Min, y.TekortVerdeling.P10, y.TekortVerdeling.Mediaan, y.TekortVerdeling.P90, y.TekortVerdeling.Max }).ToArray();
        var regions = run.Jaren.SelectMany(y => y.Arbeidsmarktregios.Select(r => new object?[] { y.Jaar, r.Code, r.Naam, r.Instroom, r.Actief, r.Kosten, r.Inkomsten, r.Tekort, r.TekortGemeenten, r.GemeentenMetTekort })).ToArray();
        return ExportDocument.Of(
            $"doorrekening-{record.Id}",
            About(record, run, "landelijke kengetallen, tekortverdeling en arbeidsmarktregio's").Lines,
            new ExportTable("Landelijke kengetallen", columns, national),
            new ExportTable("Tekortverdeling", [new("Jaar"), new("Laagste tekort", ExportKind.Euro), new("10e percentiel", ExportKind.Euro), new("Mediaan", ExportKind.Euro), new("90e percentiel", ExportKind.Euro), new("Hoogste tekort", ExportKind.Euro)], distribution),
            new ExportTable("Arbeidsmarktregio's", [new("Jaar"), new("Code"), new("Arbeidsmarktregio"), new("Instroom", ExportKind.Whole), new("Actief", ExportKind.Whole), new("Kosten", ExportKind.Euro), new("Inkomsten", ExportKind.Euro), new("Saldo (kosten min inkomsten)", ExportKind.Euro), new("Tekort: som over gemeenten met een tekort", ExportKind.Euro), new("Gemeenten met een tekort", ExportKind.Whole)], regions),
            Assumptions(run.Aannames));
    }

    /// <summary>The first block of an export of a run.</summary>
    /// <param name="record">The run as stored (its input).</param>
    /// <param name="run">The run as answered.</param>
    /// <param name="content">What of the run the export holds.</param>
    public static ExportAbout About(ScenarioRunRecord record, ScenarioRunResponse run, string content)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(run);
        var path = $"{ScenarioRunsEndpoints.Path}/{record.Id}";
        return new ExportAbout($"Doorrekening van scenario '{record.ScenarioName}': {content}")
            .Add("Scenario", $"{record.ScenarioName} (id {record.ScenarioId})")
            .Add("Doorrekening", record.Id)
            .At(record.CreatedAt)
            .Versions(record.ParameterVersion, "ScenarioEngine " + record.EngineVersion)
            .Add("Invoerhash", record.InputHash)
            .Input(record.InputJson)
            .Add("Bron", path);
    }

    /// <summary>The assumptions of a scenario, its model and its analysis as a table.</summary>
    /// <param name="assumptions">The assumptions.</param>
    public static ExportTable Assumptions(IReadOnlyList<AssumptionResponse> assumptions) =>
        new("Aannames", [new("Aanname"), new("Waarde"), new("Status"), new("Bron")], assumptions.Select(a => new object?[] { a.Naam, a.Waarde, a.Status, a.Bron }).ToArray());
}
