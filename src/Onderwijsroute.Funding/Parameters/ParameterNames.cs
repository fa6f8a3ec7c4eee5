namespace Onderwijsroute.Funding.Parameters;

/// <summary>
/// The names under which the formulas look up parameters and the words of the text parameters. The numbers
/// themselves live in the parameter files; these are only the keys.
/// </summary>
public static class ParameterNames
{
    /// <summary>The cap of a capped scheme for a year.</summary>
    public const string Budget = "budget";

    /// <summary>The rounding unit of amounts.</summary>
    public const string RoundingUnit = "afrondingseenheid";

    /// <summary>Who receives the scheme: <see cref="RecipientsMunicipalities"/> or <see cref="RecipientsCentralMunicipalities"/>.</summary>
    public const string Recipients = "ontvangers";

    /// <summary>The key of the advance.</summary>
    public const string AdvanceKey = "verdeelsleutel-voorschot";

    /// <summary>The key of the definitive amount; only schemes with a settlement by count have it.</summary>
    public const string SettlementKey = "verdeelsleutel-vaststelling";

    /// <summary>How many years before the budget year the inhabitants' peildatum lies (1 January).</summary>
    public const string PopulationDateYearsBack = "peildatum-inwoners-jaren-terug";

    /// <summary>Recipients: every gemeente.</summary>
    public const string RecipientsMunicipalities = "gemeenten";

    /// <summary>Recipients: the centrumgemeente of each arbeidsmarktregio.</summary>
    public const string RecipientsCentralMunicipalities = "centrumgemeenten";

    /// <summary>Key: inhabitants of each gemeente.</summary>
    public const string KeyInhabitants = "inwoners";

    /// <summary>Key: inhabitants of each arbeidsmarktregio.</summary>
    public const string KeyRegionInhabitants = "inwoners-arbeidsmarktregio";

    /// <summary>Key: asielstatushouders in the onderwijsroute resident on 31 December.</summary>
    public const string KeyEducationRouteCount = "asielstatushouders-onderwijsroute";

    /// <summary>Who is counted on 31 December for a settlement by count: <see cref="CountEducationRouteInPlan"/> or <see cref="CountRunningTrajectory"/> (docs/domain.md §4.4).</summary>
    public const string YearEndCount = "telling-einde-jaar";

    /// <summary>Year-end count: persons whose PIP sets the onderwijsroute, from housing until their traject ends.</summary>
    public const string CountEducationRouteInPlan = "pip-onderwijsroute";

    /// <summary>Year-end count: persons whose traject runs in December.</summary>
    public const string CountRunningTrajectory = "lopend-traject";

    /// <summary>The month (1-12) in which a year's amount is paid at once; 0 for the year's payment terms.</summary>
    public const string PaymentMonth = "betaalmaand";

    /// <summary>The total budget of the supplement over its years (informational).</summary>
    public const string TotalBudget = "totaalbudget";

    /// <summary>The regular SPUK's leerroute amount per asielstatushouder.</summary>
    public const string LearningRouteComponent = "leerroutecomponent-per-asielstatushouder";

    /// <summary>The number of counting years after housing.</summary>
    public const string CountingYears = "telperiode-jaren";

    /// <summary>The profile weight of counting year n (1-based): this prefix plus n.</summary>
    public const string ProfileWeightPrefix = "profielgewicht-teljaar-";

    /// <summary>The guaranteed traject price of the 2026+ supplement in its base year.</summary>
    public const string GuaranteedPrice = "gegarandeerde-trajectprijs";

    /// <summary>The yearly indexation of the guaranteed price.</summary>
    public const string Indexation = "indexatie";
}
