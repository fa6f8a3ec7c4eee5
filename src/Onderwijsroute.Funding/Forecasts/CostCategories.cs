namespace Onderwijsroute.Funding.Forecasts;

/// <summary>The keys of the cost categories (Dutch, as the API and exports write them).</summary>
public static class CostCategories
{
    /// <summary>Onderwijsroute trajecten: their price spread over the months they run.</summary>
    public const string Trajectories = "trajecten";

    /// <summary>B1-Entree routes: their price spread over the months they run.</summary>
    public const string B1Entree = "b1Entree";

    /// <summary>Travel costs per participant per month.</summary>
    public const string Travel = "reiskosten";

    /// <summary>Bridging offer costs as given per year.</summary>
    public const string Bridging = "overbrugging";

    /// <summary>Every category, in report order.</summary>
    public static IReadOnlyList<string> All { get; } = [Trajectories, B1Entree, Travel, Bridging];
}
