namespace Onderwijsroute.Funding.ReferenceData;

/// <summary>What the embedded reference data is: its indeling, the budget years it holds for, and its sources.</summary>
/// <param name="IndelingYear">The CBS gemeentelijke indeling (1 January of this year).</param>
/// <param name="ValidFromYear">The first budget year the gemeente set holds for.</param>
/// <param name="ValidUntilYear">The last budget year the gemeente set holds for.</param>
/// <param name="OfferReferenceDate">The peildatum of the regional offer status.</param>
/// <param name="Sources">The source of each file, by topic.</param>
public sealed record ReferenceDataMetadata(int IndelingYear, int ValidFromYear, int ValidUntilYear, LocalDate OfferReferenceDate, IReadOnlyDictionary<string, string> Sources);
