using Onderwijsroute.Funding.Forecasts;
using Onderwijsroute.Funding.Scenarios.Documents;
using Onderwijsroute.Funding.Schemes;

namespace Onderwijsroute.Funding.Scenarios;

/// <summary>
/// A scenario's prices (<c>prijzen</c>): the price per level and contract form, the level mix, duration, start month
/// and indexation; and an optional guaranteed price per level (<c>garantieprijsPerNiveau</c>).
/// </summary>
internal static class ScenarioPriceRules
{
    public static void Check(PricesDocument? prices, ScenarioCheck check)
    {
        if (prices is null)
        {
            check.Error("prijzen", "Verplicht.");
            return;
        }

        var definition = check.Definition;
        check.Statement("prijzen", prices);
        var indexValid = true;
        if (prices.Prijspeiljaar is not { } baseYear || baseYear < 2000 || baseYear > 2100)
        {
            check.Error("prijzen.prijspeiljaar", "Verplicht, een jaar tussen 2000 en 2100.");
            indexValid = false;
        }
        else
        {
            definition.PriceBaseYear = baseYear;
        }

        if (prices.Indexatie is not { } indexation || indexation <= -0.5m || indexation >= 1m)
        {
            check.Error("prijzen.indexatie", "Verplicht, een fractie groter dan -0,5 en kleiner dan 1 (0,0378 = 3,78%).");
            indexValid = false;
        }
        else
        {
            definition.PriceIndexation = indexation;
        }

        if (prices.DuurMaanden is not { } duration || duration < 1 || duration > 60)
        {
            check.Error("prijzen.duurMaanden", "Verplicht, 1 tot en met 60.");
        }
        else
        {
            definition.DurationMonths = duration;
        }

        if (prices.Startmaand is null)
        {
            // One start month for forecasts and scenarios: the assumption, unless the scenario names its own.
            definition.StartMonth = (int)definition.Catalogue.ForYear(SchemeIds.ForecastAssumptions, ForecastParameterNames.StarterMonth, check.YearCount > 0 ? check.First : ForecastCalculator.Years(definition.Catalogue).First).Value.AsInteger();
            definition.StartMonthFromParameters = true;
        }
        else if (prices.Startmaand is < 1 or > 12)
        {
            check.Error("prijzen.startmaand", "1 tot en met 12, of weglaten voor de aanname 'startmaand-instroom'.");
        }
        else
        {
            definition.StartMonth = prices.Startmaand.Value;
        }

        PerLevel(prices.PerNiveau ?? new Dictionary<string, LevelPriceDocument?>(), check);
        LevelShares(prices.Niveauverdeling ?? new Dictionary<string, decimal>(), check);
        if (indexValid)
        {
            IndexedPrices(check);
        }
    }

    /// <summary>
    /// Every traject price, indexed to each scenario year, stays within the most a price may be (found by the
    /// generated-input test: 99% a year from 2000, or -49% back from 2100, overflowed a run). The index moves one way
    /// over the years, so its largest factor is at the first or the last scenario year.
    /// </summary>
    private static void IndexedPrices(ScenarioCheck check)
    {
        var definition = check.Definition;
        var highest = definition.ContractedPriceCents.Concat(definition.CustomPriceCents).DefaultIfEmpty(0).Max();
        if (highest <= 0 || check.YearCount <= 0)
        {
            return;
        }

        foreach (var year in (int[])[check.First, check.First + check.YearCount - 1])
        {
            if (definition.PriceFactor(year) > ScenarioCheck.MaxPriceCents / highest)
            {
                check.Error("prijzen.indexatie", string.Create(CultureInfo.InvariantCulture, $"Met deze indexatie vanaf prijspeiljaar {definition.PriceBaseYear} komt een trajectprijs in {year} boven 1 miljoen euro; kies een lagere indexatie of een prijspeiljaar dichter bij de scenariojaren."));
                return;
            }
        }
    }

    public static void CheckGuarantee(LevelGuaranteeDocument? guarantee, ScenarioCheck check)
    {
        if (guarantee is null)
        {
            return;
        }

        check.Statement("garantieprijsPerNiveau", guarantee);
        var amounts = guarantee.Bedragen ?? new Dictionary<string, decimal>();
        UnknownLevels(amounts.Keys, "garantieprijsPerNiveau.bedragen", check);
        var levels = TrajectoryLevels.All;
        check.Definition.LevelGuaranteeCents = new long[levels.Count];
        for (var i = 0; i < levels.Count; i++)
        {
            var field = "garantieprijsPerNiveau.bedragen." + levels[i];
            check.Definition.LevelGuaranteeCents[i] = amounts.TryGetValue(levels[i], out var amount) ? check.Price(amount, field) : check.Missing(field);
        }
    }

    private static void PerLevel(IReadOnlyDictionary<string, LevelPriceDocument?> perLevel, ScenarioCheck check)
    {
        var levels = TrajectoryLevels.All;
        var definition = check.Definition;
        definition.ContractedPriceCents = new long[levels.Count];
        definition.CustomPriceCents = new long[levels.Count];
        UnknownLevels(perLevel.Keys, "prijzen.perNiveau", check);
        for (var i = 0; i < levels.Count; i++)
        {
            var field = "prijzen.perNiveau." + levels[i];
            if (!perLevel.TryGetValue(levels[i], out var price))
            {
                check.Error(field, "Verplicht voor elk niveau.");
                continue;
            }

            definition.ContractedPriceCents[i] = check.Price(price?.Gecontracteerd, field + ".gecontracteerd");
            definition.CustomPriceCents[i] = check.Price(price?.Maatwerk, field + ".maatwerk");
        }
    }

    /// <summary>A share per known level, 0 to 1 with at most four decimals, adding up to exactly 1.</summary>
    private static void LevelShares(IReadOnlyDictionary<string, decimal> shares, ScenarioCheck check)
    {
        var definition = check.Definition;
        definition.LevelShares = new long[TrajectoryLevels.All.Count];
        UnknownLevels(shares.Keys, "prijzen.niveauverdeling", check);
        var total = 0m;
        foreach (var (level, share) in shares)
        {
            var index = TrajectoryLevels.IndexOf(level);
            if (index < 0)
            {
                continue;
            }

            var scaled = share * ScenarioDefinition.LevelShareScale;
            if (share < 0 || share > 1 || scaled != decimal.Truncate(scaled))
            {
                check.Error("prijzen.niveauverdeling." + level, "Een aandeel van 0 tot en met 1 met ten hoogste vier decimalen.");
            }
            else
            {
                definition.LevelShares[index] = (long)scaled;
                total += share;
            }
        }

        if (total != 1m)
        {
            check.Error("prijzen.niveauverdeling", string.Create(CultureInfo.InvariantCulture, $"De aandelen tellen op tot {total}, niet tot 1."));
        }
    }

    private static void UnknownLevels(IEnumerable<string> levels, string field, ScenarioCheck check)
    {
        foreach (var level in levels.Where(l => TrajectoryLevels.IndexOf(l) < 0))
        {
            check.Error(field + "." + level, $"Onbekend niveau; bekend zijn {string.Join(", ", TrajectoryLevels.All)}.");
        }
    }
}
