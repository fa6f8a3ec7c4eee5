namespace Onderwijsroute.Funding.Forecasts;

/// <summary>Whom a forecast is for (Dutch: <em>prognose voor</em>): one gemeente, or an arbeidsmarktregio (its centrumgemeente on behalf of the members).</summary>
public sealed class ForecastScope
{
    private ForecastScope(MunicipalityCode? municipality, RegionCode? region)
    {
        Municipality = municipality;
        Region = region;
    }

    /// <summary>The gemeente of a gemeente forecast, else <c>null</c>.</summary>
    public MunicipalityCode? Municipality { get; }

    /// <summary>The region of a region forecast, else <c>null</c>.</summary>
    public RegionCode? Region { get; }

    /// <summary>Whether this is a region forecast.</summary>
    public bool IsRegion => Region is not null;

    /// <summary>A forecast for one gemeente.</summary>
    /// <param name="code">The gemeente.</param>
    public static ForecastScope ForMunicipality(MunicipalityCode code) => new(code, null);

    /// <summary>A forecast for an arbeidsmarktregio: the sum of its member gemeenten plus what its centrumgemeente receives for the region.</summary>
    /// <param name="code">The region.</param>
    public static ForecastScope ForRegion(RegionCode code) => new(null, code);

    /// <summary>The code as text.</summary>
    public override string ToString() => Region?.ToString() ?? Municipality?.ToString() ?? string.Empty;
}
