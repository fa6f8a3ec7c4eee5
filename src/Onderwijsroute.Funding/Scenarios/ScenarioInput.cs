namespace Onderwijsroute.Funding.Scenarios;

/// <summary>
/// A scenario as written by its author (Dutch: <em>scenario-invoer</em>): unchecked, every part optional so that
/// <see cref="ScenarioDefinition.Create"/> can name every wrong or missing field at once. The one written form of a
/// scenario, <see cref="Documents.ScenarioDocument"/> (JSON and YAML), maps onto this shape; the Dutch field paths in
/// errors are that document's.
/// </summary>
public sealed record ScenarioInput
{
    /// <summary>The scenario's short name (<c>naam</c>), e.g. <c>vastgesteld-beleid</c>.</summary>
    public string? Name { get; init; }

    /// <summary>What the scenario means, in Dutch (<c>omschrijving</c>).</summary>
    public string? Description { get; init; }

    /// <summary>The first year computed (<c>jaren.van</c>).</summary>
    public int? FirstYear { get; init; }

    /// <summary>The last year computed (<c>jaren.totEnMet</c>).</summary>
    public int? LastYear { get; init; }

    /// <summary>
    /// Whether the document had a <c>jaren</c> block, even an empty one: then a missing year is an error on its own field;
    /// without the block the one error is on <c>jaren</c>.
    /// </summary>
    public bool HasYearsBlock { get; init; }

    /// <summary>Overrides of scheme parameters (<c>overschrijvingen</c>); they become part of the parameter version.</summary>
    public IReadOnlyList<ScenarioOverrideInput>? Overrides { get; init; }

    /// <summary>The national inflow by housing year (<c>deelnemers</c>), or <c>null</c> for the national projection of the parameters.</summary>
    public ParticipantProjectionInput? Participants { get; init; }

    /// <summary>How participants spread over the gemeenten (<c>spreiding</c>).</summary>
    public SpreadInput? Spread { get; init; }

    /// <summary>Traject prices, level mix and duration (<c>prijzen</c>).</summary>
    public PriceInput? Prices { get; init; }

    /// <summary>An optional capped pot modelled by the scenario itself (<c>budgetpot</c>).</summary>
    public CappedPotInput? Pot { get; init; }

    /// <summary>An optional guaranteed traject price per level that replaces the single guaranteed price (<c>garantieprijsPerNiveau</c>).</summary>
    public LevelGuaranteeInput? LevelGuarantee { get; init; }

    /// <summary>Default uncertainty for Monte Carlo runs (<c>onzekerheid</c>).</summary>
    public UncertaintyInput? Uncertainty { get; init; }
}
