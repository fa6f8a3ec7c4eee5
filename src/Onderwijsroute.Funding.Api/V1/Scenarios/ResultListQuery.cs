using NodaTime;
using NodaTime.Text;

namespace Onderwijsroute.Funding.Api.V1.Scenarios;

/// <summary>
/// The query of a list of stored results (runs, analyses, comparisons; docs/api.md, "Lists"): the page and the
/// criteria, every wrong key named in one 400. The period is of days in Dutch time (Europe/Amsterdam), both ends
/// included, like every period of the API (<c>…Van</c>, <c>…TotEnMet</c>).
/// </summary>
internal static class ResultListQuery
{
    /// <summary>The time zone of the days of a period: the ministry's.</summary>
    public static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];

    /// <summary>The statuses an analysis can have, as the <c>status</c> key takes them.</summary>
    public static readonly IReadOnlyList<string> Statuses =
        [UncertaintyAnalysisStatus.Waiting, UncertaintyAnalysisStatus.Running, UncertaintyAnalysisStatus.Done, UncertaintyAnalysisStatus.Cancelled, UncertaintyAnalysisStatus.Failed, UncertaintyAnalysisStatus.Interrupted];

    /// <summary>The page and criteria asked for, or the 400 naming every key that is wrong.</summary>
    /// <param name="pagina">The page, from 1.</param>
    /// <param name="paginaGrootte">The page size.</param>
    /// <param name="scenario">Only results of this scenario.</param>
    /// <param name="aangemaaktVan">Only results made on or after this day.</param>
    /// <param name="aangemaaktTotEnMet">Only results made on or before this day.</param>
    /// <param name="status">Only analyses with this status.</param>
    /// <param name="doorrekening">Only comparisons of this run.</param>
    public static (Page Page, ListFilter Filter, ValidationProblem? Problem) Read(int? pagina, int? paginaGrootte, string? scenario, string? aangemaaktVan, string? aangemaaktTotEnMet, string? status = null, string? doorrekening = null)
    {
        var errors = new InputErrorsBuilder();
        var page = Page.From(pagina, paginaGrootte, Page.DefaultSize, errors);
        if (scenario is not null && !ScenarioIds.IsValid(scenario))
        {
            errors.Add("scenario", ScenarioIds.NotValid(scenario));
        }

        if (status is not null && !Statuses.Contains(status))
        {
            errors.Add("status", $"Onbekende status '{status}'; kies {string.Join(", ", Statuses)}.");
        }

        if (doorrekening is not null && !ResourceIds.IsGuid(doorrekening))
        {
            errors.Add("doorrekening", ResourceIds.NotAGuid(doorrekening));
        }

        var from = Day(aangemaaktVan, "aangemaaktVan", errors);
        var until = Day(aangemaaktTotEnMet, "aangemaaktTotEnMet", errors);
        if (from is { } first && until is { } last && last < first)
        {
            errors.Add("aangemaaktTotEnMet", "Ligt vóór aangemaaktVan.");
        }

        var filter = new ListFilter(
            scenario,
            status,
            from?.AtStartOfDayInZone(Zone).ToInstant(),
            until?.PlusDays(1).AtStartOfDayInZone(Zone).ToInstant(),
            doorrekening is not null && Guid.TryParseExact(doorrekening, "D", out var run) ? run.ToString("D") : doorrekening);
        return (page, filter, errors.IsEmpty ? null : InputProblems.Of(errors.ToErrors()));
    }

    private static LocalDate? Day(string? text, string key, InputErrorsBuilder errors)
    {
        if (text is null)
        {
            return null;
        }

        var parsed = LocalDatePattern.Iso.Parse(text);
        if (!parsed.Success)
        {
            errors.Add(key, $"'{text}' is geen datum jjjj-mm-dd.");
            return null;
        }

        return parsed.Value;
    }
}
