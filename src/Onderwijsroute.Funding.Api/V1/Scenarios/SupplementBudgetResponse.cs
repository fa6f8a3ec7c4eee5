namespace Onderwijsroute.Funding.Api.V1.Scenarios;

/// <summary>De toeslag van een doorrekening in één jaar tegen het begrote totaal (€88,9 mln over 2026-2029).</summary>
/// <param name="Jaar">Het jaar.</param>
/// <param name="Budget">Het deel van het totaalbudget voor het jaar: gelijk verdeeld over de jaren van de toeslag (aanname; geen verdeling per jaar gepubliceerd).</param>
/// <param name="ToeslagPerPersoon">De toeslag per in dat jaar gehuisveste persoon, zoals de doorrekening haar betaalt.</param>
/// <param name="TrajectenUitBudget">Budget / toeslag per persoon: het aantal trajecten dat het budget betaalt.</param>
/// <param name="PersonenInDoorrekening">De in het jaar gehuisveste deelnemers van de doorrekening, voor wie de toeslag wordt betaald.</param>
/// <param name="Uitgaven">De toeslaguitgaven van de doorrekening in het jaar.</param>
/// <param name="Verschil">Uitgaven − budget: positief is meer dan begroot.</param>
public sealed record SupplementBudgetResponse(int Jaar, decimal Budget, decimal ToeslagPerPersoon, long TrajectenUitBudget, long PersonenInDoorrekening, decimal Uitgaven, decimal Verschil);
