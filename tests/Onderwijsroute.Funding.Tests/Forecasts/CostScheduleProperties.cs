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
}
