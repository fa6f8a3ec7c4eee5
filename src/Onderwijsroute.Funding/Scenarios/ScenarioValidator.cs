using System.Globalization;
using Onderwijsroute.Funding.Parameters;
using Onderwijsroute.Funding.ReferenceData;
using Onderwijsroute.Funding.Schemes;

namespace Onderwijsroute.Funding.Scenarios;

/// <summary>Checks a <see cref="ScenarioInput"/> field by field, collecting every error before giving up.</summary>
internal static class ScenarioValidator
{
    // Bounds that keep every sum and product in range (found by the API fuzz test: a count near long.MaxValue
    // overflowed the yearly sum); far above any real onderwijsroute count.
    private const long MaxCountPerMunicipality = 1_000_000;
    private const long MaxNationalCount = 10_000_000;

    public static ScenarioDefinition Validate(ScenarioInput input, ParameterCatalogue baseCatalogue, ReferenceDataSet referenceData)
    {
        var errors = new List<ScenarioInputError>();
        void Error(string field, string message) => errors.Add(new ScenarioInputError(field, message));

        if (string.IsNullOrWhiteSpace(input.Name))
        {
            Error("naam", "Verplicht.");
        }
        else if (input.Name.Trim().Length > 100)
        {
            Error("naam", "Ten hoogste 100 tekens.");
        }

        if (string.IsNullOrWhiteSpace(input.Description))
        {
            Error("omschrijving", "Verplicht.");
        }

        // The year range is bounded by the regular SPUK, the only scheme every scenario year needs.
        var regular = baseCatalogue.FindScheme(SchemeIds.RegularGrant) ?? throw new InvalidDataException("The regular SPUK parameters are missing.");
        var yearsValid = true;
        foreach (var (field, year) in new[] { ("jaren.van", input.FirstYear), ("jaren.totEnMet", input.LastYear) })
        {
            if (year is null)
            {
                Error(field, "Verplicht.");
                yearsValid = false;
            }
            else if (!regular.CoversYear(year.Value))
            {
                Error(field, $"Moet tussen {regular.FirstYear} en {regular.LastYear} liggen (de jaren van de reguliere SPUK).");
                yearsValid = false;
            }
        }

        if (yearsValid && input.LastYear < input.FirstYear)
        {
            Error("jaren.totEnMet", "Ligt vóór jaren.van.");
            yearsValid = false;
        }

        var catalogue = Overrides(input.Overrides ?? [], baseCatalogue, Error);
        var definition = new ScenarioDefinition(
            input with { Name = input.Name ?? string.Empty, Description = input.Description ?? string.Empty, FirstYear = input.FirstYear ?? 0, LastYear = input.LastYear ?? 0 },
            catalogue,
            referenceData);
        var first = input.FirstYear ?? 0;
        var last = input.LastYear ?? -1;
        bool InRange(int year) => yearsValid && year >= first && year <= last;
        var yearCount = yearsValid ? last - first + 1 : 0;

        var spreadMethod = Spread(input.Spread, definition, referenceData, yearCount, first, InRange, Error);
        Participants(input.Participants, definition, spreadMethod, yearCount, first, InRange, Error);
        Prices(input.Prices, definition, Error);
        Pot(input.Pot, definition, yearCount, first, InRange, Error);
        LevelGuarantee(input.LevelGuarantee, definition, Error);
        Uncertainty(input.Uncertainty, definition, Error);

        if (errors.Count > 0)
        {
            throw new ScenarioValidationException(errors);
        }

        definition.Assumptions = ScenarioAssumptions.Of(input);
        definition.InputHash = ScenarioCanonicalText.Hash(definition);
        return definition;
    }

    private static ParameterCatalogue Overrides(IReadOnlyList<ScenarioOverrideInput> given, ParameterCatalogue catalogue, Action<string, string> error)
    {
        var overrides = new List<ParameterOverride>();
        var valid = true;
        for (var i = 0; i < given.Count; i++)
        {
            var o = given[i];
            var field = $"overschrijvingen[{i}]";
            var ok = true;
            foreach (var (name, text) in new[] { ("regeling", o.SchemeId), ("parameter", o.ParameterName), ("waarde", o.Value) })
            {
                if (string.IsNullOrWhiteSpace(text))
                {
                    error($"{field}.{name}", "Verplicht.");
                    ok = false;
                }
            }

            if (o.From is null)
            {
                error(field + ".van", "Verplicht.");
                ok = false;
            }
            else if (o.Until < o.From)
            {
                error(field + ".totEnMet", "Ligt vóór van.");
                ok = false;
            }

            if (!ok)
            {
                valid = false;
                continue;
            }

            var candidate = new ParameterOverride(o.SchemeId!, o.ParameterName!, o.From!.Value, o.Until, o.Value!, o.Reason ?? "scenario");
            try
            {
                catalogue.WithOverrides([candidate]);
                overrides.Add(candidate);
            }
            catch (CalculationInputException e)
            {
                // WithOverrides names the field of a single override as overschrijvingen[0]; put back its real position.
                error(field + e.Field["overschrijvingen[0]".Length..], e.DutchMessage);
                valid = false;
            }
        }

        if (!valid)
        {
            return catalogue;
        }

        try
        {
            return catalogue.WithOverrides(overrides);
        }
        catch (CalculationInputException e)
        {
            error(e.Field, e.DutchMessage);
            return catalogue;
        }
    }

