namespace Onderwijsroute.Funding.Api.V1.Sources;

/// <summary>Een parameterwaarde die de bron noemt.</summary>
/// <param name="Regeling">De regeling (of de prognose-aannames).</param>
/// <param name="Parameter">De parameter.</param>
/// <param name="Van">De eerste dag waarop de waarde geldt.</param>
/// <param name="TotEnMet">De laatste dag (tot en met), of null als die open is.</param>
/// <param name="Status">bevestigd, secundair, afgeleid of aanname.</param>
/// <param name="Vindplaats">Waar in de bron; of null.</param>
public sealed record SourceUseResponse(string Regeling, string Parameter, DateOnly Van, DateOnly? TotEnMet, string Status, string? Vindplaats)
{
    /// <summary>Verouderd (versie 1.0): hetzelfde als totEnMet; vervalt in versie 2.</summary>
    [Obsolete("Versie 1.0; gebruik TotEnMet.")]
    public DateOnly? Tot => TotEnMet;
}
