namespace Onderwijsroute.Funding.Api.Http;

/// <summary>The representations a resource can be answered in (<see cref="ResponseFormats"/>).</summary>
internal enum ResponseFormat
{
    /// <summary><c>application/json</c>: every resource.</summary>
    Json,

    /// <summary>RFC 4180 CSV: comma, point as decimal separator, UTF-8 without BOM.</summary>
    Csv,

    /// <summary>CSV as Dutch Excel opens it: semicolon, decimal comma, UTF-8 with BOM.</summary>
    CsvExcel,

    /// <summary>An Excel workbook.</summary>
    Xlsx,
}
