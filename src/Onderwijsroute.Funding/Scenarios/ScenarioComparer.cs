namespace Onderwijsroute.Funding.Scenarios;

/// <summary>Compares scenario runs.</summary>
public static class ScenarioComparer
{
    /// <summary>The fewest runs to compare.</summary>
    public const int MinRuns = 2;

    /// <summary>The most runs to compare.</summary>
    public const int MaxRuns = 5;

    /// <summary>Compares runs over the years they share.</summary>
    /// <param name="runs">Two to five runs; the first is the reference for differences and flips.</param>
    /// <returns>The comparison, or an error naming <c>doorrekeningen</c>: fewer than two or more than five runs, or no shared year.</returns>
    public static Validated<ScenarioComparison> Compare(IReadOnlyList<ScenarioRunResult> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        if (runs.Count < MinRuns || runs.Count > MaxRuns)
        {
            return Validated.Invalid<ScenarioComparison>(InputErrors.Of("doorrekeningen", CountMessage));
        }

        var first = runs.Max(r => r.FirstYear);
        var last = runs.Min(r => r.LastYear);
        return last < first
            ? Validated.Invalid<ScenarioComparison>(InputErrors.Of("doorrekeningen", "De doorrekeningen hebben geen jaar gemeen."))
            : Validated.Valid(Compare(runs, first, last));
    }

    /// <summary>The message when fewer than <see cref="MinRuns"/> or more than <see cref="MaxRuns"/> runs are asked for.</summary>
    public static string CountMessage { get; } = $"Geef {MinRuns} tot en met {MaxRuns} ids van doorrekeningen.";

    private static ScenarioComparison Compare(IReadOnlyList<ScenarioRunResult> runs, int first, int last)
    {

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
