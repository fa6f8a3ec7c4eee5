using Onderwijsroute.Funding.Settlement;

namespace Onderwijsroute.Funding.Api.V1.Advances;

/// <summary>Verzoek om de voorschotten van een gemaximeerde regeling voor één jaar te berekenen.</summary>
public sealed class CreateAdvanceCalculationRequest
{
    /// <summary>Het id van de regeling, bijvoorbeeld spuk-onderwijsroute-2023 of spuk-onderwijsroute-2022.</summary>
    /// <example>spuk-onderwijsroute-2023</example>
    public string? Regeling { get; init; }

    /// <summary>Het begrotingsjaar; de regeling moet het dekken.</summary>
    /// <example>2024</example>
    public int? Jaar { get; init; }

    /// <summary>Optioneel: een budget in hele euro's (0 tot en met 10.000.000.000) dat het budget van de regeling voor dit jaar vervangt; wordt als overschrijving vastgelegd.</summary>
    /// <example>15900000</example>
    public decimal? Budget { get; init; }

    /// <summary>Optioneel: de peildatum van de inwonertallen; standaard 1 januari van het jaar vóór het begrotingsjaar.</summary>
    /// <example>2024-01-01</example>
    public DateOnly? PeildatumInwoners { get; init; }

    /// <summary>Optioneel: true = gebruik de laatste eerdere peildatum met cijfers als de gevraagde peildatum er geen heeft. Standaard false: dan is zo'n peildatum een fout.</summary>
    /// <example>false</example>
    public bool? PeildatumTerugvallen { get; init; }

    /// <summary>Optioneel, alleen voor een regeling voor centrumgemeenten (spuk-onderwijsroute-2022): gewichten per arbeidsmarktregio die de verdeelsleutel vervangen (bijvoorbeeld een aantal trajecten); een regio die ontbreekt weegt 0.</summary>
    [MaxItems(ListBound.OnePerRegion)]
    public IReadOnlyList<RegionWeightInput?>? Gewichten { get; init; }

    /// <summary>The request as the domain's, with every shape error added; <c>null</c> when a required part is missing.</summary>
    internal AdvanceRequest? ToDomain(InputErrorsBuilder errors)
    {
        var budget = CappedCalculationFields.Budget(Budget, errors);
        var weights = Shape.Items(Gewichten, "gewichten", "Een gewicht", errors, Weight);

        return CappedCalculationFields.SchemeAndYear(Regeling, Jaar, errors)
            ? new AdvanceRequest(Regeling!, Jaar!.Value)
            {
                Budget = budget,
                PopulationDate = CappedCalculationFields.PopulationDate(PeildatumInwoners),
                PopulationDateFallback = CappedCalculationFields.Fallback(PeildatumTerugvallen),
                RegionWeights = weights,
            }
            : null;
    }

    private static RegionWeight? Weight(RegionWeightInput item, int i, InputErrorsBuilder errors)
    {
        var weight = Shape.WholeNumber(item.Gewicht, "gewichten", i, "gewicht", "Het gewicht", Shape.MaxWeight, errors) ?? 0;
        return Shape.Region(item.ArbeidsmarktregioCode, "gewichten", i, errors) is { } region ? new RegionWeight(region, weight) : null;
    }
}
