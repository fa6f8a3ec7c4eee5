namespace Onderwijsroute.Funding.Scenarios;

/// <summary>One national figure across the compared runs (Dutch: <em>vergelijking van een kengetal</em>).</summary>
/// <param name="Name">The figure, from <see cref="ScenarioFigures.All"/>.</param>
/// <param name="IsMoney">Whether the values are cents.</param>
/// <param name="Values">The value in each run, in the order of the runs.</param>
/// <param name="DifferencesFromFirst">Each run's value minus the first run's (the first is 0).</param>
public sealed record FigureComparison(string Name, bool IsMoney, IReadOnlyList<long> Values, IReadOnlyList<long> DifferencesFromFirst);

/// <summary>The compared national figures of one year.</summary>
/// <param name="Year">The year.</param>
/// <param name="Figures">Every figure, in the order of <see cref="ScenarioFigures.All"/>.</param>
public sealed record YearComparison(int Year, IReadOnlyList<FigureComparison> Figures);

/// <summary>
/// A gemeente whose position flips between surplus and gap (Dutch: <em>omslag tekort/overschot</em>) in a run compared
/// with the first run. A gap is cost above income; a gap of exactly zero counts as no gap.
/// </summary>
/// <param name="Code">The gemeente.</param>
/// <param name="Name">Its name.</param>
/// <param name="Run">The position of the run (1 … n−1) whose position differs from run 0.</param>
/// <param name="Year">The year, or <c>null</c> for the total over the compared years.</param>
/// <param name="FirstGap">The gap in the first run.</param>
/// <param name="Gap">The gap in this run.</param>
public sealed record PositionFlip(MunicipalityCode Code, string Name, int Run, int? Year, Money FirstGap, Money Gap)
{
    /// <summary>Whether the gemeente has a gap in this run but not in the first.</summary>
    public bool BecomesShort => Gap.Cents > 0;
}

/// <summary>Two to five runs side by side over the years they share (Dutch: <em>vergelijking</em>).</summary>
/// <param name="Runs">The compared runs' scenario names, in order; the first is the reference.</param>
/// <param name="Years">Per shared year, every national figure.</param>
/// <param name="Totals">The additive figures summed over the shared years.</param>
/// <param name="Flips">Gemeenten whose position differs from the first run, per year and in total.</param>
public sealed record ScenarioComparison(IReadOnlyList<string> Runs, IReadOnlyList<YearComparison> Years, IReadOnlyList<FigureComparison> Totals, IReadOnlyList<PositionFlip> Flips);

/// <summary>Compares scenario runs.</summary>
public static class ScenarioComparer
{
    /// <summary>The fewest runs to compare.</summary>
    public const int MinRuns = 2;

    /// <summary>The most runs to compare.</summary>
    public const int MaxRuns = 5;

    /// <summary>Compares runs over the years they share.</summary>
    /// <param name="runs">Two to five runs; the first is the reference for differences and flips.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="CalculationInputException">Fewer than two or more than five runs, or no shared year (field <c>doorrekeningen</c>).</exception>
    public static ScenarioComparison Compare(IReadOnlyList<ScenarioRunResult> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        if (runs.Count < MinRuns || runs.Count > MaxRuns)
        {
            throw new CalculationInputException("doorrekeningen", $"Vergelijk {MinRuns} tot en met {MaxRuns} doorrekeningen, niet {runs.Count}.");
        }

        var first = runs.Max(r => r.FirstYear);
        var last = runs.Min(r => r.LastYear);
        if (last < first)
        {
            throw new CalculationInputException("doorrekeningen", "De doorrekeningen hebben geen jaar gemeen.");
        }

        var names = ScenarioFigures.All;
        var years = new List<YearComparison>();
        var totals = new long[runs.Count][];
        for (var i = 0; i < runs.Count; i++)
        {
            totals[i] = new long[names.Count];
        }

        var flips = new List<PositionFlip>();
        var municipalities = runs[0].Years[0].Municipalities;
        var totalGaps = new long[runs.Count, municipalities.Count];
        for (var year = first; year <= last; year++)
        {
            var results = runs.Select(r => r.Year(year)).ToArray();
            years.Add(new YearComparison(year, names.Select((name, f) => Compare(name, results.Select(y => y.Figures[f].Value).ToArray())).ToArray()));
            for (var i = 0; i < runs.Count; i++)
            {
                for (var f = 0; f < names.Count; f++)
                {
                    totals[i][f] += results[i].Figures[f].Value;
                }

                for (var g = 0; g < municipalities.Count; g++)
                {
                    totalGaps[i, g] += results[i].Municipalities[g].Gap.Cents;
                    if (i > 0 && IsShort(results[i].Municipalities[g].Gap.Cents) != IsShort(results[0].Municipalities[g].Gap.Cents))
                    {
                        flips.Add(new PositionFlip(municipalities[g].Code, municipalities[g].Name, i, year, results[0].Municipalities[g].Gap, results[i].Municipalities[g].Gap));
                    }
                }
            }
        }

        for (var i = 1; i < runs.Count; i++)
        {
            for (var g = 0; g < municipalities.Count; g++)
            {
                if (IsShort(totalGaps[i, g]) != IsShort(totalGaps[0, g]))
                {
                    flips.Add(new PositionFlip(municipalities[g].Code, municipalities[g].Name, i, null, Money.FromCents(totalGaps[0, g]), Money.FromCents(totalGaps[i, g])));
                }
            }
        }

        var additive = names.Select((name, f) => (name, f)).Where(p => ScenarioFigures.IsAdditive(p.name))
            .Select(p => Compare(p.name, totals.Select(t => t[p.f]).ToArray())).ToArray();
        return new ScenarioComparison(runs.Select(r => r.ScenarioName).ToArray(), years, additive, flips);
    }

    private static bool IsShort(long gapCents) => gapCents > 0;

    private static FigureComparison Compare(string name, long[] values) =>
        new(name, ScenarioFigures.IsMoney(name), values, values.Select(v => v - values[0]).ToArray());
}
