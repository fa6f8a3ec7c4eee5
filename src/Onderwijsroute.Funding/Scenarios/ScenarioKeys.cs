namespace Onderwijsroute.Funding.Scenarios;

/// <summary>The words of the scenario's distribution keys and spread methods.</summary>
public static class ScenarioKeys
{
    /// <summary>Spread or pot key: inhabitants.</summary>
    public const string Inhabitants = "inwoners";

    /// <summary>Spread method: a supplied key per gemeente.</summary>
    public const string Key = "sleutel";

    /// <summary>Spread method: supplied counts.</summary>
    public const string Counts = "aantallen";

    /// <summary>Pot key: participants in the onderwijsroute on 31 December.</summary>
    public const string YearEndCount = "aantal-einde-jaar";

    /// <summary>The pseudo scheme id under which a scenario's own capped pot is reported.</summary>
    public const string PotSchemeId = "scenario-budgetpot";
}
