using Onderwijsroute.Funding.Api.Http;

namespace Onderwijsroute.Funding.Api.V1.Settlements;

/// <summary>Verzoek om de definitieve bedragen en de vaststelling tegen de voorschotten voor één jaar te berekenen.</summary>
public sealed class CreateSettlementCalculationRequest
{
    /// <summary>Het id van de regeling met een vaststelling naar aantallen, bijvoorbeeld spuk-onderwijsroute-2023.</summary>
    /// <example>spuk-onderwijsroute-2023</example>
    public string? Regeling { get; init; }

    /// <summary>Het begrotingsjaar; de regeling moet het dekken.</summary>
    /// <example>2024</example>
    public int? Jaar { get; init; }

    /// <summary>Optioneel: een budget in hele euro's (0 tot en met 10.000.000.000) dat het budget van de regeling vervangt.</summary>
    /// <example>15900000</example>
    public decimal? Budget { get; init; }

    /// <summary>Verplicht: het aantal asielstatushouders in de onderwijsroute per gemeente op 31 december. Een gemeente die ontbreekt telt 0; elke gemeente hoogstens één keer.</summary>
    [MaxItems(ListBound.OnePerMunicipality)]
    public IReadOnlyList<MunicipalityCountInput?>? Aantallen { get; init; }

    /// <summary>Optioneel: de betaalde voorschotten per gemeente (een gemeente die ontbreekt kreeg 0). Zonder deze lijst worden de voorschotten berekend met de voorschotregel.</summary>
    [MaxItems(ListBound.OnePerMunicipality)]
    public IReadOnlyList<MunicipalityAmountInput?>? Voorschotten { get; init; }

    /// <summary>Optioneel, alleen voor berekende voorschotten: de peildatum van de inwonertallen; standaard 1 januari van het jaar vóór het begrotingsjaar.</summary>
    /// <example>2023-01-01</example>
    public DateOnly? PeildatumInwoners { get; init; }

    /// <summary>Optioneel, alleen voor berekende voorschotten: true = gebruik de laatste eerdere peildatum met cijfers als de gevraagde er geen heeft.</summary>
    /// <example>false</example>
    public bool? PeildatumTerugvallen { get; init; }
}

/// <summary>Het aantal van één gemeente.</summary>
public sealed class MunicipalityCountInput
{
    /// <summary>De gemeente, bijvoorbeeld GM0363.</summary>
    /// <example>GM0363</example>
    public string? GemeenteCode { get; init; }

    /// <summary>Het aantal: een geheel getal van 0 tot en met 1.000.000.</summary>
    /// <example>40</example>
    public decimal? Aantal { get; init; }
}

/// <summary>Het bedrag van één gemeente.</summary>
public sealed class MunicipalityAmountInput
{
    /// <summary>De gemeente, bijvoorbeeld GM0363.</summary>
    /// <example>GM0363</example>
    public string? GemeenteCode { get; init; }

    /// <summary>Het bedrag in euro's, hoogstens twee decimalen, van 0 tot en met 10.000.000.000.</summary>
    /// <example>820000</example>
    public decimal? Bedrag { get; init; }
}
