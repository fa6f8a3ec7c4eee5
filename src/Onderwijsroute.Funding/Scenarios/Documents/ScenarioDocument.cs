// The scenario document is the Dutch format itself (the API's JSON and the YAML of the ready scenarios): its property
// names are the format's keys and its documentation is Dutch, because it is published as the API contract.

namespace Onderwijsroute.Funding.Scenarios.Documents;

/// <summary>Een scenario: overschrijvingen van parameters, jaren, deelnemers, spreiding en prijsaannames.</summary>
/// <remarks>
/// The one shape of a scenario as written (Dutch: <em>scenariodocument</em>): the body of <c>POST /v1/scenarios</c>, the
/// stored form of every scenario and the YAML of the ready scenarios all read this type, and
/// <see cref="ScenarioDefinition.Create"/> checks it as it is: its rules name the fields by the paths of this format.
/// </remarks>
public record ScenarioDocument
{
    /// <summary>Korte naam, bijvoorbeeld 'hogere-garantie'.</summary>
    public string? Naam { get; init; }

    /// <summary>Wat het scenario inhoudt, in het Nederlands.</summary>
    public string? Omschrijving { get; init; }

    /// <summary>De jaren die worden doorgerekend (2022 tot en met 2030).</summary>
    public ScenarioYearsDocument? Jaren { get; init; }

    /// <summary>Overschrijvingen van parameters van regelingen (budget, verdeelsleutel, gegarandeerde prijs, indexatie, reguliere bedragen).</summary>
    public List<ScenarioOverrideDocument?>? Overschrijvingen { get; init; }

    /// <summary>Landelijke instroom in de onderwijsroute per jaar van huisvesting (optioneel: zonder dit blok de landelijke projectie van de prognose-aannames, variant 'projectievariant').</summary>
    public ParticipantsDocument? Deelnemers { get; init; }

    /// <summary>Hoe de deelnemers over de gemeenten worden verdeeld: inwoners, sleutel of aantallen.</summary>
    public SpreadDocument? Spreiding { get; init; }

    /// <summary>Trajectprijs per niveau en contractvorm, niveauverdeling, duur en startmaand.</summary>
    public PricesDocument? Prijzen { get; init; }

    /// <summary>Een eigen gemaximeerde pot van het scenario, per jaar verdeeld (optioneel).</summary>
    public PotDocument? Budgetpot { get; init; }

    /// <summary>Een gegarandeerde trajectprijs per niveau in plaats van één bedrag (optioneel).</summary>
    public LevelGuaranteeDocument? GarantieprijsPerNiveau { get; init; }

    /// <summary>Standaardonzekerheid voor onzekerheidsanalyses (optioneel).</summary>
    public UncertaintyDocument? Onzekerheid { get; init; }
}
