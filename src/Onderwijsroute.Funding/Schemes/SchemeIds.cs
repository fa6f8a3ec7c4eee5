namespace Onderwijsroute.Funding.Schemes;

/// <summary>The ids of the five regelingen and of the forecast assumptions, as the parameter files and the API name them.</summary>
public static class SchemeIds
{
    /// <summary>The regular SPUK inburgeringsvoorzieningen.</summary>
    public const string RegularGrant = "spuk-regulier";

    /// <summary>The one-off €24M to the centrumgemeenten (2022-2023).</summary>
    public const string CentralMunicipalityGrant = "spuk-onderwijsroute-2022";

    /// <summary>The capped €35M (2023-2025).</summary>
    public const string EducationRouteGrant = "spuk-onderwijsroute-2023";

    /// <summary>The gemeentefonds additions for uitvoeringskosten.</summary>
    public const string MunicipalFundAddition = "gemeentefonds-uitvoering";

    /// <summary>The 2026-2029 supplement inside the regular SPUK.</summary>
    public const string EducationRouteSupplement = "spuk-onderwijsroute-toeslag-2026";

    /// <summary>The forecast assumptions (no regeling: <see cref="Parameters.SchemeKind.Assumptions"/>).</summary>
    public const string ForecastAssumptions = "prognose-aannames";
}
