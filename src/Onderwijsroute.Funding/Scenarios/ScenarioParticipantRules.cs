using Onderwijsroute.Funding.Forecasts;
using Onderwijsroute.Funding.Scenarios.Documents;
using Onderwijsroute.Funding.Schemes;

namespace Onderwijsroute.Funding.Scenarios;

/// <summary>
/// How many participants a scenario has by housing year (<c>deelnemers</c>, or the national projection) and how they
/// spread over the gemeenten (<c>spreiding</c>): by inhabitants, by a key per gemeente, or as counts per year and gemeente.
/// </summary>
internal static class ScenarioParticipantRules
{
    // Bounds that keep every sum and product in range (found by the API fuzz test: a count near long.MaxValue
    // overflowed the yearly sum); far above any real onderwijsroute count.
    private const long MaxCountPerMunicipality = 1_000_000;
    private const long MaxNationalCount = 10_000_000;

    public static void Check(SpreadDocument? spread, ParticipantsDocument? participants, ScenarioCheck check)
    {
        var method = Spread(spread, check);
        Participants(participants, method, check);
    }

    private static SpreadMethod Spread(SpreadDocument? spread, ScenarioCheck check)
    {
        if (spread is null)
        {
            check.Error("spreiding", "Verplicht.");
            return SpreadMethod.Inhabitants;
        }

        check.Statement("spreiding", spread);
        SpreadMethod? method = spread.Methode switch
        {
            ScenarioKeys.Inhabitants => SpreadMethod.Inhabitants,
            ScenarioKeys.Key => SpreadMethod.Key,
            ScenarioKeys.Counts => SpreadMethod.Counts,
            _ => null,
        };
        if (method is null)
        {
            check.Error("spreiding.methode", $"Moet '{ScenarioKeys.Inhabitants}', '{ScenarioKeys.Key}' of '{ScenarioKeys.Counts}' zijn.");
            return SpreadMethod.Inhabitants;
        }

        var definition = check.Definition;
        definition.SpreadMethod = method.Value;
        if (method == SpreadMethod.Key)
        {
            if (spread.Sleutel is null || spread.Sleutel.Count == 0)
            {
                check.Error("spreiding.sleutel", "Verplicht bij methode 'sleutel'.");
            }
            else
            {
                definition.SpreadKey = PerMunicipality(spread.Sleutel, "spreiding.sleutel", check);
                if (definition.SpreadKey.Sum() == 0)
                {
                    check.Error("spreiding.sleutel", "De gewichten tellen op tot 0.");
                }
            }
        }
        else if (spread.Sleutel is not null)
        {
            check.Error("spreiding.sleutel", "Alleen bij methode 'sleutel'.");
        }

        if (method == SpreadMethod.Counts)
        {
            definition.SuppliedCounts = new long[check.YearCount][];
            for (var y = 0; y < check.YearCount; y++)
            {
                definition.SuppliedCounts[y] = new long[check.Data.Municipalities.Count];
            }

            if (spread.Aantallen is null || spread.Aantallen.Count == 0)
            {
                check.Error("spreiding.aantallen", "Verplicht bij methode 'aantallen'.");
            }
            else
            {
                foreach (var (year, counts) in spread.Aantallen)
                {
                    var field = "spreiding.aantallen." + year.ToString(CultureInfo.InvariantCulture);
                    if (counts is null)
                    {
                        // A year written as null in JSON (found by the fuzz test: a 500 before).
                        check.Error(field, "Verplicht: per gemeentecode een aantal, of laat het jaar weg.");
                        continue;
                    }

                    if (!check.InYears(year, field))
                    {
                        continue;
                    }

                    definition.SuppliedCounts[year - check.First] = PerMunicipality(counts, field, check);
                }
            }
        }
        else if (spread.Aantallen is not null)
        {
            check.Error("spreiding.aantallen", "Alleen bij methode 'aantallen'.");
        }

        return method.Value;
    }

