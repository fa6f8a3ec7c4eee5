using Onderwijsroute.Funding.Settlement;

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

    /// <summary>The request as the domain's, with every shape error added; <c>null</c> when a required part is missing.</summary>
    internal SettlementRequest? ToDomain(InputErrorsBuilder errors)
    {
        var budget = CappedCalculationFields.Budget(Budget, errors);
        var counts = Shape.Required(Aantallen, "aantallen", "de aantallen per gemeente (een lege lijst mag)", errors)
            ? Shape.Items(Aantallen, "aantallen", "Een aantal", errors, Count)
            : null;
        var advances = Shape.Items(Voorschotten, "voorschotten", "Een voorschot", errors, Advance);

        return CappedCalculationFields.SchemeAndYear(Regeling, Jaar, errors) && counts is not null
            ? new SettlementRequest(Regeling!, Jaar!.Value, counts)
            {
                Budget = budget,
                Advances = advances,
                PopulationDate = CappedCalculationFields.PopulationDate(PeildatumInwoners),
                PopulationDateFallback = CappedCalculationFields.Fallback(PeildatumTerugvallen),
            }
            : null;
    }

    private static MunicipalityCount? Count(MunicipalityCountInput item, int i, InputErrorsBuilder errors)
    {
        var count = Shape.WholeNumber(item.Aantal, "aantallen", i, "aantal", "Het aantal", Shape.MaxCount, errors) ?? 0;
        return Shape.Municipality(item.GemeenteCode, "aantallen", i, errors) is { } code ? new MunicipalityCount(code, count) : null;
    }

    private static MunicipalityAmount? Advance(MunicipalityAmountInput item, int i, InputErrorsBuilder errors)
    {
        var amount = Shape.Amount(item.Bedrag, "voorschotten", i, "bedrag", "Het bedrag", Shape.MaxAmount, errors) ?? Money.Zero;
        return Shape.Municipality(item.GemeenteCode, "voorschotten", i, errors) is { } code ? new MunicipalityAmount(code, amount) : null;
    }
}
