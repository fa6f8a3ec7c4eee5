using System.Security.Claims;

namespace Onderwijsroute.Funding.Api.V1.Scenarios;

/// <summary>
/// Who owns a scenario (docs/scenarios.md): the key that made it; the system owns the ready scenarios. Names are unique
/// per owner. Only the owner replaces or deletes a scenario; a ready one nobody does (base a new one on it); one stored
/// before owners were recorded any ministerie key may.
/// </summary>
internal static class ScenarioOwners
{
    /// <summary>The owner a request writes as: its key's id.</summary>
    /// <param name="http">The request.</param>
    public static string? Of(HttpContext http) => http.User.FindFirstValue(ClaimTypes.NameIdentifier);

    /// <summary>The 403 when the request's key may not replace or delete the scenario, else <c>null</c>.</summary>
    /// <param name="http">The request.</param>
    /// <param name="record">The scenario.</param>
    public static IResult? Refusal(HttpContext http, ScenarioRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.IsReady || record.Owner == ScenarioRecord.SystemOwner)
        {
            return DutchProblems.Problem(StatusCodes.Status403Forbidden, $"'{record.Id}' is een kant-en-klaar scenario van het systeem; het kan niet worden vervangen of verwijderd. Maak een eigen scenario met basisScenario \"{record.Id}\" en alleen uw wijzigingen.");
        }

        return record.Owner is { } owner && owner != Of(http)
            ? DutchProblems.Problem(StatusCodes.Status403Forbidden, $"Het scenario '{record.Id}' is van een andere sleutel ({owner}); alleen die kan het vervangen of verwijderen. Maak een eigen scenario met basisScenario \"{record.Id}\".")
            : null;
    }

    /// <summary>The 409 of a name the owner already uses, naming the scenario that has it.</summary>
    /// <param name="record">The scenario that could not be written.</param>
    /// <param name="repository">The scenarios.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static async Task<ConflictProblem> NameTakenAsync(ScenarioRecord record, IScenarioRepository repository, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(repository);
        var (others, _) = await repository.ListScenariosAsync(new ScenarioFilter(record.Name, record.Owner), 0, 1, cancellationToken).ConfigureAwait(false);
        var where = others.Count == 1 ? $" ({ScenarioIds.Href(others[0].Id)})" : string.Empty;
        return new ConflictProblem($"Deze sleutel heeft al een scenario met de naam '{record.Name}'{where}; namen zijn uniek per eigenaar. Kies een andere naam, of vervang dat scenario (PUT met If-Match).");
    }
}
