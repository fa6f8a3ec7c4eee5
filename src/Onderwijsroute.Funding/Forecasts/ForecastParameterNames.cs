namespace Onderwijsroute.Funding.Forecasts;

/// <summary>The keys of the forecast assumptions in <c>prognose-aannames.yaml</c>; the values live in that file.</summary>
public static class ForecastParameterNames
{
    /// <summary>Default traject price at the base price level.</summary>
    public const string TrajectoryPrice = "trajectprijs";

    /// <summary>Yearly indexation of the default prices.</summary>
    public const string CostIndexation = "kostenindexatie";

    /// <summary>Default traject duration in months.</summary>
    public const string TrajectoryMonths = "trajectduur-maanden";

    /// <summary>Default B1-Entree price at the base price level.</summary>
    public const string B1EntreePrice = "prijs-b1-entree";

    /// <summary>Default B1-Entree duration in months.</summary>
    public const string B1EntreeMonths = "duur-b1-entree-maanden";

    /// <summary>Travel costs per participant per month, contracted offer.</summary>
    public const string TravelContracted = "reiskosten-per-maand-gecontracteerd";

    /// <summary>Travel costs per participant per month, maatwerk.</summary>
    public const string TravelCustom = "reiskosten-per-maand-maatwerk";

    /// <summary>The month a traject without its own start date begins (starters, the starting point, scenarios).</summary>
    public const string StarterMonth = "startmaand-instroom";

    /// <summary>The share of a housing cohort that starts its traject in the year after housing.</summary>
    public const string NextYearShare = "aandeel-start-volgend-jaar";

    /// <summary>The variant of the national projection: <see cref="VariantLow"/>, <see cref="VariantCentral"/> or <see cref="VariantHigh"/>.</summary>
    public const string ProjectionVariant = "projectievariant";

    /// <summary>The low variant of the national projection.</summary>
    public const string VariantLow = "laag";

    /// <summary>The central variant of the national projection (the default).</summary>
    public const string VariantCentral = "centraal";

    /// <summary>The high variant of the national projection.</summary>
    public const string VariantHigh = "hoog";

    /// <summary>The national inflow by housing year of a variant: this prefix plus the variant.</summary>
    public const string InflowPrefix = "instroom-onderwijsroute-";

    /// <summary>The share of a level among the starters of a gemeente's starting point: this prefix plus the level.</summary>
    public const string LevelSharePrefix = "aandeel-niveau-";

    /// <summary>The share of the expected definitive regular SPUK and supplement paid as the provisional amount.</summary>
    public const string ProvisionalShare = "aandeel-voorlopige-uitkering";

    /// <summary>The age at which funding starts.</summary>
    public const string InburgeringAge = "leeftijd-inburgeringsplicht";

    /// <summary>The month of the next year in which the settlement is paid.</summary>
    public const string SettlementMonth = "verrekeningsmaand";

    /// <summary>The number of equal payment terms per year.</summary>
    public const string PaymentTerms = "voorschottermijnen-per-jaar";

    /// <summary>The share of the gemeentefonds additions applied to the onderwijsroute (in <c>gemeentefonds-uitvoering</c>).</summary>
    public const string MunicipalFundShare = "aandeel-onderwijsroute";
}
