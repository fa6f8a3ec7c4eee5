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

    /// <summary>The month starters given per year begin.</summary>
    public const string StarterMonth = "startmaand-instroom";

    /// <summary>The age at which funding starts.</summary>
    public const string InburgeringAge = "leeftijd-inburgeringsplicht";

    /// <summary>The assumed national year-end count in the onderwijsroute.</summary>
    public const string NationalCount = "landelijk-aantal-onderwijsroute";

    /// <summary>The month of the next year in which the settlement is paid.</summary>
    public const string SettlementMonth = "verrekeningsmaand";

    /// <summary>The number of equal payment terms per year.</summary>
    public const string PaymentTerms = "voorschottermijnen-per-jaar";

    /// <summary>The share of the gemeentefonds additions applied to the onderwijsroute (in <c>gemeentefonds-uitvoering</c>).</summary>
    public const string MunicipalFundShare = "aandeel-onderwijsroute";
}
