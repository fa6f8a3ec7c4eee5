using Onderwijsroute.Funding.Api.Http;

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

    /// <summary>Optioneel: afzonderlijke trajecten.</summary>
    [MaxItems(ForecastInputRules.MaxTrajectories)]
    public IReadOnlyList<TrajectoryInput?>? Trajecten { get; init; }

    /// <summary>Optioneel: verwachte starters per jaar en niveau; zij starten in de maand van de aanname 'startmaand-instroom'.</summary>
    [MaxItems(ForecastInputRules.MaxStarterGroups)]
    public IReadOnlyList<StarterInput?>? Starters { get; init; }

    /// <summary>Optioneel: kosten van overbruggingsaanbod per jaar (elk jaar hoogstens één keer).</summary>
    public IReadOnlyList<YearAmountInput?>? Overbruggingskosten { get; init; }

    /// <summary>Optioneel: het veronderstelde landelijke aantal asielstatushouders in de onderwijsroute op 31 december, per jaar; standaard de aanname 'landelijk-aantal-onderwijsroute'.</summary>
    public IReadOnlyList<NationalCountInput?>? LandelijkAantal { get; init; }

    /// <summary>Optioneel: het deel (0 tot en met 1) van de gemeentefondstoevoeging dat aan de onderwijsroute wordt toegerekend; standaard 0.</summary>
    /// <example>0.5</example>
    public decimal? AandeelGemeentefonds { get; init; }

    /// <summary>Optioneel: andere aannames of parameters voor een jaar, bijvoorbeeld de reiskosten of de kostenindexatie.</summary>
    public IReadOnlyList<OverrideInput?>? Overschrijvingen { get; init; }
}

/// <summary>Verzoek om een prognose van een gemeente op te slaan of te vervangen.</summary>
public sealed class SaveForecastRequest : CreateForecastCalculationRequest
{
    /// <summary>De naam van de prognose, 1 tot en met 200 tekens.</summary>
    /// <example>Basisprognose 2024-2029</example>
    public string? Naam { get; init; }
}

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

    /// <summary>Optioneel: het jaar van huisvesting in de gemeente; standaard het startjaar.</summary>
    /// <example>2024</example>
    public int? Huisvestingsjaar { get; init; }

    /// <summary>Alleen bij een regioprognose: de gemeente van de deelnemer; standaard de centrumgemeente.</summary>
    /// <example>GM0014</example>
    public string? GemeenteCode { get; init; }
}

/// <summary>Starters in één jaar op één niveau.</summary>
public sealed class StarterInput
{
    /// <summary>Het jaar van de start (binnen de prognose).</summary>
    /// <example>2025</example>
    public int? Jaar { get; init; }

    /// <summary>Het niveau.</summary>
    /// <example>hbo-ntg</example>
    public string? Niveau { get; init; }

    /// <summary>Het aantal starters, een geheel getal van 0 tot en met 1.000.000.</summary>
    /// <example>4</example>
    public decimal? Aantal { get; init; }

    /// <summary>gecontracteerd (standaard) of maatwerk.</summary>
    /// <example>maatwerk</example>
    public string? Contractvorm { get; init; }

    /// <summary>Optioneel: de prijs per traject in euro's.</summary>
    /// <example>18000</example>
    public decimal? Prijs { get; init; }

    /// <summary>Optioneel: de looptijd in maanden.</summary>
    /// <example>18</example>
    public int? LooptijdMaanden { get; init; }

    /// <summary>Alleen bij een regioprognose: de gemeente; standaard de centrumgemeente.</summary>
    public string? GemeenteCode { get; init; }
}

/// <summary>Een bedrag voor één jaar.</summary>
public sealed class YearAmountInput
{
    /// <summary>Het jaar.</summary>
    /// <example>2024</example>
    public int? Jaar { get; init; }

    /// <summary>Het bedrag in euro's, hoogstens twee decimalen.</summary>
    /// <example>12000</example>
    public decimal? Bedrag { get; init; }
}

/// <summary>Het landelijke aantal voor één jaar.</summary>
public sealed class NationalCountInput
{
    /// <summary>Het jaar.</summary>
    /// <example>2024</example>
    public int? Jaar { get; init; }

    /// <summary>Het aantal, een geheel getal groter dan 0.</summary>
    /// <example>1500</example>
    public decimal? Aantal { get; init; }
}

/// <summary>Een overschrijving van een parameter voor één jaar (bij een aanname: regeling 'prognose-aannames').</summary>
public sealed class OverrideInput
{
    /// <summary>De regeling (of prognose-aannames).</summary>
    /// <example>prognose-aannames</example>
    public string? Regeling { get; init; }

    /// <summary>De parameter.</summary>
    /// <example>reiskosten-per-maand-maatwerk</example>
    public string? Parameter { get; init; }

    /// <summary>Het jaar waarvoor de waarde geldt.</summary>
    /// <example>2025</example>
    public int? Jaar { get; init; }

    /// <summary>De waarde als tekst, met een punt als decimaalteken.</summary>
    /// <example>"0"</example>
    public string? Waarde { get; init; }
}