    /// <summary>A value per gemeente code at the gemeente's position: known codes, 0 to 1,000,000.</summary>
    private static long[] PerMunicipality(IReadOnlyDictionary<string, long> values, string field, ScenarioCheck check)
    {
        var data = check.Data;
        var result = new long[data.Municipalities.Count];
        foreach (var (code, value) in values)
        {
            var index = MunicipalityCode.TryParse(code, out var parsed) ? data.IndexOf(parsed) : -1;
            if (index < 0)
            {
                check.Error($"{field}.{code}", InputMessages.UnknownMunicipality(code, data));
            }
            else if (value < 0)
            {
                check.Error($"{field}.{code}", InputMessages.Negative("Het aantal"));
            }
            else if (value > MaxCountPerMunicipality)
            {
                check.Error($"{field}.{code}", "Hoogstens 1.000.000.");
            }
            else
            {
                result[index] = value;
            }
        }

        return result;
    }

    /// <summary>Without its own numbers a scenario takes the national projection's inflow of the variant in force (docs/domain.md §4.8).</summary>
    private static void Projection(ScenarioCheck check)
    {
        var definition = check.Definition;
        var assumptions = definition.Catalogue.FindScheme(SchemeIds.ForecastAssumptions) ?? throw new InvalidDataException("The forecast assumptions are missing.");
        if (check.YearCount == 0)
        {
            return;
        }

        var variant = definition.Catalogue.ForYear(assumptions.Id, ForecastParameterNames.ProjectionVariant, check.First).Value.AsText();
        if (assumptions.FindParameter(ForecastParameterNames.InflowPrefix + variant) is null)
        {
            // An unknown variant is named once, with the projection's other parameters (ScenarioOverrideRules.CheckYears).
            return;
        }

        definition.ProjectionVariant = variant;
        for (var y = 0; y < check.YearCount; y++)
        {
            definition.ParticipantsPerYear[y] = definition.Catalogue.ForYear(assumptions.Id, ForecastParameterNames.InflowPrefix + variant, check.First + y).Value.AsInteger();
        }
    }

    private static void Participants(ParticipantsDocument? participants, SpreadMethod method, ScenarioCheck check)
    {
        var definition = check.Definition;
        definition.ParticipantsPerYear = new long[check.YearCount];
        if (method == SpreadMethod.Counts)
        {
            for (var y = 0; y < check.YearCount && y < definition.SuppliedCounts.Length; y++)
            {
                definition.ParticipantsPerYear[y] = definition.SuppliedCounts[y].Sum();
                if (definition.ParticipantsPerYear[y] > MaxNationalCount)
                {
                    // The national bound of deelnemers.perJaar holds for counts too (342 gemeenten of 1,000,000 each passed).
                    check.Error("spreiding.aantallen." + (check.First + y).ToString(CultureInfo.InvariantCulture), "Samen hoogstens 10.000.000 per jaar.");
                }
            }
        }

        if (participants is null)
        {
            if (method != SpreadMethod.Counts)
            {
                Projection(check);
            }

            return;
        }

        check.Statement("deelnemers", participants);
        var perYear = participants.PerJaar ?? new Dictionary<int, long>();
        foreach (var (year, count) in perYear)
        {
            var field = "deelnemers.perJaar." + year.ToString(CultureInfo.InvariantCulture);

            // The count itself is judged even when the years are not (then only the year's place waits for valid years).
            var inYears = check.InYears(year, field);
            var y = year - check.First;
            if (count < 0)
            {
                check.Error(field, InputMessages.Negative("Het aantal"));
            }
            else if (count > MaxNationalCount)
            {
                check.Error(field, "Hoogstens 10.000.000.");
            }
            else if (!inYears)
            {
                continue;
            }
            else if (method == SpreadMethod.Counts && count != definition.ParticipantsPerYear[y])
            {
                check.Error(field, string.Create(CultureInfo.InvariantCulture, $"Wijkt af van de som van spreiding.aantallen voor {year} ({definition.ParticipantsPerYear[y]})."));
            }
            else
            {
                definition.ParticipantsPerYear[y] = count;
            }
        }

        for (var y = 0; method != SpreadMethod.Counts && y < check.YearCount; y++)
        {
            if (!perYear.ContainsKey(check.First + y))
            {
                check.Error("deelnemers.perJaar." + (check.First + y).ToString(CultureInfo.InvariantCulture), "Verplicht voor elk jaar van het scenario.");
            }
        }
    }
}
