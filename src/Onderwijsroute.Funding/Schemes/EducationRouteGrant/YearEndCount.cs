namespace Onderwijsroute.Funding.Schemes.EducationRouteGrant;

/// <summary>
/// Who is counted on 31 December when a capped pot is settled by count (Dutch: <em>telling einde jaar</em>,
/// docs/domain.md §4.4): the parameter <c>telling-einde-jaar</c> of <c>spuk-onderwijsroute-2023</c>, and
/// <c>budgetpot.telling</c> of a scenario's own pot.
/// </summary>
public enum YearEndCount
{
    /// <summary>
    /// <c>pip-onderwijsroute</c> (the default): asielstatushouders living in the gemeente whose PIP sets the onderwijsroute
    /// as their leerroute, from the year they count for the SPUK (housing, or turning 18) until their traject ends, also
    /// while they wait for it to start.
    /// </summary>
    EducationRouteInPlan,

    /// <summary><c>lopend-traject</c>: only those whose traject runs in December (started and not yet ended).</summary>
    RunningTrajectory,
}
