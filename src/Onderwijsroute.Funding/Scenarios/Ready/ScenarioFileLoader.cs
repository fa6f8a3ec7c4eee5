using NodaTime;
using NodaTime.Text;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Onderwijsroute.Funding.Scenarios.Ready;

/// <summary>A scenario file that cannot be read: malformed YAML, an unknown key or a malformed date.</summary>
public sealed class ScenarioLoadException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="fileName">The file.</param>
    /// <param name="problem">What is wrong.</param>
    /// <param name="inner">The parser's exception, if any.</param>
    public ScenarioLoadException(string fileName, string problem, Exception? inner = null)
        : base($"{fileName}: {problem}", inner)
    {
    }
}

/// <summary>
/// Reads a scenario file strictly: the keys are the Dutch field names of the API (<c>naam</c>, <c>jaren.van</c>,
/// <c>prijzen.perNiveau</c> …); an unknown or repeated key is an error, never ignored. The content is checked by
/// <see cref="ScenarioDefinition.Create"/> afterwards.
/// </summary>
internal static class ScenarioFileLoader
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .WithDuplicateKeyChecking()
        .Build();

    public static ScenarioInput Load(string fileName, TextReader reader)
    {
        ScenarioFile file;
        try
        {
            file = Deserializer.Deserialize<ScenarioFile>(reader) ?? throw new ScenarioLoadException(fileName, "the file is empty");
        }
        catch (YamlException e)
        {
            throw new ScenarioLoadException(fileName, $"line {e.Start.Line}, column {e.Start.Column}: {(e.InnerException ?? e).Message}", e);
        }

        return new ScenarioInput
        {
            Name = file.Naam,
            Description = file.Omschrijving,
            FirstYear = file.Jaren?.Van,
            LastYear = file.Jaren?.TotEnMet,
            Overrides = file.Overschrijvingen?.Select((o, i) => new ScenarioOverrideInput
            {
                SchemeId = o.Regeling,
                ParameterName = o.Parameter,
                From = Date(fileName, $"overschrijvingen[{i}].van", o.Van),
                Until = Date(fileName, $"overschrijvingen[{i}].totEnMet", o.TotEnMet),
                Value = o.Waarde,
                Reason = o.Reden,
            }).ToArray(),
            Participants = file.Deelnemers is { } d ? new ParticipantProjectionInput { PerYear = d.PerJaar, Status = d.Status, Source = d.Bron } : null,
            Spread = file.Spreiding is { } s
                ? new SpreadInput
                {
                    Method = s.Methode,
                    Key = s.Sleutel,
                    Counts = s.Aantallen?.ToDictionary(a => a.Key, a => (IReadOnlyDictionary<string, long>)a.Value),
                    Status = s.Status,
                    Source = s.Bron,
                }
                : null,
            Prices = file.Prijzen is { } p
                ? new PriceInput
                {
                    BaseYear = p.Prijspeiljaar,
                    Indexation = p.Indexatie,
                    DurationMonths = p.DuurMaanden,
                    StartMonth = p.Startmaand,
                    PerLevel = p.PerNiveau?.ToDictionary(l => l.Key, l => new LevelPriceInput { Contracted = l.Value.Gecontracteerd, Custom = l.Value.Maatwerk }),
                    LevelShares = p.Niveauverdeling,
                    Status = p.Status,
                    Source = p.Bron,
                }
                : null,
            Pot = file.Budgetpot is { } b ? new CappedPotInput { AmountPerYear = b.BedragPerJaar, Key = b.Verdeelsleutel, Status = b.Status, Source = b.Bron } : null,
            LevelGuarantee = file.GarantieprijsPerNiveau is { } g ? new LevelGuaranteeInput { Amounts = g.Bedragen, Status = g.Status, Source = g.Bron } : null,
            Uncertainty = file.Onzekerheid is { } u ? new UncertaintyInput { ParticipantsCv = u.VariatiecoefficientDeelnemers, PriceCv = u.VariatiecoefficientPrijs, Status = u.Status, Source = u.Bron } : null,
        };
    }

    private static LocalDate? Date(string fileName, string field, string? text)
    {
        if (text is null)
        {
            return null;
        }

        var result = LocalDatePattern.Iso.Parse(text);
        return result.Success ? result.Value : throw new ScenarioLoadException(fileName, $"{field}: '{text}' is geen datum (jjjj-mm-dd)");
    }

#pragma warning disable CA1812 // Instantiated by YamlDotNet.
    private sealed class ScenarioFile
    {
        public string? Naam { get; set; }

        public string? Omschrijving { get; set; }

        public YearsFile? Jaren { get; set; }

        public List<OverrideFile>? Overschrijvingen { get; set; }

        public ParticipantsFile? Deelnemers { get; set; }

        public SpreadFile? Spreiding { get; set; }

        public PricesFile? Prijzen { get; set; }

        public PotFile? Budgetpot { get; set; }

        public GuaranteeFile? GarantieprijsPerNiveau { get; set; }

        public UncertaintyFile? Onzekerheid { get; set; }
    }

    private sealed class YearsFile
    {
        public int? Van { get; set; }

        public int? TotEnMet { get; set; }
    }

    private sealed class OverrideFile
    {
        public string? Regeling { get; set; }

        public string? Parameter { get; set; }

        public string? Van { get; set; }

        public string? TotEnMet { get; set; }

        public string? Waarde { get; set; }

        public string? Reden { get; set; }
    }

    private class StatementFile
    {
        public string? Status { get; set; }

        public string? Bron { get; set; }
    }

    private sealed class ParticipantsFile : StatementFile
    {
        public Dictionary<int, long>? PerJaar { get; set; }
    }

    private sealed class SpreadFile : StatementFile
    {
        public string? Methode { get; set; }

        public Dictionary<string, long>? Sleutel { get; set; }

        public Dictionary<int, Dictionary<string, long>>? Aantallen { get; set; }
    }

    private sealed class PricesFile : StatementFile
    {
        public int? Prijspeiljaar { get; set; }

        public decimal? Indexatie { get; set; }

        public int? DuurMaanden { get; set; }

        public int? Startmaand { get; set; }

        public Dictionary<string, LevelPriceFile>? PerNiveau { get; set; }

        public Dictionary<string, decimal>? Niveauverdeling { get; set; }
    }

    private sealed class LevelPriceFile
    {
        public decimal? Gecontracteerd { get; set; }

        public decimal? Maatwerk { get; set; }
    }

    private sealed class PotFile : StatementFile
    {
        public Dictionary<int, decimal>? BedragPerJaar { get; set; }

        public string? Verdeelsleutel { get; set; }
    }

    private sealed class GuaranteeFile : StatementFile
    {
        public Dictionary<string, decimal>? Bedragen { get; set; }
    }

    private sealed class UncertaintyFile : StatementFile
    {
        public decimal? VariatiecoefficientDeelnemers { get; set; }

        public decimal? VariatiecoefficientPrijs { get; set; }
    }
#pragma warning restore CA1812
}
