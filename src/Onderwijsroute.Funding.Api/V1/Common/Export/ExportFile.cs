namespace Onderwijsroute.Funding.Api.V1.Common.Export;

/// <summary>An export answered as the download a <see cref="ResponseFormat"/> asks for, named after its subject.</summary>
internal static class ExportFile
{
    /// <summary>The file of a document in a file format (not JSON).</summary>
    /// <param name="format">CSV, CSV for Dutch Excel, or xlsx.</param>
    /// <param name="document">What the file holds.</param>
    public static IResult Of(ResponseFormat format, ExportDocument document) => format switch
    {
        ResponseFormat.Csv => TypedResults.File(ExportCsv.Write(document, dutchExcel: false), ResponseFormats.CsvMediaType + "; charset=utf-8", document.FileName + ".csv"),
        ResponseFormat.CsvExcel => TypedResults.File(ExportCsv.Write(document, dutchExcel: true), ResponseFormats.CsvMediaType + "; charset=utf-8", document.FileName + "-excel.csv"),
        ResponseFormat.Xlsx => TypedResults.File(ExportWorkbook.Write(document), ResponseFormats.XlsxMediaType, document.FileName + ".xlsx"),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "JSON is no file."),
    };
}