    private static SpreadMethod Spread(SpreadInput? spread, ScenarioDefinition definition, ReferenceDataSet data, int yearCount, int first, Func<int, bool> inRange, Action<string, string> error)
    {
        if (spread is null)
        {
            error("spreiding", "Verplicht.");
            return SpreadMethod.Inhabitants;
        }

        Statement("spreiding", spread.Status, spread.Source, error);
        var method = spread.Method switch
        {
            ScenarioKeys.Inhabitants => SpreadMethod.Inhabitants,
            ScenarioKeys.Key => SpreadMethod.Key,
            ScenarioKeys.Counts => SpreadMethod.Counts,
            _ => (SpreadMethod?)null,
        };
        if (method is null)
        {
            error("spreiding.methode", $"Moet '{ScenarioKeys.Inhabitants}', '{ScenarioKeys.Key}' of '{ScenarioKeys.Counts}' zijn.");
            return SpreadMethod.Inhabitants;
        }

        definition.SpreadMethod = method.Value;
        if (method == SpreadMethod.Key)
        {
            if (spread.Key is null || spread.Key.Count == 0)
            {
                error("spreiding.sleutel", "Verplicht bij methode 'sleutel'.");
            }
            else
            {
                definition.SpreadKey = PerMunicipality(spread.Key, "spreiding.sleutel", data, error);
                if (definition.SpreadKey.Sum() == 0)
                {
                    error("spreiding.sleutel", "De gewichten tellen op tot 0.");
                }
            }
        }
        else if (spread.Key is not null)
        {
            error("spreiding.sleutel", "Alleen bij methode 'sleutel'.");
        }

        if (method == SpreadMethod.Counts)
        {
            definition.SuppliedCounts = new long[yearCount][];
            for (var y = 0; y < yearCount; y++)
            {
                definition.SuppliedCounts[y] = new long[data.Municipalities.Count];
            }

            if (spread.Counts is null || spread.Counts.Count == 0)
            {
                error("spreiding.aantallen", "Verplicht bij methode 'aantallen'.");
            }
            else
            {
                foreach (var (year, counts) in spread.Counts)
                {
                    var field = "spreiding.aantallen." + year.ToString(CultureInfo.InvariantCulture);
                    if (!inRange(year))
                    {
                        error(field, "Jaar valt buiten de jaren van het scenario.");
                        continue;
                    }

                    if (counts is null)
                    {
                        error(field, "Verplicht: de aantallen per gemeente van dit jaar.");
                        continue;
                    }

                    definition.SuppliedCounts[year - first] = PerMunicipality(counts, field, data, error);
                }
            }
        }
        else if (spread.Counts is not null)
        {
            error("spreiding.aantallen", "Alleen bij methode 'aantallen'.");
        }

        return method.Value;
    }

    private static long[] PerMunicipality(IReadOnlyDictionary<string, long> values, string field, ReferenceDataSet data, Action<string, string> error)
    {
        var result = new long[data.Municipalities.Count];
        foreach (var (code, value) in values)
        {
            var index = MunicipalityCode.TryParse(code, out var parsed) ? data.IndexOf(parsed) : -1;
            if (index < 0)
            {
                error($"{field}.{code}", $"Onbekende gemeente '{code}' in de indeling {data.Metadata.IndelingYear}.");
            }
            else if (value < 0)
            {
                error($"{field}.{code}", "Mag niet negatief zijn.");
            }
            else if (value > MaxCountPerMunicipality)
            {
                error($"{field}.{code}", "Hoogstens 1.000.000.");
            }
            else
            {
                result[index] = value;
            }
        }

        return result;
    }

