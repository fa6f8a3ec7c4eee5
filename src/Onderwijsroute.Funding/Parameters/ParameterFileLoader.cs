using NodaTime;
using NodaTime.Text;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Onderwijsroute.Funding.Parameters;

/// <summary>
/// Reads one scheme's parameter file strictly: an unknown key, a value without reference or status, overlapping
/// date ranges, or a budget year of the scheme's period without a value are load errors, never silently accepted.
/// </summary>
internal static class ParameterFileLoader
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .WithDuplicateKeyChecking()
        .Build();

    public static SchemeDefinition Load(string fileName, TextReader reader)
    {
        SchemeFile file;
        try
        {
            file = Deserializer.Deserialize<SchemeFile>(reader)
                ?? throw new ParameterLoadException(fileName, "the file is empty");
        }
        catch (YamlException e)
        {
            throw new ParameterLoadException(fileName, $"line {e.Start.Line}, column {e.Start.Column}: {Innermost(e).Message}", e);
        }

        var id = Required(fileName, file.Id, "id");
        var firstYear = file.Years?.From ?? throw new ParameterLoadException(fileName, "'years.from' is missing");
        var lastYear = file.Years.Until ?? throw new ParameterLoadException(fileName, "'years.until' is missing");
        if (lastYear < firstYear)
        {
            throw new ParameterLoadException(fileName, "'years.until' precedes 'years.from'");
        }

        if (file.Parameters is null || file.Parameters.Count == 0)
        {
            throw new ParameterLoadException(fileName, "'parameters' is missing or empty");
        }

        var parameters = file.Parameters
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => ReadParameter(fileName, p.Key, p.Value, firstYear, lastYear))
            .ToArray();
        var kind = file.Kind switch
        {
            null or SchemeKindNames.FundingScheme => SchemeKind.FundingScheme,
            SchemeKindNames.Assumptions => SchemeKind.Assumptions,
            _ => throw new ParameterLoadException(fileName, $"'kind' is '{file.Kind}', neither '{SchemeKindNames.FundingScheme}' nor '{SchemeKindNames.Assumptions}'"),
        };
        return new SchemeDefinition(
            id,
            kind,
            Required(fileName, file.Name, "name"),
            Required(fileName, file.Description, "description"),
            Required(fileName, file.LegalBasis, "legalBasis"),
            firstYear,
            lastYear,
            parameters);
    }

    private static ParameterDefinition ReadParameter(string fileName, string name, ParameterFile? parameter, int firstYear, int lastYear)
    {
        var where = $"parameter '{name}'";
        if (parameter is null)
        {
            throw new ParameterLoadException(fileName, $"{where} is empty");
        }

        var unitText = Required(fileName, parameter.Unit, where + ": 'unit'");
        if (!ParameterUnitNames.TryParse(unitText, out var unit))
        {
            throw new ParameterLoadException(fileName, $"{where}: unknown unit '{unitText}' (euro, aantal, jaren, fractie, tekst)");
        }

        if (parameter.Values is null || parameter.Values.Count == 0)
        {
            throw new ParameterLoadException(fileName, $"{where}: 'values' is missing or empty");
        }

        var values = parameter.Values.Select((v, i) => ReadValue(fileName, $"{where}, value {i + 1}", unit, v)).OrderBy(v => v.From).ToArray();
        for (var i = 1; i < values.Length; i++)
        {
            if (values[i - 1].Overlaps(values[i]))
            {
                throw new ParameterLoadException(fileName, $"{where}: the values from {values[i - 1].From:yyyy-MM-dd} and from {values[i].From:yyyy-MM-dd} overlap");
            }
        }

        var definition = new ParameterDefinition(name, Required(fileName, parameter.Description, where + ": 'description'"), unit, values);
        for (var year = firstYear; year <= lastYear; year++)
        {
            if (definition.ValueOn(new LocalDate(year, 1, 1)) is null || definition.ValueOn(new LocalDate(year, 12, 31)) is null)
            {
                throw new ParameterLoadException(fileName, $"{where}: no value for the whole of {year}, which the scheme covers");
            }
        }

        return definition;
    }

    private static DatedValue ReadValue(string fileName, string where, ParameterUnit unit, ValueFile? value)
    {
        if (value is null)
        {
            throw new ParameterLoadException(fileName, $"{where} is empty");
        }

        var from = ParseDate(fileName, where + ": 'from'", Required(fileName, value.From, where + ": 'from'"));
        LocalDate? until = value.Until is null ? null : ParseDate(fileName, where + ": 'until'", value.Until);
        if (until < from)
        {
            throw new ParameterLoadException(fileName, $"{where}: 'until' precedes 'from'");
        }

        if (!ParameterValue.TryParse(unit, value.Value, out var parsed, out var problem))
        {
            throw new ParameterLoadException(fileName, $"{where}: {problem}");
        }

        var statusText = Required(fileName, value.Status, where + ": 'status'");
        if (!ParameterStatusNames.TryParse(statusText, out var status))
        {
            throw new ParameterLoadException(fileName, $"{where}: status '{statusText}' is neither 'bevestigd' nor 'aanname'");
        }

        return new DatedValue(from, until, parsed!, status, Required(fileName, value.Reference, where + ": 'reference'"));
    }

    private static LocalDate ParseDate(string fileName, string where, string text)
    {
        var result = LocalDatePattern.Iso.Parse(text);
        return result.Success ? result.Value : throw new ParameterLoadException(fileName, $"{where}: '{text}' is not a date (yyyy-MM-dd)");
    }

    private static string Required(string fileName, string? text, string what) =>
        string.IsNullOrWhiteSpace(text) ? throw new ParameterLoadException(fileName, $"{what} is missing") : text.Trim();

    private static Exception Innermost(Exception e) => e.InnerException is null ? e : Innermost(e.InnerException);

    private sealed class SchemeFile
    {
        public string? Id { get; set; }

        public string? Kind { get; set; }

        public string? Name { get; set; }

        public string? Description { get; set; }

        public string? LegalBasis { get; set; }

        public YearsFile? Years { get; set; }

        public Dictionary<string, ParameterFile?>? Parameters { get; set; }
    }

    private sealed class YearsFile
    {
        public int? From { get; set; }

        public int? Until { get; set; }
    }

    private sealed class ParameterFile
    {
        public string? Description { get; set; }

        public string? Unit { get; set; }

        public List<ValueFile?>? Values { get; set; }
    }

    private sealed class ValueFile
    {
        public string? From { get; set; }

        public string? Until { get; set; }

        public string? Value { get; set; }

        public string? Status { get; set; }

        public string? Reference { get; set; }
    }
}
