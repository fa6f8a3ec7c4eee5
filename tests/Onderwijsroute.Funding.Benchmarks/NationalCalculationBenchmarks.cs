using BenchmarkDotNet.Attributes;
using Onderwijsroute.Funding.Parameters;
using Onderwijsroute.Funding.ReferenceData;
using Onderwijsroute.Funding.Schemes;
using Onderwijsroute.Funding.Settlement;

namespace Onderwijsroute.Funding.Benchmarks;

/// <summary>
/// A national advance and a national settlement over all 342 gemeenten (targets for a settlement with its advances
/// given: ≤ 10 µs mean, ≤ 20 KB allocated; docs/performance-issue-17.md has the floor and the measurements).
/// </summary>
[MemoryDiagnoser]
public class NationalCalculationBenchmarks
{
    private readonly ParameterCatalogue _catalogue = ParameterCatalogue.Embedded;
    private readonly ReferenceDataSet _data = ReferenceDataSet.Embedded;
    private SettlementRequest _withAdvances = null!;
    private SettlementRequest _computingAdvances = null!;
    private AdvanceRequest _advance = null!;

    [GlobalSetup]
    public void Setup()
    {
        // A realistic national picture: every gemeente has a count (0-60, deterministic) and its advance.
        var random = new Random(2024);
        var counts = _data.Municipalities.Select(m => new MunicipalityCount(m.Code, random.Next(0, 61))).ToArray();
        _advance = new AdvanceRequest(SchemeIds.EducationRouteGrant, 2024);
        var advances = AdvanceCalculator.Calculate(_catalogue, _data, _advance).Value.Lines.Select(l => new MunicipalityAmount(l.Recipient, l.Advance)).ToArray();
        _withAdvances = new SettlementRequest(SchemeIds.EducationRouteGrant, 2024, counts) { Advances = advances };
        _computingAdvances = new SettlementRequest(SchemeIds.EducationRouteGrant, 2024, counts);
    }

    /// <summary>Advances for 2024 by inhabitants.</summary>
    [Benchmark]
    public AdvanceResult NationalAdvance() => AdvanceCalculator.Calculate(_catalogue, _data, _advance).Value;

    /// <summary>Settlement for 2024 with the advances given (the usual case: they were paid).</summary>
    [Benchmark]
    public SettlementResult NationalSettlement() => SettlementCalculator.Calculate(_catalogue, _data, _withAdvances).Value;

    /// <summary>Only the input rules of that settlement: 342 counts and 342 advances, a plain loop per list.</summary>
    [Benchmark]
    public InputErrors NationalSettlementValidation() => SettlementCalculator.Validate(_catalogue, _data, _withAdvances);

    /// <summary>Settlement for 2024 that also computes the advances by the default rule.</summary>
    [Benchmark]
    public SettlementResult NationalSettlementComputingAdvances() => SettlementCalculator.Calculate(_catalogue, _data, _computingAdvances).Value;
}
