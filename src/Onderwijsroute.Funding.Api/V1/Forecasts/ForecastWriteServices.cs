using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Onderwijsroute.Funding.Api.V1.Forecasts;

/// <summary>The services of a write, bound together to keep the handlers' parameter lists short (a singleton).</summary>
internal sealed class ForecastWriteServices(ParameterCatalogue catalogue, ReferenceDataSet data, IForecastRepository repository, IClock clock, IOptions<JsonOptions> json)
{
    public ParameterCatalogue Catalogue => catalogue;

    public ReferenceDataSet Data => data;

    public IForecastRepository Repository => repository;

    public IClock Clock => clock;

    public JsonSerializerOptions Json => json.Value.SerializerOptions;
}
