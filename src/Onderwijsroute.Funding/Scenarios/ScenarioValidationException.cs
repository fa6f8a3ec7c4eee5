namespace Onderwijsroute.Funding.Scenarios;

/// <summary>
/// Settings of an uncertainty analysis that cannot be accepted; <see cref="Errors"/> names every wrong field at once.
/// Only <c>UncertaintyAnalysisSettings.Resolve</c> throws it; a scenario's own errors are a value (<see cref="ScenarioDefinition.Create"/>).
/// </summary>
public sealed class ScenarioValidationException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="errors">Every error found; at least one.</param>
    public ScenarioValidationException(IReadOnlyList<ScenarioInputError> errors)
        : base("Het scenario is ongeldig: " + string.Join("; ", (errors ?? throw new ArgumentNullException(nameof(errors))).Select(e => e.Field + ": " + e.Message)))
    {
        Errors = errors;
    }

    /// <summary>Every wrong field with its Dutch message.</summary>
    public IReadOnlyList<ScenarioInputError> Errors { get; }
}
