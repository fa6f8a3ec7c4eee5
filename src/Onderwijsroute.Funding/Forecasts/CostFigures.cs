namespace Onderwijsroute.Funding.Forecasts;

/// <summary>Turns a year of the <see cref="CostSchedule"/> into cost figures, each with the parameters and counts behind it.</summary>
internal static class CostFigures
{
    private const string SpreadNote = "Elke prijs is gelijk over de maanden van het traject verdeeld (de startmaand is de eerste maand); de eerste maanden krijgen de overgebleven centen, zodat de maanden precies optellen tot de prijs.";

    public static List<ForecastFigure> For(CostSchedule schedule, int y, ForecastAssumptions assumptions, IReadOnlyList<YearAmount> bridgingCosts)
    {
        var year = schedule.FirstYear + y;
        var figures = new List<ForecastFigure>(4)
        {
            Priced(schedule, y, assumptions, CostCategories.Trajectories, CostSchedule.TrajectoryCategory, 0),
            Priced(schedule, y, assumptions, CostCategories.B1Entree, CostSchedule.B1EntreeCategory, 1),
        };

        var travel = new ExplanationBuilder(assumptions.Catalogue);
        travel.Use(assumptions.Resolve(ForecastParameterNames.TravelContracted, year));
        travel.Use(assumptions.Resolve(ForecastParameterNames.TravelCustom, year));
        var months = schedule.ParticipantMonths[0][y] + schedule.ParticipantMonths[1][y];
        travel.Count("deelnemermaanden", months);
        travel.Count("deelnemermaandenMaatwerk", schedule.ParticipantMonths[2][y]);
        travel.Note("Reiskosten per deelnemer per maand dat het traject loopt, naar contractvorm (maatwerk: reizen naar een aanbieder elders).");
        figures.Add(new ForecastFigure(CostCategories.Travel, Money.FromCents(schedule.CategoryTotal(CostSchedule.TravelCategory, y)), travel.Build()));

        var bridging = new ExplanationBuilder(assumptions.Catalogue);
        var given = bridgingCosts.Any(b => b.Year == year);
        bridging.Note(given ? "Overbruggingskosten zoals opgegeven, in twaalf gelijke maanddelen." : "Geen overbruggingskosten opgegeven voor dit jaar.");
        figures.Add(new ForecastFigure(CostCategories.Bridging, Money.FromCents(schedule.CategoryTotal(CostSchedule.BridgingCategory, y)), bridging.Build()));
        return figures;
    }

    public static ForecastFigure Prefinanced(CostSchedule schedule, int y, ForecastAssumptions assumptions)
    {
        var explanation = new ExplanationBuilder(assumptions.Catalogue);
        if (schedule.Prefinanced[y] > 0)
        {
            var age = assumptions.Resolve(ForecastParameterNames.InburgeringAge, schedule.FirstYear + y);
            explanation.Use(age);
            explanation.Note(string.Create(CultureInfo.InvariantCulture, $"Kosten (traject en reizen) van deelnemers die nog geen {age.Value.AsInteger()} zijn: zij brengen pas financiering vanaf het kalenderjaar waarin zij {age.Value.AsInteger()} worden; de gemeente financiert voor. Begrepen in de kosten."));
        }

        return new ForecastFigure("voorgefinancierd", Money.FromCents(schedule.Prefinanced[y]), explanation.Build());
    }

    private static ForecastFigure Priced(CostSchedule schedule, int y, ForecastAssumptions assumptions, string key, int category, int countIndex)
    {
        var explanation = new ExplanationBuilder(assumptions.Catalogue);
        var b1Entree = category == CostSchedule.B1EntreeCategory;
        var level = b1Entree ? Forecasts.EducationLevel.B1Entree : Forecasts.EducationLevel.Mbo2;
        var priceYears = schedule.DefaultPriceYears[y];
        if (priceYears.Count > 0)
        {
            // Oldest start year first; the list holds each (kind, start year) once.
            Span<int> startYears = stackalloc int[priceYears.Count];
            var n = 0;
            foreach (var (kind, startYear) in priceYears)
            {
                if (kind == b1Entree)
                {
                    startYears[n++] = startYear;
                }
            }

            startYears = startYears[..n];
            startYears.Sort();
            foreach (var startYear in startYears)
            {
                assumptions.ExplainDefaultPrice(explanation, level, startYear);
                explanation.Note(assumptions.DefaultPriceNote(level, startYear));
            }
        }

        // Levels in the enum's order: the order the explanation has always listed them in.
        var levels = schedule.DefaultDurationLevels[y];
        for (var l = 0; levels != 0 && l < 32; l++)
        {
            var durationLevel = (Forecasts.EducationLevel)l;
            if ((levels & (1 << l)) != 0 && (durationLevel == Forecasts.EducationLevel.B1Entree) == b1Entree)
            {
                explanation.Use(assumptions.Resolve(durationLevel == Forecasts.EducationLevel.B1Entree ? ForecastParameterNames.B1EntreeMonths : ForecastParameterNames.TrajectoryMonths, schedule.FirstYear + y));
            }
        }

        explanation.Count("deelnemers", schedule.Running[countIndex][y]);
        explanation.Count("deelnemermaanden", schedule.ParticipantMonths[countIndex][y]);
        explanation.Note(SpreadNote);
        return new ForecastFigure(key, Money.FromCents(schedule.CategoryTotal(category, y)), explanation.Build());
    }
}
