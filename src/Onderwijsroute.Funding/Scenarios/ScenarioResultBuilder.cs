namespace Onderwijsroute.Funding.Scenarios;

/// <summary>Turns the kernel's arrays of one year into result lines per gemeente and region.</summary>
internal static class ScenarioResultBuilder
{
    public static ScenarioYearResult Year(ScenarioRates rates, KernelOutput o, int t, long[] figures)
    {
        var municipalities = rates.Data.Municipalities;
        var lines = new MunicipalityYearLine[municipalities.Count];
        var regions = rates.Data.Regions;
        var regionSums = new long[regions.Count, 7];
        for (var g = 0; g < lines.Length; g++)
        {
            var m = municipalities[g];
            var income = o.Income(t, g);
            lines[g] = new MunicipalityYearLine(
                m.Code, m.Name, m.RegionCode, o.Starters[t][g], o.Active[t][g], o.YearEnd[t][g], C(o.Cost[t][g]), C(o.Regular[t][g]), C(o.Supplement[t][g]),
                C(o.Grant[t][g]), C(o.Pot[t][g]), C(o.Central[t][g]), C(o.Fund[t][g]), C(income), C(o.Gap[t][g]));
            var r = rates.RegionOf[g];
            regionSums[r, 0] += o.Starters[t][g];
            regionSums[r, 1] += o.Active[t][g];
            regionSums[r, 2] += o.Cost[t][g];
            regionSums[r, 3] += income;
            regionSums[r, 4] += o.Gap[t][g];
            if (o.Gap[t][g] > 0)
            {
                regionSums[r, 5] += o.Gap[t][g];
                regionSums[r, 6]++;
            }
        }

        var regionLines = new RegionYearLine[regions.Count];
        for (var r = 0; r < regionLines.Length; r++)
        {
            regionLines[r] = new RegionYearLine(regions[r].Code, regions[r].Name, regionSums[r, 0], regionSums[r, 1], C(regionSums[r, 2]), C(regionSums[r, 3]), C(regionSums[r, 4]), C(regionSums[r, 5]), (int)regionSums[r, 6]);
        }

        var names = ScenarioFigures.All;
        var list = new ScenarioFigure[names.Count];
        for (var i = 0; i < list.Length; i++)
        {
            list[i] = new ScenarioFigure(names[i], ScenarioFigures.IsMoney(names[i]), figures[i]);
        }

        var at = names.Count - 5;
        var gaps = new GapDistribution(C(figures[at]), C(figures[at + 1]), C(figures[at + 2]), C(figures[at + 3]), C(figures[at + 4]));
        return new ScenarioYearResult(rates.First + t, list, gaps, regionLines, lines);
    }

    private static Money C(long cents) => Money.FromCents(cents);
}
