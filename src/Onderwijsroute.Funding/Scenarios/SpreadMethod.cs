namespace Onderwijsroute.Funding.Scenarios;

/// <summary>How a scenario spreads the national participants over the gemeenten (Dutch: <em>spreidingsmethode</em>).</summary>
public enum SpreadMethod
{
    /// <summary>By inhabitants on the latest peildatum (<c>inwoners</c>).</summary>
    Inhabitants,

    /// <summary>By a supplied weight per gemeente (<c>sleutel</c>).</summary>
    Key,

    /// <summary>Supplied counts per year and gemeente (<c>aantallen</c>).</summary>
    Counts,
}
