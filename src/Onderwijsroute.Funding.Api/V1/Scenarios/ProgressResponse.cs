namespace Onderwijsroute.Funding.Api.V1.Scenarios;

/// <summary>De voortgang van een onzekerheidsanalyse.</summary>
/// <param name="Percentage">Percentage gedaan.</param>
/// <param name="TrekkingenGedaan">Trekkingen gedaan.</param>
/// <param name="Trekkingen">Trekkingen in totaal.</param>
public sealed record ProgressResponse(int Percentage, int TrekkingenGedaan, int Trekkingen);
