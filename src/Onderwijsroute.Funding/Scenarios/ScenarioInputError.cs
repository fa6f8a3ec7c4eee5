namespace Onderwijsroute.Funding.Scenarios;

/// <summary>
/// One wrong setting of an uncertainty analysis, as <c>UncertaintyAnalysisSettings.Resolve</c> reports it. Every other input error
/// is an <see cref="InputError"/>; this one goes when the settings return <see cref="InputErrors"/> too.
/// </summary>
/// <param name="Field">The field as a JSON path, e.g. <c>prijzen.perNiveau.mbo2.maatwerk</c>.</param>
/// <param name="Message">What is wrong, in Dutch.</param>
public sealed record ScenarioInputError(string Field, string Message);
