namespace Onderwijsroute.Funding.Api.V1.Scenarios;

/// <summary>A scenario's id: a GUID, or the kebab-case name of a ready scenario.</summary>
internal static class ScenarioIds
{
    /// <summary>Checks the <c>{id}</c> of a scenario route before its handler runs.</summary>
    public static IdRouteFilter Filter { get; } = new(IsValid, NotValid);

    /// <summary>Whether a text has the form of a scenario id (GUIDs are lower case, like the ready scenarios' names).</summary>
    /// <param name="id">The text.</param>
    public static bool IsValid(string id) => id.Length is > 0 and <= 100 && id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');

    /// <summary>The message for a text that is no scenario id.</summary>
    /// <param name="id">The text.</param>
    public static string NotValid(string id) => $"'{id}' is geen geldig scenario-id (een GUID of de naam van een kant-en-klaar scenario).";

    public static NotFoundProblem NotFound(string id) => new($"Er is geen scenario met id '{id}'.");

    /// <summary>The path of a scenario.</summary>
    /// <param name="id">Its id.</param>
    public static string Href(string id) => $"{ScenariosEndpoints.Path}/{id}";
}
