using Onderwijsroute.Funding.Api.V1.Common.Export;

namespace Onderwijsroute.Funding.Api.V1.Scenarios.Export;

/// <summary>All gemeente lines of a run as an export: a row per year and gemeente, every amount as a number in euros.</summary>
internal static class MunicipalityLineExport
{
    private static readonly ExportColumn[] Columns =
    [
        new("Jaar"), new("Gemeentecode"), new("Gemeente"), new("Arbeidsmarktregio"),
        new("Instroom", ExportKind.Whole), new("Actief in het jaar", ExportKind.Whole), new("Deelnemers op 31 december", ExportKind.Whole),
        new("Kosten", ExportKind.Euro), new("SPUK regulier (leerroute)", ExportKind.Euro), new("Toeslag onderwijsroute", ExportKind.Euro),
        new("SPUK onderwijsroute", ExportKind.Euro), new("SPUK centrumgemeenten", ExportKind.Euro), new("Gemeentefonds", ExportKind.Euro),
        new("Eigen budgetpot", ExportKind.Euro), new("Inkomsten", ExportKind.Euro), new("Tekort (negatief: overschot)", ExportKind.Euro),
    ];

    public static ExportDocument Of(ScenarioRunRecord record, ScenarioRunResponse run, IReadOnlyList<MunicipalityLineResponse> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var rows = lines.Select(l => new object?[] { l.Jaar, l.GemeenteCode, l.GemeenteNaam, l.ArbeidsmarktregioCode, l.Instroom, l.Actief, l.EindeJaar, l.Kosten, l.Regulier, l.Toeslag, l.SpukOnderwijsroute, l.SpukCentrumgemeenten, l.Gemeentefonds, l.Budgetpot, l.Inkomsten, l.Tekort }).ToArray();
        return ExportDocument.Of($"doorrekening-{record.Id}-gemeenten", ScenarioRunExport.About(record, run, "per jaar en gemeente instroom, kosten, inkomsten per regeling en tekort").Lines, new ExportTable("Gemeenten", Columns, rows));
    }
}
