using BenchmarkDotNet.Attributes;
using NodaTime;
using Onderwijsroute.Funding.Forecasts;
using Onderwijsroute.Funding.Parameters;
using Onderwijsroute.Funding.ReferenceData;

namespace Onderwijsroute.Funding.Benchmarks;

/// <summary>A 2022-2030 forecast for a region of 15 gemeenten with 500 trajecten (target ≤ 1 ms mean).</summary>
[MemoryDiagnoser]
public class ForecastBenchmarks
{
    private readonly ParameterCatalogue _catalogue = ParameterCatalogue.Embedded;
    private readonly ReferenceDataSet _data = ReferenceDataSet.Embedded;
    private ForecastRequest _region = null!;

    [GlobalSetup]
    public void Setup()
    {
        // The first region with 15 members or more, its first 15 members, 500 trajecten spread deterministically
        // over 2022-2028 starts, all levels, both contract forms, a tenth ISK youths, half with a given price.
        var region = _data.Regions.First(r => r.Members.Count >= 15);
        var members = region.Members.Take(15).ToArray();
        var random = new Random(4);
        var trajectories = new Trajectory[500];
        for (var i = 0; i < trajectories.Length; i++)
        {
            var start = new LocalDate(2022 + random.Next(0, 7), random.Next(1, 13), random.Next(1, 29));
            trajectories[i] = new Trajectory(start, (EducationLevel)random.Next(0, 8), random.Next(0, 4) == 0 ? ContractForm.Custom : ContractForm.Contracted)
            {
                Price = random.Next(0, 2) == 0 ? Money.FromEuros(random.Next(15_500, 18_001)) : null,
                BirthDate = i % 10 == 0 ? start.PlusYears(-17).PlusDays(random.Next(0, 365)) : null,

                // Since issue 13 a traject from 2026 needs its housing year; the start year keeps the work the same.
                HousingYear = start.Year,
                Municipality = members[i % members.Length],
            };
        }

        _region = new ForecastRequest(ForecastScope.ForRegion(region.Code), 2022, 2030) { Trajectories = trajectories };
    }

    /// <summary>The whole forecast: costs, income of every scheme, settlement, cash, sensitivity and break-even.</summary>
    [Benchmark]
    public ForecastResult RegionForecast() => ForecastCalculator.Calculate(_catalogue, _data, _region).Value;
}
