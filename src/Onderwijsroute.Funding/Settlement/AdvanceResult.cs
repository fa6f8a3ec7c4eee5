namespace Onderwijsroute.Funding.Settlement;

/// <summary>The advances of a capped scheme for one year, with their explanation.</summary>
/// <param name="SchemeId">The scheme.</param>
/// <param name="Year">The budget year.</param>
/// <param name="Budget">The budget distributed.</param>
/// <param name="PopulationDate">The inhabitants' peildatum, or <c>null</c> when given weights were used.</param>
/// <param name="Recipients">Who receives the advances: <c>gemeenten</c> or <c>centrumgemeenten</c> (the scheme's <c>ontvangers</c>).</param>
/// <param name="Key">The distribution key used (<c>inwoners</c>, <c>inwoners-arbeidsmarktregio</c>, <c>gewichten</c>).</param>
/// <param name="Lines">Every recipient's advance, ordered by code (for gemeenten: made from the result's columns when read).</param>
/// <param name="Undistributed">What was not distributed (the whole budget when all weights are zero).</param>
/// <param name="TotalWeight">The sum of the weights.</param>
/// <param name="Explanation">Which parameters, dates and counts produced the result.</param>
public sealed record AdvanceResult(string SchemeId, int Year, Money Budget, LocalDate? PopulationDate, string Recipients, string Key, IReadOnlyList<AdvanceLine> Lines, Money Undistributed, long TotalWeight, Explanation Explanation);
