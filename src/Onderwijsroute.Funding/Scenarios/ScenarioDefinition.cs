using Onderwijsroute.Funding.Scenarios.Documents;
using Onderwijsroute.Funding.Schemes.EducationRouteGrant;

namespace Onderwijsroute.Funding.Scenarios;

/// <summary>
/// A checked scenario (Dutch: <em>scenario</em>): a name and description, parameter overrides (as a catalogue whose
/// version records them), a year range, the national inflow by housing year and how it spreads over gemeenten, and
/// the price assumptions. Immutable; only <see cref="Create"/> makes one, after naming every wrong field.
/// </summary>
public sealed class ScenarioDefinition
{
    internal ScenarioDefinition(ScenarioDocument document, ParameterCatalogue catalogue, ReferenceDataSet referenceData)
    {
        Document = document;
        Catalogue = catalogue;
        ReferenceData = referenceData;
        Name = (document.Naam ?? string.Empty).Trim();
        Description = (document.Omschrijving ?? string.Empty).Trim();
        FirstYear = document.Jaren?.Van ?? 0;
        LastYear = document.Jaren?.TotEnMet ?? 0;
    }

    /// <summary>The document the scenario was made from, as given (for storing and repeating a run).</summary>
    public ScenarioDocument Document { get; }

    /// <summary>The short name.</summary>
    public string Name { get; }

    /// <summary>The Dutch description.</summary>
    public string Description { get; }

    /// <summary>The first year computed.</summary>
    public int FirstYear { get; }

    /// <summary>The last year computed.</summary>
    public int LastYear { get; }

    /// <summary>The number of years computed.</summary>
    public int YearCount => LastYear - FirstYear + 1;

    /// <summary>The parameters with the scenario's overrides; its version is the run's parameter version.</summary>
    public ParameterCatalogue Catalogue { get; }

    /// <summary>The gemeenten, regions and inhabitants used.</summary>
    public ReferenceDataSet ReferenceData { get; }

    /// <summary>Every assumption of the scenario's inputs with status and source.</summary>
    public IReadOnlyList<ScenarioAssumption> Assumptions { get; internal set; } = [];

    /// <summary>SHA-256 of the canonical inputs (<c>sha256:…</c>); equal inputs give an equal hash.</summary>
    public string InputHash { get; internal set; } = string.Empty;

    /// <summary>Default coefficient of variation of the participants for Monte Carlo runs, or <c>null</c>.</summary>
    public decimal? ParticipantsCv { get; internal set; }

    /// <summary>Default coefficient of variation of the traject price for Monte Carlo runs, or <c>null</c>.</summary>
    public decimal? PriceCv { get; internal set; }

    /// <summary>How participants spread over gemeenten.</summary>
    public SpreadMethod SpreadMethod { get; internal set; }

    internal long[] ParticipantsPerYear { get; set; } = [];

    internal long[] SpreadKey { get; set; } = [];

    internal long[][] SuppliedCounts { get; set; } = [];

    internal int PriceBaseYear { get; set; }

    internal decimal PriceIndexation { get; set; }

    /// <summary>The price index of <paramref name="year"/> against the price base year: the yearly indexation compounded, exactly.</summary>
    internal decimal PriceFactor(int year)
    {
        var factor = 1m;
        for (var y = PriceBaseYear; y < year; y++)
        {
            factor *= 1m + PriceIndexation;
        }

        for (var y = year; y < PriceBaseYear; y++)
        {
            factor /= 1m + PriceIndexation;
        }

        return factor;
    }

    internal int DurationMonths { get; set; }

    internal int StartMonth { get; set; }

    internal long[] ContractedPriceCents { get; set; } = [];

    internal long[] CustomPriceCents { get; set; } = [];

    /// <summary>The unit of <see cref="LevelShares"/>: a share of 1 is this many (ten-thousandths).</summary>
    internal const long LevelShareScale = 10_000;

    /// <summary>Level shares in ten-thousandths, adding up to <see cref="LevelShareScale"/>.</summary>
    internal long[] LevelShares { get; set; } = [];

    internal long[]? PotCents { get; set; }

    internal string PotKey { get; set; } = ScenarioKeys.YearEndCount;

    /// <summary>Who counts on 31 December for the scenario's own pot (<c>budgetpot.telling</c>).</summary>
    internal YearEndCount PotCount { get; set; } = YearEndCounts.Default;

    /// <summary>The variant of the national projection the inflow was taken from, or <c>null</c> when the scenario gives its own numbers.</summary>
    public string? ProjectionVariant { get; internal set; }

    /// <summary>Whether the start month is the assumption <c>startmaand-instroom</c> rather than the scenario's own.</summary>
    internal bool StartMonthFromParameters { get; set; }

    internal long[]? LevelGuaranteeCents { get; set; }

    /// <summary>Checks a scenario and makes it, or names every wrong field.</summary>
    /// <param name="document">The scenario as written.</param>
    /// <param name="catalogue">The parameters to apply the overrides to: those the caller runs with (no silent default).</param>
    /// <param name="referenceData">Gemeenten and inhabitants.</param>
    /// <returns>The scenario, or every input error.</returns>
    public static Validated<ScenarioDefinition> Create(ScenarioDocument document, ParameterCatalogue catalogue, ReferenceDataSet referenceData)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(referenceData);
        return ScenarioValidator.Validate(document, catalogue, referenceData);
    }
}
