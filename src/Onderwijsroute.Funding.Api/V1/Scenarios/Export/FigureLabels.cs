using Onderwijsroute.Funding.Api.V1.Common.Export;
using Onderwijsroute.Funding.Scenarios;

namespace Onderwijsroute.Funding.Api.V1.Scenarios.Export;

/// <summary>
/// The Dutch words a person reads for the national figures of a run, a comparison and an analysis (their ids, such as
/// <c>tekortGemeenteP90</c>, stay in the JSON); the Rijk's spending per scheme is named after the regeling.
/// </summary>
internal static class FigureLabels
{
    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        [ScenarioFigures.Starters] = "Deelnemers: instroom in het jaar",
        [ScenarioFigures.Active] = "Deelnemers: actief in het jaar",
        [ScenarioFigures.YearEnd] = "Deelnemers op 31 december",
        [ScenarioFigures.SpendingTotal] = "Uitgaven Rijk: totaal",
        [ScenarioFigures.Cost] = "Kosten gemeenten",
        [ScenarioFigures.Income] = "Inkomsten gemeenten",
        [ScenarioFigures.Balance] = "Saldo (kosten min inkomsten)",
        [ScenarioFigures.Shortfall] = "Tekort: som over gemeenten met een tekort",
        [ScenarioFigures.Surplus] = "Overschot: som over gemeenten met een overschot",
        [ScenarioFigures.BalancePerParticipant] = "Saldo per actieve deelnemer",
        [ScenarioFigures.MunicipalitiesWithShortfall] = "Gemeenten met een tekort",
        [ScenarioFigures.GapMin] = "Tekort per gemeente: laagste",
        [ScenarioFigures.GapP10] = "Tekort per gemeente: 10e percentiel",
        [ScenarioFigures.GapMedian] = "Tekort per gemeente: mediaan",
        [ScenarioFigures.GapP90] = "Tekort per gemeente: 90e percentiel",
        [ScenarioFigures.GapMax] = "Tekort per gemeente: hoogste",
    };

    /// <summary>The label of a figure (its id when it has none, so a new figure still exports).</summary>
    /// <param name="name">The figure's id.</param>
    /// <param name="catalogue">The regelingen, for the names in the Rijk's spending.</param>
    public static string Of(string name, ParameterCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(catalogue);
        if (!name.StartsWith(ScenarioFigures.SpendingPrefix, StringComparison.Ordinal))
        {
            return Labels.GetValueOrDefault(name, name);
        }

        var scheme = name[ScenarioFigures.SpendingPrefix.Length..];
        return "Uitgaven Rijk: " + (scheme == ScenarioKeys.PotSchemeId ? "eigen budgetpot van het scenario" : catalogue.FindScheme(scheme)?.Name ?? scheme);
    }

    /// <summary>A figure's value as a cell shown by its unit (euro or aantal).</summary>
    /// <param name="unit">'euro' or 'aantal'.</param>
    /// <param name="value">The value.</param>
    public static ExportValue Cell(string unit, decimal value) => new(value, unit == "euro" ? ExportKind.Euro : ExportKind.Whole);
}
