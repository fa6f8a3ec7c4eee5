using NodaTime.Text;
using Onderwijsroute.Funding.Parameters.Sources;

namespace Onderwijsroute.Funding.Parameters;

/// <summary>
/// Reads one scheme's parameter file strictly: an unknown key; a value without status or source; a source that is not
/// in the register; a status its sources, formula or reasoning do not support; a formula that does not give its value;
/// overlapping date ranges; or a budget year of the scheme's period without a value — each a load error naming the
/// file and line, never silently accepted.
/// </summary>
internal static class ParameterFileLoader
{
    public static SchemeDefinition Load(string fileName, TextReader reader, SourceRegister sources)
    {
        var root = YamlMap.Root(fileName, reader);
        var id = root.RequiredText("id");
        var years = root.RequiredMap("years");
        var firstYear = Year(years, "from");
        var lastYear = Year(years, "until");
        years.RejectUnknownKeys();
        if (lastYear < firstYear)
        {
            throw years.Error("'years.until' precedes 'years.from'");
        }

        var kind = root.Text("kind") switch
        {
            null or SchemeKindNames.FundingScheme => SchemeKind.FundingScheme,
            SchemeKindNames.Assumptions => SchemeKind.Assumptions,
            var other => throw root.Error($"'kind' is '{other}', neither '{SchemeKindNames.FundingScheme}' nor '{SchemeKindNames.Assumptions}'"),
        };
        var parameterMap = root.RequiredMap("parameters");
        var read = parameterMap.Entries()
            .Select(p => ReadParameter(p.Key, p.Line, p.Value, firstYear, lastYear, sources))
            .OrderBy(p => p.Definition.Name, StringComparer.Ordinal)
            .ToArray();
        if (read.Length == 0)
        {
            throw parameterMap.Error("'parameters' is empty");
        }

        CheckFormulas(fileName, read);
        var scheme = new SchemeDefinition(
            id,
            kind,
            root.RequiredText("name"),
            root.RequiredText("description"),
            root.RequiredText("legalBasis"),
            firstYear,
            lastYear,
            read.Select(p => p.Definition).ToArray());
        root.RejectUnknownKeys();
        return scheme;
    }

    private static int Year(YamlMap years, string key) =>
        int.TryParse(years.RequiredText(key), NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : throw years.Error($"'years.{key}' is not a year");

    private static LoadedParameter ReadParameter(string name, int line, YamlMap map, int firstYear, int lastYear, SourceRegister sources)
    {
        var where = $"parameter '{name}'";
        var unitText = map.RequiredText("unit");
        if (!ParameterUnitNames.TryParse(unitText, out var unit))
        {
            throw map.Error($"{where}: unknown unit '{unitText}' (euro, aantal, jaren, fractie, tekst)");
        }

        var description = map.RequiredText("description");
        var valueMaps = map.MapList("values");
        map.RejectUnknownKeys();
        if (valueMaps.Count == 0)
        {
            throw new ParameterLoadException(map.FileName, line, $"{where}: 'values' is missing or empty");
        }

        var values = valueMaps.Select(v => (Value: ReadValue(where, unit, v, sources), v.Line)).OrderBy(v => v.Value.From).ToArray();
        for (var i = 1; i < values.Length; i++)
        {
            if (values[i - 1].Value.Overlaps(values[i].Value))
            {
                throw new ParameterLoadException(map.FileName, values[i].Line, $"{where}: the values from {values[i - 1].Value.From:yyyy-MM-dd} and from {values[i].Value.From:yyyy-MM-dd} overlap");
            }
        }

        var definition = new ParameterDefinition(name, description, unit, values.Select(v => v.Value).ToArray());
        for (var year = firstYear; year <= lastYear; year++)
        {
            if (definition.ValueOn(new LocalDate(year, 1, 1)) is null || definition.ValueOn(new LocalDate(year, 12, 31)) is null)
            {
                throw new ParameterLoadException(map.FileName, line, $"{where}: no value for the whole of {year}, which the scheme covers");
            }
        }

        return new LoadedParameter(definition, values.Select(v => v.Line).ToArray());
    }

    private static DatedValue ReadValue(string where, ParameterUnit unit, YamlMap map, SourceRegister sources)
    {
        var from = ParseDate(map, where, "from") ?? throw map.Error($"{where}: 'from' is missing");
        var until = ParseDate(map, where, "until");
        if (until < from)
        {
            throw map.Error($"{where}: 'until' precedes 'from'");
        }

        if (!ParameterValue.TryParse(unit, map.Text("value"), out var parsed, out var problem))
        {
            throw map.Error($"{where}: {problem}");
        }

        var statusText = map.Text("status") ?? throw map.Error($"{where}: 'status' is missing");
        if (!ParameterStatusNames.TryParse(statusText, out var status))
        {
            throw map.Error($"{where}: status '{statusText}' is not one of {ParameterStatusNames.Known}");
        }

        var citations = map.TextOrList("source").Select(c => sources.TryCite(c.Text, out var citation)
            ? citation!
            : throw new ParameterLoadException(map.FileName, c.Line, $"{where}: source '{Citation.Split(c.Text).Id}' is not in the register ({SourceRegister.FileName})")).ToArray();
        var formula = map.Text("formula");
        var reasoning = map.Text("reasoning");
        map.RejectUnknownKeys();
        if (ProvenanceRules.Problem(status, citations, formula, reasoning) is { } rule)
        {
            throw map.Error($"{where}: {rule}");
        }

        if (formula is not null && unit == ParameterUnit.Text)
        {
            throw map.Error($"{where}: a text value has no formula");
        }

        return new DatedValue(from, until, parsed!, status, citations, formula, reasoning);
    }

    /// <summary>Every formula must give exactly the value written beside it, from the values written in the same file.</summary>
    private static void CheckFormulas(string fileName, IReadOnlyList<LoadedParameter> parameters)
    {
        var byName = parameters.ToDictionary(p => p.Definition.Name, p => p.Definition, StringComparer.Ordinal);
        foreach (var (parameter, lines) in parameters)
        {
            for (var i = 0; i < parameter.Values.Count; i++)
            {
                var value = parameter.Values[i];
                if (value.Formula is null)
                {
                    continue;
                }

                var selfReference = false;
                decimal? Lookup(string name, LocalDate date)
                {
                    var used = byName.GetValueOrDefault(name)?.ValueOn(date);
                    selfReference |= ReferenceEquals(used, value);
                    return used is { Value.Unit: not ParameterUnit.Text } ? used.Value.Number : null;
                }

                if (!ParameterFormula.TryEvaluate(value.Formula, Lookup, out var result, out var problem))
                {
                    throw new ParameterLoadException(fileName, lines[i], $"parameter '{parameter.Name}': {problem}");
                }

                if (selfReference)
                {
                    throw new ParameterLoadException(fileName, lines[i], $"parameter '{parameter.Name}': formula '{value.Formula}' refers to the value it computes");
                }

                if (result != value.Value.Number)
                {
                    throw new ParameterLoadException(fileName, lines[i], $"parameter '{parameter.Name}': formula '{value.Formula}' gives {result}, not the value {value.Value}");
                }
            }
        }
    }

    private static LocalDate? ParseDate(YamlMap map, string where, string key)
    {
        var text = map.Text(key);
        if (text is null)
        {
            return null;
        }

        var result = LocalDatePattern.Iso.Parse(text);
        return result.Success ? result.Value : throw map.Error($"{where}: '{key}' is '{text}', not a date (yyyy-MM-dd)");
    }

    private sealed record LoadedParameter(ParameterDefinition Definition, IReadOnlyList<int> Lines);
}
