namespace Onderwijsroute.Funding.Api.V1.Common;

/// <summary>Een gebruikte peildatum.</summary>
/// <param name="Naam">Wat de datum is, bijvoorbeeld peildatumInwoners.</param>
/// <param name="Datum">De datum.</param>
public sealed record ExplainedDateResponse(string Naam, DateOnly Datum);
