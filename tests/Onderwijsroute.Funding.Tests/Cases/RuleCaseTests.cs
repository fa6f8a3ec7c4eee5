using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Onderwijsroute.Funding.Allocation;
using Onderwijsroute.Funding.Parameters;
using Onderwijsroute.Funding.ReferenceData;
using Onderwijsroute.Funding.Scenarios;
using Onderwijsroute.Funding.Scenarios.Ready;
using Onderwijsroute.Funding.Schemes.EducationRouteSupplement;
using Onderwijsroute.Funding.Schemes.RegularGrant;
using Onderwijsroute.Funding.Settlement;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Onderwijsroute.Funding.Tests.Cases;

/// <summary>Runs every rule case under Cases/ (one theory row per file).</summary>
public class RuleCaseTests
{
    private static readonly string CasesRoot = Path.Combine(AppContext.BaseDirectory, "Cases");
    private static readonly IDeserializer Yaml = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();

    public static TheoryData<string> CaseFiles() => new(CaseFileNames());

    private static IEnumerable<string> CaseFileNames() =>
        Directory.EnumerateFiles(CasesRoot, "*.yaml", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(CasesRoot, file))
            .Order(StringComparer.Ordinal);

    [Fact]
    public void EveryScheme_HasAtLeastThreeCases()
    {
        var perFolder = CaseFileNames().Select(file => Path.GetDirectoryName(file)!).GroupBy(f => f).ToDictionary(g => g.Key, g => g.Count());

        Assert.True(perFolder.GetValueOrDefault("prognose") >= 3, "The forecast has fewer than three rule cases.");
        foreach (var scheme in ParameterCatalogue.Embedded.Schemes.Where(s => s.IsFundingScheme))
        {
            Assert.True(perFolder.GetValueOrDefault(scheme.Id) >= 3, $"Scheme {scheme.Id} has fewer than three rule cases.");
        }
    }

    [Theory]
    [MemberData(nameof(CaseFiles))]
    public void RuleCase_GivesTheHandWorkedAmounts(string file)
    {
        var ruleCase = Yaml.Deserialize<RuleCase>(File.ReadAllText(Path.Combine(CasesRoot, file)));
        var catalogue = Catalogue(ruleCase);
        Action run = ruleCase.Soort switch
        {
            "verdeling" => () => CheckAllocation(ruleCase),
            "voorschot" => () => CheckAdvance(ruleCase, catalogue),
            "vaststelling" => () => CheckSettlement(ruleCase, catalogue),
            "regulier" => () => CheckRegularGrant(ruleCase, catalogue),
            "toeslag" => () => CheckSupplement(ruleCase, catalogue),
            "scenario" => () => CheckScenario(ruleCase),
            "prognose" => () => ForecastCaseRunner.Check(ruleCase, catalogue),
            _ => throw new InvalidDataException($"{file}: unknown soort '{ruleCase.Soort}'."),
        };

        run();
    }

    /// <summary>The result of a case that expects one, or <c>null</c> after checking that a refusal names the expected field.</summary>
    internal static T? Accepted<T>(RuleCase ruleCase, Validated<T> outcome)
        where T : class
    {
        if (ruleCase.Verwacht.Fout is { } field)
        {
            Assert.Equal(field, Refusal.PathOf(outcome));
            return null;
        }

        return outcome.Value;
    }

    private static ParameterCatalogue Catalogue(RuleCase ruleCase) =>
        ruleCase.Overschrijvingen is null
            ? ParameterCatalogue.Embedded
            : ParameterCatalogue.Embedded.WithOverrides(ruleCase.Overschrijvingen.Select(o => ParameterOverride.ForYear(o.Regeling, o.Parameter, o.Jaar, o.Waarde, ruleCase.Naam)).ToArray());

