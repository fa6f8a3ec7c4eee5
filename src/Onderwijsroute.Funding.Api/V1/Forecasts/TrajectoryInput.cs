namespace Onderwijsroute.Funding.Api.V1.Forecasts;

/// <summary>Eén traject.</summary>
public sealed class TrajectoryInput
{
    /// <summary>De startdatum (vanaf 2022-01-01); de maand ervan is de eerste kostenmaand.</summary>
    /// <example>2024-10-01</example>
    public DateOnly? Startdatum { get; init; }

    /// <summary>Het niveau: mbo2, mbo3, mbo4, hbo-mei, hbo-ntg, wo-mei, wo-ntg, of b1-entree (geen onderwijsroute).</summary>
    /// <example>mbo4</example>
    public string? Niveau { get; init; }

    /// <summary>gecontracteerd (standaard) of maatwerk.</summary>
    /// <example>gecontracteerd</example>
    public string? Contractvorm { get; init; }

    /// <summary>Optioneel: de prijs van het hele traject in euro's (hoogstens twee decimalen); standaard de geïndexeerde standaardprijs van het startjaar.</summary>
    /// <example>17000</example>
    public decimal? Prijs { get; init; }

    /// <summary>Optioneel: de looptijd in maanden (1 tot en met 120); standaard 18 (B1-Entree 12).</summary>
    /// <example>18</example>
    public int? LooptijdMaanden { get; init; }

    /// <summary>Optioneel: de geboortedatum; wie bij de start jonger dan 18 is (ISK), brengt pas financiering vanaf het jaar waarin hij of zij 18 wordt.</summary>
    /// <example>2007-05-20</example>
    public DateOnly? Geboortedatum { get; init; }

    /// <summary>Het jaar van huisvesting in de gemeente. Verplicht voor een onderwijsroutetraject dat in 2026 of later start (de toeslag is er alleen voor wie vanaf 2026 is gehuisvest); anders standaard het startjaar, vermeld in de toelichting.</summary>
    /// <example>2024</example>
    public int? Huisvestingsjaar { get; init; }

    /// <summary>Alleen bij een regioprognose: de gemeente van de deelnemer; standaard de centrumgemeente.</summary>
    /// <example>GM0014</example>
    public string? GemeenteCode { get; init; }
}