    private static void Participants(ParticipantProjectionInput? participants, ScenarioDefinition definition, SpreadMethod method, int yearCount, int first, Func<int, bool> inRange, Action<string, string> error)
    {
        definition.ParticipantsPerYear = new long[yearCount];
        if (method == SpreadMethod.Counts)
        {
            for (var y = 0; y < yearCount && y < definition.SuppliedCounts.Length; y++)
            {
                definition.ParticipantsPerYear[y] = definition.SuppliedCounts[y].Sum();
            }
        }

        if (participants is null)
        {
            if (method != SpreadMethod.Counts)
            {
                error("deelnemers", "Verplicht.");
            }

            return;
        }

        Statement("deelnemers", participants.Status, participants.Source, error);
        var perYear = participants.PerYear ?? new Dictionary<int, long>();
        foreach (var (year, count) in perYear)
        {
            var field = "deelnemers.perJaar." + year.ToString(CultureInfo.InvariantCulture);
            if (!inRange(year))
            {
                error(field, "Jaar valt buiten de jaren van het scenario.");
            }
            else if (count < 0)
            {
                error(field, "Mag niet negatief zijn.");
            }
            else if (count > MaxNationalCount)
            {
                error(field, "Hoogstens 10.000.000.");
            }
            else if (method == SpreadMethod.Counts && count != definition.ParticipantsPerYear[year - first])
            {
                error(field, $"Wijkt af van de som van spreiding.aantallen voor {year} ({definition.ParticipantsPerYear[year - first]}).");
            }
            else
            {
                definition.ParticipantsPerYear[year - first] = count;
            }
        }

        if (method != SpreadMethod.Counts)
        {
            for (var y = 0; y < yearCount; y++)
            {
                if (!perYear.ContainsKey(first + y))
                {
                    error("deelnemers.perJaar." + (first + y).ToString(CultureInfo.InvariantCulture), "Verplicht voor elk jaar van het scenario.");
                }
            }
        }
    }

    private static void Prices(PriceInput? prices, ScenarioDefinition definition, Action<string, string> error)
    {
        if (prices is null)
        {
            error("prijzen", "Verplicht.");
            return;
        }

        Statement("prijzen", prices.Status, prices.Source, error);
        if (prices.BaseYear is not { } baseYear || baseYear < 2000 || baseYear > 2100)
        {
            error("prijzen.prijspeiljaar", "Verplicht, een jaar tussen 2000 en 2100.");
        }
        else
        {
            definition.PriceBaseYear = baseYear;
        }

        if (prices.Indexation is not { } indexation || indexation <= -0.5m || indexation >= 1m)
        {
            error("prijzen.indexatie", "Verplicht, een fractie groter dan -0,5 en kleiner dan 1 (0,0378 = 3,78%).");
        }
        else
        {
            definition.PriceIndexation = indexation;
        }

        if (prices.DurationMonths is not { } duration || duration < 1 || duration > 60)
        {
            error("prijzen.duurMaanden", "Verplicht, 1 tot en met 60.");
        }
        else
        {
            definition.DurationMonths = duration;
        }

        if (prices.StartMonth is not { } start || start < 1 || start > 12)
        {
            error("prijzen.startmaand", "Verplicht, 1 tot en met 12.");
        }
        else
        {
            definition.StartMonth = start;
        }

        var levels = TrajectoryLevels.All;
        definition.ContractedPriceCents = new long[levels.Count];
        definition.CustomPriceCents = new long[levels.Count];
        definition.LevelShares = new long[levels.Count];
        var perLevel = prices.PerLevel ?? new Dictionary<string, LevelPriceInput>();
        foreach (var level in perLevel.Keys.Where(l => TrajectoryLevels.IndexOf(l) < 0))
        {
            error("prijzen.perNiveau." + level, $"Onbekend niveau; bekend zijn {string.Join(", ", levels)}.");
        }

        for (var i = 0; i < levels.Count; i++)
        {
            var field = "prijzen.perNiveau." + levels[i];
            if (!perLevel.TryGetValue(levels[i], out var price))
            {
                error(field, "Verplicht voor elk niveau.");
                continue;
            }

            definition.ContractedPriceCents[i] = Amount(price.Contracted, field + ".gecontracteerd", error);
            definition.CustomPriceCents[i] = Amount(price.Custom, field + ".maatwerk", error);
        }

        var shares = prices.LevelShares ?? new Dictionary<string, decimal>();
        var total = 0m;
        foreach (var (level, share) in shares)
        {
            var index = TrajectoryLevels.IndexOf(level);
            var field = "prijzen.niveauverdeling." + level;
            if (index < 0)
            {
                error(field, $"Onbekend niveau; bekend zijn {string.Join(", ", levels)}.");
            }
            else if (share < 0 || share > 1 || share * ScenarioDefinition.LevelShareScale != decimal.Truncate(share * ScenarioDefinition.LevelShareScale))
            {
                error(field, "Een aandeel van 0 tot en met 1 met ten hoogste vier decimalen.");
            }
            else
            {
                definition.LevelShares[index] = (long)(share * ScenarioDefinition.LevelShareScale);
                total += share;
            }
        }

        if (total != 1m)
        {
            error("prijzen.niveauverdeling", string.Create(CultureInfo.InvariantCulture, $"De aandelen tellen op tot {total}, niet tot 1."));
        }
    }