    private static void CheckAllocation(RuleCase ruleCase)
    {
        var claims = ruleCase.Gewichten!.Select(w => new AllocationClaim(w.Key, w.Value)).ToArray();
        var allocation = CappedBudgetAllocator.Allocate(Money.FromEuros(ruleCase.Budget!.Value), Money.FromEuros(ruleCase.Eenheid ?? 1m), claims);

        Assert.Equal(ruleCase.Verwacht.NietVerdeeld, allocation.Undistributed.Euros);
        foreach (var (code, amount) in ruleCase.Verwacht.Regels!)
        {
            Assert.Equal(Number(amount), allocation.AmountFor(code)!.Value.Euros);
        }
    }

    private static void CheckAdvance(RuleCase ruleCase, ParameterCatalogue catalogue)
    {
        var outcome = AdvanceCalculator.Calculate(catalogue, ReferenceDataSet.Embedded, new AdvanceRequest(ruleCase.Regeling!, ruleCase.Jaar)
        {
            Budget = ruleCase.Budget is { } budget ? Money.FromEuros(budget) : null,
            PopulationDate = ruleCase.PeildatumInwoners is { } date ? LocalDatePattern.Iso.Parse(date).Value : null,
            RegionWeights = ruleCase.Gewichten?.Select(w => new RegionWeight(RegionCode.Parse(w.Key), w.Value)).ToArray(),
        });
        if (Accepted(ruleCase, outcome) is not { } result)
        {
            return;
        }

        var expected = ruleCase.Verwacht;

        Assert.Equal(expected.NietVerdeeld, result.Undistributed.Euros);
        Assert.Equal(expected.Totaal, result.Lines.Sum(l => l.Advance.Euros));
        if (expected.PeildatumInwoners is { } peildatum)
        {
            Assert.Equal(LocalDatePattern.Iso.Parse(peildatum).Value, result.PopulationDate);
        }

        if (expected.AantalRegels is { } count)
        {
            Assert.Equal(count, result.Lines.Count);
        }

        foreach (var line in result.Lines)
        {
            if (expected.Regels!.TryGetValue(line.Recipient.Value, out var amount))
            {
                Assert.Equal(Number(amount), line.Advance.Euros);
            }
            else if (!expected.AlleenGenoemd)
            {
                Assert.Equal(0m, line.Advance.Euros);
            }
        }
    }

    private static void CheckSettlement(RuleCase ruleCase, ParameterCatalogue catalogue)
    {
        var counts = ruleCase.AantallenLijst is { } list
            ? list.Select(p => new MunicipalityCount(MunicipalityCode.Parse(p[0]), long.Parse(p[1], CultureInfo.InvariantCulture))).ToArray()
            : ruleCase.Aantallen!.Select(c => new MunicipalityCount(MunicipalityCode.Parse(c.Key), c.Value)).ToArray();
        var outcome = SettlementCalculator.Calculate(catalogue, ReferenceDataSet.Embedded, new SettlementRequest(ruleCase.Regeling!, ruleCase.Jaar, counts)
        {
            Budget = ruleCase.Budget is { } budget ? Money.FromEuros(budget) : null,
            Advances = ruleCase.Voorschotten?.Select(a => new MunicipalityAmount(MunicipalityCode.Parse(a.Key), Money.FromEuros(a.Value))).ToArray(),
        });
        if (Accepted(ruleCase, outcome) is not { } result)
        {
            return;
        }

        var expected = ruleCase.Verwacht;

        Assert.Equal(342, result.Lines.Count);
        Assert.Equal(expected.TotaalAantal, result.TotalCount);
        Assert.Equal(expected.BedragPerPersoon, result.AmountPerPerson?.Euros);
        Assert.Equal(expected.NietVerdeeld, result.Undistributed.Euros);
        Assert.Equal(result.Budget, result.TotalDefinitive + result.Undistributed);
        foreach (var line in result.Lines)
        {
            if (expected.Regels!.TryGetValue(line.Municipality.Value, out var value))
            {
                var fields = (Dictionary<object, object>)value;
                Assert.Equal(Number(fields["voorschot"]), line.Advance.Euros);
                Assert.Equal(Number(fields["vastgesteld"]), line.Definitive.Euros);
                Assert.Equal(Number(fields["verschil"]), line.Difference.Euros);
            }
            else
            {
                Assert.Equal(Money.Zero, line.Definitive);
            }
        }
    }

