// Part of the Dutch scenario document: see ScenarioDocument for why its names and documentation are Dutch.

namespace Onderwijsroute.Funding.Scenarios.Documents;

/// <summary>Prijsaannames.</summary>
public sealed record PricesDocument : IStatedAssumption
{
    /// <summary>Het prijspeil van de bedragen per niveau.</summary>
    public int? Prijspeiljaar { get; init; }

    /// <summary>Jaarlijkse prijsindexatie als fractie (0.0378 = 3,78%).</summary>
    public decimal? Indexatie { get; init; }

    /// <summary>Duur van een traject in maanden.</summary>
    public int? DuurMaanden { get; init; }

    /// <summary>Startmaand (1-12) van de trajecten; zonder: de aanname 'startmaand-instroom' van de prognose-aannames.</summary>
    public int? Startmaand { get; init; }

    /// <summary>Per niveau (mbo2, mbo3, mbo4, hbo-mei, hbo-ntg, wo-mei, wo-ntg) de prijs gecontracteerd en maatwerk.</summary>
    public Dictionary<string, LevelPriceDocument?>? PerNiveau { get; init; }

    /// <summary>Aandeel per niveau, samen 1, hoogstens vier decimalen.</summary>
    public Dictionary<string, decimal>? Niveauverdeling { get; init; }

    /// <summary>'bevestigd', 'secundair', 'afgeleid' of 'aanname'.</summary>
    public string? Status { get; init; }

    /// <summary>De bron of de redenering.</summary>
    public string? Bron { get; init; }
}
