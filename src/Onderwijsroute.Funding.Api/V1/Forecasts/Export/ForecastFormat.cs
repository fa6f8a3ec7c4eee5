using Microsoft.Net.Http.Headers;

namespace Onderwijsroute.Funding.Api.V1.Forecasts.Export;

/// <summary>The representations of a forecast.</summary>
internal enum ForecastFormat
{
    Json,
    Csv,
    CsvExcel,
    Xlsx,
}
