namespace Onderwijsroute.Funding.Scenarios;

/// <summary>
/// One assumption a scenario run rests on (Dutch: <em>aanname</em>), stated like a parameter: a name, the value in
/// words, its status and its source or reasoning. Scenario inputs and the engine's own modelling choices both appear.
/// </summary>
/// <param name="Name">What is assumed, e.g. <c>deelnemers.perJaar</c>.</param>
/// <param name="Value">The value as text (invariant culture).</param>
/// <param name="Status"><c>bevestigd</c>, <c>secundair</c>, <c>afgeleid</c> or <c>aanname</c> (docs/domain.md §2).</param>
/// <param name="Source">The source and the reasoning; the ready scenarios and the model start it with the ids of the sources register in brackets, e.g. <c>[onderzoeksrapport-2023 §3.1] …</c>.</param>
public sealed record ScenarioAssumption(string Name, string Value, string Status, string Source);
