using CsCheck;
using NodaTime;
using Onderwijsroute.Funding.Forecasts;
using Onderwijsroute.Funding.Parameters;
using Onderwijsroute.Funding.ReferenceData;

namespace Onderwijsroute.Funding.Tests.Forecasts;

public class CostScheduleProperties
{
    private static readonly Gen<Trajectory> Trajectories =
        Gen.Select(Gen.Int[2022, 2028], Gen.Int[1, 12], Gen.Int[1, 28], Gen.Int[0, 7], Gen.Long[1, 3_000_000], Gen.Int[1, 24], Gen.Bool)
            .Select((year, month, day, level, cents, months, custom) => new Trajectory(new LocalDate(year, month, day), (EducationLevel)level, custom ? ContractForm.Custom : ContractForm.Contracted)
            {
                Price = Money.FromCents(cents),
                DurationMonths = months,
                HousingYear = year,
            });

    [Fact]
    public void TrajectAndB1EntreeCosts_OverAllYears_AddUpToThePricesToTheCent()
    {
        Trajectories.Array[1, 30].Sample(trajectories =>
        {
            var result = ForecastCalculator.Calculate(ParameterCatalogue.Embedded, ReferenceDataSet.Embedded, new ForecastRequest(ForecastScope.ForMunicipality(MunicipalityCode.Parse("GM0363")), 2022, 2030) { Trajectories = trajectories }).Value;

            var priced = result.Years.SelectMany(y => y.Costs).Where(c => c.Key is CostCategories.Trajectories or CostCategories.B1Entree).Sum(c => c.Amount.Cents);
            return priced == trajectories.Sum(t => t.Price!.Value.Cents);
        }, iter: 200);
    }

    [Fact]
    public void EachYearsPricedCosts_EqualAMonthByMonthSpread_AlsoWhenTrajectenStartBeforeOrRunPastTheForecast()
    {
        // The schedule lays a traject out by steps (start, end, the month its extra cents stop); a plain walk over every
        // month of every traject, each month its EvenSpread part, is the reference.
        Trajectories.Array[1, 30].Sample(trajectories =>
        {
            var result = ForecastCalculator.Calculate(ParameterCatalogue.Embedded, ReferenceDataSet.Embedded, new ForecastRequest(ForecastScope.ForMunicipality(MunicipalityCode.Parse("GM0363")), 2024, 2028) { Trajectories = trajectories }).Value;

            var expected = new Dictionary<(int Year, string Key), long>();
            foreach (var t in trajectories)
            {
                var key = t.Level == EducationLevel.B1Entree ? CostCategories.B1Entree : CostCategories.Trajectories;
                for (var k = 0; k < t.DurationMonths!.Value; k++)
                {
                    var year = t.Start.PlusMonths(k).Year;
                    expected[(year, key)] = expected.GetValueOrDefault((year, key)) + EvenSpread.Part(t.Price!.Value.Cents, t.DurationMonths.Value, k);
                }
            }

            return result.Years.All(y => y.Costs.Where(c => c.Key is CostCategories.Trajectories or CostCategories.B1Entree)
                .All(c => c.Amount.Cents == expected.GetValueOrDefault((y.Year, c.Key))));
        }, iter: 200);
    }
}
