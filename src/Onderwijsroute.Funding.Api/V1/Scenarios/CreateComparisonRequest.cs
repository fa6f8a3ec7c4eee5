namespace Onderwijsroute.Funding.Api.V1.Scenarios;

/// <summary>Een vergelijking van twee tot en met vijf doorrekeningen.</summary>
/// <param name="Doorrekeningen">De ids van de doorrekeningen; de eerste is de referentie.</param>
public sealed record CreateComparisonRequest(IReadOnlyList<string?>? Doorrekeningen);
