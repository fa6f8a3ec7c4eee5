namespace Onderwijsroute.Funding.Api.V1.Forecasts;

/// <summary>
/// Verzoek om een prognose te berekenen voor één gemeente of één arbeidsmarktregio: deelnemers (trajecten of starters
/// per jaar), kosten en aannames. Wat ontbreekt, volgt de aannames van 'prognose-aannames' (met bron en status).
/// </summary>
public class CreateForecastCalculationRequest
{
    /// <summary>De gemeente (CBS-code); geef gemeenteCode óf arbeidsmarktregioCode.</summary>
    /// <example>GM0014</example>
    public string? GemeenteCode { get; init; }

    /// <summary>De arbeidsmarktregio (CBS-code) voor een regioprognose: de som van haar gemeenten plus wat de centrumgemeente voor de regio ontvangt.</summary>
    /// <example>AM01</example>
    public string? ArbeidsmarktregioCode { get; init; }

    /// <summary>Het eerste jaar, 2022 tot en met 2030.</summary>
    /// <example>2024</example>
    public int? VanJaar { get; init; }

    /// <summary>Het laatste jaar, vanJaar tot en met 2030.</summary>
    /// <example>2029</example>
    public int? TotEnMetJaar { get; init; }

    /// <summary>Optioneel: afzonderlijke trajecten. Zonder trajecten en zonder starters begint de prognose bij het startpunt van de gemeente (haar deel naar inwoners van de landelijke projectie, zie GET /v1/gemeenten/{gemeenteCode}/startpunt).</summary>
    [MaxItems(ForecastRequestReader.MaxTrajectories)]
    public IReadOnlyList<TrajectoryInput?>? Trajecten { get; init; }

    /// <summary>Optioneel: verwachte starters per jaar en niveau, met hun jaar van huisvesting; zij starten in de maand van de aanname 'startmaand-instroom'.</summary>
    [MaxItems(ForecastRequestReader.MaxStarterGroups)]
    public IReadOnlyList<StarterInput?>? Starters { get; init; }

    /// <summary>Optioneel: kosten van overbruggingsaanbod per jaar (elk jaar hoogstens één keer).</summary>
    public IReadOnlyList<YearAmountInput?>? Overbruggingskosten { get; init; }

    /// <summary>Optioneel: het veronderstelde landelijke aantal asielstatushouders in de onderwijsroute op 31 december, per jaar; standaard het aantal uit de landelijke projectie (prognose-aannames, variant 'projectievariant'), geteld zoals 'telling-einde-jaar' zegt.</summary>
    public IReadOnlyList<NationalCountInput?>? LandelijkAantal { get; init; }

    /// <summary>Optioneel: het deel (0 tot en met 1) van de gemeentefondstoevoeging dat aan de onderwijsroute wordt toegerekend; standaard 0.</summary>
    /// <example>0.5</example>
    public decimal? AandeelGemeentefonds { get; init; }

    /// <summary>Optioneel: andere aannames of parameters voor een jaar, bijvoorbeeld de reiskosten of de kostenindexatie.</summary>
    public IReadOnlyList<OverrideInput?>? Overschrijvingen { get; init; }
}
