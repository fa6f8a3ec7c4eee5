namespace Onderwijsroute.Funding.Api.V1.Scenarios;

/// <summary>Een onzekerheidsanalyse (Monte Carlo) van een scenario.</summary>
/// <param name="Trekkingen">Aantal trekkingen, 1 tot en met 100000 (standaard 1000).</param>
/// <param name="Seed">Startwaarde van de toevalsgenerator; dezelfde seed geeft op elke machine hetzelfde resultaat (standaard 1).</param>
/// <param name="VariatiecoefficientDeelnemers">Variatiecoëfficiënt van het aantal deelnemers; standaard die van het scenario.</param>
/// <param name="VariatiecoefficientPrijs">Variatiecoëfficiënt van de trajectprijs; standaard die van het scenario.</param>
public sealed record CreateUncertaintyAnalysisRequest(int? Trekkingen, ulong? Seed, decimal? VariatiecoefficientDeelnemers, decimal? VariatiecoefficientPrijs);