    private static void CheckRegularGrant(RuleCase ruleCase, ParameterCatalogue catalogue)
    {
        var cohorts = ruleCase.Cohorten!.Select(c => new HousingCohort(c.Key, c.Value)).ToArray();
        if (Accepted(ruleCase, RegularGrantCalculator.Calculate(catalogue, ruleCase.Jaar, cohorts)) is not { } result)
        {
            return;
        }

        Assert.Equal(ruleCase.Verwacht.Totaal, result.Total.Euros);
        Assert.Equal(ruleCase.Verwacht.Regels!.Count, result.Lines.Count);
        foreach (var (housingYear, amount) in ruleCase.Verwacht.Regels)
        {
            Assert.Equal(Number(amount), result.Lines.Single(l => l.HousingYear == int.Parse(housingYear, CultureInfo.InvariantCulture)).Amount.Euros);
        }
    }

    private static void CheckSupplement(RuleCase ruleCase, ParameterCatalogue catalogue)
    {
        if (Accepted(ruleCase, SupplementCalculator.PerPerson(catalogue, ruleCase.Jaar)) is not { } result)
        {
            return;
        }

        Assert.Equal(ruleCase.Verwacht.GegarandeerdePrijs, result.GuaranteedPrice.Euros);
        Assert.Equal(ruleCase.Verwacht.Regulier, result.RegularComponent.Euros);
        Assert.Equal(ruleCase.Verwacht.PerPersoon, result.PerPerson.Euros);
    }

    private static void CheckScenario(RuleCase ruleCase)
    {
        var yaml = new SerializerBuilder().Build().Serialize(ruleCase.Scenario!);
        var run = ScenarioEngine.Run(ScenarioDefinition.Create(ReadyScenarios.Read(ruleCase.Naam, new StringReader(yaml)), ParameterCatalogue.Embedded, ReferenceDataSet.Embedded).Value);

        foreach (var (year, figures) in ruleCase.Verwacht.Kengetallen ?? [])
        {
            foreach (var (name, expected) in figures)
            {
                var figure = run.Year(year).Figure(name);
                Assert.True(expected == (figure.IsMoney ? figure.Money!.Value.Euros : figure.Value), $"{year} {name}: expected {expected}, got {figure.Money?.Euros ?? figure.Value}");
            }
        }

        foreach (var (year, municipalities) in ruleCase.Verwacht.Gemeenten ?? [])
        {
            foreach (var (code, fields) in municipalities)
            {
                var line = run.Year(year).Municipalities.Single(l => l.Code.Value == code);
                foreach (var (field, expected) in fields)
                {
                    var actual = field switch
                    {
                        "instroom" => line.Starters,
                        "actief" => line.Active,
                        "eindeJaar" => line.YearEnd,
                        "kosten" => line.Cost.Euros,
                        "regulier" => line.RegularGrant.Euros,
                        "toeslag" => line.Supplement.Euros,
                        "spukOnderwijsroute" => line.EducationRouteGrant.Euros,
                        "budgetpot" => line.ScenarioPot.Euros,
                        "inkomsten" => line.Income.Euros,
                        "tekort" => line.Gap.Euros,
                        _ => throw new InvalidDataException($"Unknown gemeente field '{field}'."),
                    };
                    Assert.True(expected == actual, $"{year} {code} {field}: expected {expected}, got {actual}");
                }
            }
        }
    }

    private static decimal Number(object yamlScalar) => decimal.Parse((string)yamlScalar, NumberStyles.Number | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
}