    private static void Pot(CappedPotInput? pot, ScenarioDefinition definition, int yearCount, int first, Func<int, bool> inRange, Action<string, string> error)
    {
        if (pot is null)
        {
            return;
        }

        Statement("budgetpot", pot.Status, pot.Source, error);
        definition.PotCents = new long[yearCount];
        if (pot.Key is not (ScenarioKeys.YearEndCount or ScenarioKeys.Inhabitants))
        {
            error("budgetpot.verdeelsleutel", $"Moet '{ScenarioKeys.YearEndCount}' of '{ScenarioKeys.Inhabitants}' zijn.");
        }
        else
        {
            definition.PotKey = pot.Key;
        }

        if (pot.AmountPerYear is null || pot.AmountPerYear.Count == 0)
        {
            error("budgetpot.bedragPerJaar", "Verplicht.");
            return;
        }

        foreach (var (year, amount) in pot.AmountPerYear)
        {
            var field = "budgetpot.bedragPerJaar." + year.ToString(CultureInfo.InvariantCulture);
            if (!inRange(year))
            {
                error(field, "Jaar valt buiten de jaren van het scenario.");
            }
            else if (amount < 0 || amount != decimal.Truncate(amount) || amount > 10_000_000_000m)
            {
                error(field, "Een geheel aantal euro's, niet negatief, ten hoogste 10 miljard.");
            }
            else
            {
                definition.PotCents[year - first] = Money.FromEuros(amount).Cents;
            }
        }
    }

    private static void LevelGuarantee(LevelGuaranteeInput? guarantee, ScenarioDefinition definition, Action<string, string> error)
    {
        if (guarantee is null)
        {
            return;
        }

        Statement("garantieprijsPerNiveau", guarantee.Status, guarantee.Source, error);
        var amounts = guarantee.Amounts ?? new Dictionary<string, decimal>();
        foreach (var level in amounts.Keys.Where(l => TrajectoryLevels.IndexOf(l) < 0))
        {
            error("garantieprijsPerNiveau.bedragen." + level, "Onbekend niveau.");
        }

        definition.LevelGuaranteeCents = new long[TrajectoryLevels.All.Count];
        for (var i = 0; i < TrajectoryLevels.All.Count; i++)
        {
            var field = "garantieprijsPerNiveau.bedragen." + TrajectoryLevels.All[i];
            definition.LevelGuaranteeCents[i] = amounts.TryGetValue(TrajectoryLevels.All[i], out var amount) ? Amount(amount, field, error) : Missing(field, error);
        }
    }

    private static void Uncertainty(UncertaintyInput? uncertainty, ScenarioDefinition definition, Action<string, string> error)
    {
        if (uncertainty is null)
        {
            return;
        }

        Statement("onzekerheid", uncertainty.Status, uncertainty.Source, error);
        if (uncertainty.ParticipantsCv is not { } cv || cv < 0 || cv > 5)
        {
            error("onzekerheid.variatiecoefficientDeelnemers", "Verplicht, 0 tot en met 5.");
        }
        else
        {
            definition.ParticipantsCv = cv;
        }

        if (uncertainty.PriceCv is { } priceCv && (priceCv < 0 || priceCv > 5))
        {
            error("onzekerheid.variatiecoefficientPrijs", "0 tot en met 5.");
        }
        else
        {
            definition.PriceCv = uncertainty.PriceCv;
        }
    }

    private static long Amount(decimal? euros, string field, Action<string, string> error)
    {
        if (euros is null)
        {
            return Missing(field, error);
        }

        if (euros < 0 || euros > 10_000_000m || !Money.TryFromEuros(euros.Value, out var money))
        {
            error(field, "Een bedrag in euro's met ten hoogste twee decimalen, 0 tot en met 10 miljoen.");
            return 0;
        }

        return money.Cents;
    }

    private static long Missing(string field, Action<string, string> error)
    {
        error(field, "Verplicht.");
        return 0;
    }

    /// <summary>Every scenario assumption carries a status and a source, like a parameter value.</summary>
    private static void Statement(string block, string? status, string? source, Action<string, string> error)
    {
        if (!ParameterStatusNames.TryParse(status, out _))
        {
            error(block + ".status", "Verplicht: 'aanname' of 'bevestigd'.");
        }

        if (string.IsNullOrWhiteSpace(source))
        {
            error(block + ".bron", "Verplicht: de bron of de redenering.");
        }
    }
}
