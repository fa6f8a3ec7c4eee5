namespace Onderwijsroute.Funding.Scenarios;

/// <summary>
/// A scenario as written by its author (Dutch: <em>scenario-invoer</em>): unchecked, every part optional so that
/// <see cref="ScenarioDefinition.Create"/> can name every wrong or missing field at once. The YAML files of the
/// ready scenarios and the API request map onto this shape; the Dutch field paths in errors follow the API.
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

    /// <summary>Overrides of scheme parameters (<c>overschrijvingen</c>); they become part of the parameter version.</summary>
    public IReadOnlyList<ScenarioOverrideInput>? Overrides { get; init; }

    /// <summary>The national projection of new onderwijsroute participants per year (<c>deelnemers</c>).</summary>
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

/// <summary>An override of one scheme parameter over a date range (<c>overschrijvingen[i]</c>).</summary>
public sealed record ScenarioOverrideInput
{
    /// <summary>The scheme id (<c>regeling</c>).</summary>
    public string? SchemeId { get; init; }

    /// <summary>The parameter name (<c>parameter</c>).</summary>
    public string? ParameterName { get; init; }

    /// <summary>The first day in force (<c>van</c>).</summary>
    public NodaTime.LocalDate? From { get; init; }

    /// <summary>The last day in force, or <c>null</c> for open-ended (<c>totEnMet</c>).</summary>
    public NodaTime.LocalDate? Until { get; init; }

    /// <summary>The written value, invariant culture (<c>waarde</c>).</summary>
    public string? Value { get; init; }

    /// <summary>Why (<c>reden</c>); shown as the value's source.</summary>
    public string? Reason { get; init; }
}

/// <summary>New onderwijsroute participants per year, nationally (<c>deelnemers</c>).</summary>
public sealed record ParticipantProjectionInput
{
    /// <summary>Participants starting a traject per year (<c>perJaar</c>); required for every year unless counts are supplied.</summary>
    public IReadOnlyDictionary<int, long>? PerYear { get; init; }

    /// <summary><c>aanname</c> or <c>bevestigd</c> (<c>status</c>).</summary>
    public string? Status { get; init; }

    /// <summary>The source or reasoning (<c>bron</c>).</summary>
    public string? Source { get; init; }
}

/// <summary>How the national participants spread over the gemeenten (<c>spreiding</c>).</summary>
public sealed record SpreadInput
{
    /// <summary><c>inwoners</c>, <c>sleutel</c> or <c>aantallen</c> (<c>methode</c>).</summary>
    public string? Method { get; init; }

    /// <summary>For <c>sleutel</c>: a non-negative integer weight per gemeente code (<c>sleutel</c>); left out = 0.</summary>
    public IReadOnlyDictionary<string, long>? Key { get; init; }

    /// <summary>For <c>aantallen</c>: participants per year per gemeente code (<c>aantallen</c>).</summary>
    public IReadOnlyDictionary<int, IReadOnlyDictionary<string, long>>? Counts { get; init; }

    /// <summary><c>aanname</c> or <c>bevestigd</c>.</summary>
    public string? Status { get; init; }

    /// <summary>The source or reasoning.</summary>
    public string? Source { get; init; }
}

/// <summary>Average traject prices per level and contract form, the level mix and the duration (<c>prijzen</c>).</summary>
public sealed record PriceInput
{
    /// <summary>The price level year of <see cref="PerLevel"/> (<c>prijspeiljaar</c>).</summary>
    public int? BaseYear { get; init; }

    /// <summary>Yearly price indexation as a fraction, e.g. 0.0378 (<c>indexatie</c>).</summary>
    public decimal? Indexation { get; init; }

    /// <summary>Traject duration in months (<c>duurMaanden</c>).</summary>
    public int? DurationMonths { get; init; }

    /// <summary>The month (1–12) in which trajecten start on average (<c>startmaand</c>).</summary>
    public int? StartMonth { get; init; }

    /// <summary>Price per level (<c>perNiveau</c>): for each of the seven levels the contracted and the custom (maatwerk) price.</summary>
    public IReadOnlyDictionary<string, LevelPriceInput>? PerLevel { get; init; }

    /// <summary>Share of participants per level (<c>niveauverdeling</c>), at most four decimals, adding up to 1.</summary>
    public IReadOnlyDictionary<string, decimal>? LevelShares { get; init; }

    /// <summary><c>aanname</c> or <c>bevestigd</c>.</summary>
    public string? Status { get; init; }

    /// <summary>The source or reasoning.</summary>
    public string? Source { get; init; }
}

/// <summary>The traject price of one level per contract form.</summary>
public sealed record LevelPriceInput
{
    /// <summary>Price under a regional contract (<c>gecontracteerd</c>), euros.</summary>
    public decimal? Contracted { get; init; }

    /// <summary>Price of individual purchase elsewhere (<c>maatwerk</c>), euros.</summary>
    public decimal? Custom { get; init; }
}

/// <summary>A capped pot the scenario adds, distributed every year by a key (<c>budgetpot</c>).</summary>
public sealed record CappedPotInput
{
    /// <summary>The pot per year in whole euros (<c>bedragPerJaar</c>).</summary>
    public IReadOnlyDictionary<int, decimal>? AmountPerYear { get; init; }

    /// <summary><c>aantal-einde-jaar</c> (participants in the route on 31 December) or <c>inwoners</c> (<c>verdeelsleutel</c>).</summary>
    public string? Key { get; init; }

    /// <summary><c>aanname</c> or <c>bevestigd</c>.</summary>
    public string? Status { get; init; }

    /// <summary>The source or reasoning.</summary>
    public string? Source { get; init; }
}

/// <summary>A guaranteed traject price per level, indexed like the supplement (<c>garantieprijsPerNiveau</c>).</summary>
public sealed record LevelGuaranteeInput
{
    /// <summary>The guaranteed price per level in the supplement's base year, euros (<c>bedragen</c>).</summary>
    public IReadOnlyDictionary<string, decimal>? Amounts { get; init; }

    /// <summary><c>aanname</c> or <c>bevestigd</c>.</summary>
    public string? Status { get; init; }

    /// <summary>The source or reasoning.</summary>
    public string? Source { get; init; }
}

/// <summary>Default uncertainty of a Monte Carlo run (<c>onzekerheid</c>).</summary>
public sealed record UncertaintyInput
{
    /// <summary>Coefficient of variation of the national participants per year (<c>variatiecoefficientDeelnemers</c>).</summary>
    public decimal? ParticipantsCv { get; init; }

    /// <summary>Coefficient of variation of the traject price, or 0 for a certain price (<c>variatiecoefficientPrijs</c>).</summary>
    public decimal? PriceCv { get; init; }

    /// <summary><c>aanname</c> or <c>bevestigd</c>.</summary>
    public string? Status { get; init; }

    /// <summary>The source or reasoning.</summary>
    public string? Source { get; init; }
}
