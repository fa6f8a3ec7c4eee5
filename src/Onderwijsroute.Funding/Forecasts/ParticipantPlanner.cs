using Onderwijsroute.Funding.Schemes;

namespace Onderwijsroute.Funding.Forecasts;

/// <summary>
/// Turns the trajecten and starters of a checked request (<see cref="ForecastRules"/>) into <see cref="ParticipantGroup"/>s
/// with every default applied; a request without participants starts from the gemeenten's <see cref="StartingPoint"/>s
/// (given only then).
/// </summary>
internal static class ParticipantPlanner
{
    public static List<ParticipantGroup> Plan(ForecastRequest request, ForecastAssumptions assumptions, IReadOnlyList<MunicipalityCode> members, int defaultMember, IReadOnlyList<StartingPoint> startingPoints, ExplanationBuilder notes)
    {
        var supplement = assumptions.Catalogue.FindScheme(SchemeIds.EducationRouteSupplement);
        var groups = new List<ParticipantGroup>(request.Trajectories.Count + request.Starters.Count);
        var assumedHousing = 0;
        var defaults = new PlanningDefaults(assumptions);

        // Hundreds of trajecten name one of a region's gemeenten: one hash look-up each instead of a scan of codes.
        var memberIndex = new Dictionary<MunicipalityCode, int>(members.Count);
        for (var m = 0; m < members.Count; m++)
        {
            memberIndex.TryAdd(members[m], m);
        }

        for (var i = 0; i < request.Trajectories.Count; i++)
        {
            if (request.Trajectories[i] is not { } t)
            {
                continue;
            }

            // Where the supplement could apply the rules ask for the housing year; elsewhere the start year stands in, noted.
            var housingYear = t.HousingYear ?? t.Start.Year;
            if (t.HousingYear is null)
            {
                assumedHousing++;
            }

            var fundingYear = housingYear;
            if (t.BirthDate is { } birth)
            {
                // Funding follows only from the calendar year in which the participant reaches the inburgering age.
                var age = (int)defaults.InburgeringAge(t.Start.Year);
                fundingYear = Math.Max(housingYear, birth.PlusYears(age).Year);
            }

            groups.Add(Group(t.Level, t.ContractForm, 1, t.Start.Year, t.Start.Month, t.Price, t.DurationMonths, housingYear, fundingYear, MemberOf(t.Municipality, memberIndex, defaultMember), supplement, defaults, request.LastYear));
        }

        var starters = request.Starters.OfType<StarterGroup>().ToList();
        var fromStartingPoint = startingPoints.Count > 0;
        if (fromStartingPoint)
        {
            // No participants given: each gemeente's part of the national projection, housed within the forecast's years.
            starters = startingPoints.SelectMany(p => p.Starters).Where(s => s.HousingYear <= request.LastYear).ToList();
        }

        var assumedStarterHousing = 0L;
        var startingAfter = 0L;
        foreach (var s in starters)
        {
            if (s.Count == 0)
            {
                continue;
            }

            var housingYear = s.HousingYear ?? s.Year;
            if (s.HousingYear is null)
            {
                assumedStarterHousing += s.Count;
            }

            var month = (int)assumptions.Integer(ForecastParameterNames.StarterMonth, s.Year);
            groups.Add(Group(s.Level, s.ContractForm, s.Count, s.Year, month, s.Price, s.DurationMonths, housingYear, housingYear, MemberOf(s.Municipality, memberIndex, defaultMember), supplement, defaults, request.LastYear));
            startingAfter += s.Year > request.LastYear ? s.Count : 0;
        }

        if (assumedHousing > 0)
        {
            // The rules ask for the housing year from the supplement's first year, so these all start (and are housed) before it.
            var noSupplement = supplement is null ? string.Empty : string.Create(CultureInfo.InvariantCulture, $" (geen van hen kan de toeslag vanaf {supplement.FirstYear} krijgen)");
            notes.Note(string.Create(CultureInfo.InvariantCulture, $"Voor {assumedHousing} traject(en) zonder huisvestingsjaar is het startjaar als jaar van huisvesting aangenomen{noSupplement}."));
        }

        if (assumedStarterHousing > 0)
        {
            var dependent = supplement is null
                ? "Daarvan hangt de telling voor de reguliere SPUK af."
                : string.Create(CultureInfo.InvariantCulture, $"Daarvan hangen de telling voor de reguliere SPUK en de toeslag vanaf {supplement.FirstYear} af; wie in het jaar ervoor is gehuisvest, krijgt in dat jaar geen toeslag.");
            notes.Note(string.Create(CultureInfo.InvariantCulture, $"Aanname: {assumedStarterHousing} starter(s) zonder huisvestingsjaar zijn in hun startjaar gehuisvest. {dependent}"));
        }

        if (startingAfter > 0)
        {
            notes.Note(string.Create(CultureInfo.InvariantCulture, $"{startingAfter} deelnemer(s) gehuisvest in {request.LastYear} beginnen pas in {request.LastYear + 1}, na de prognose: zij tellen mee voor de regelingen van hun jaar van huisvesting, hun traject en de kosten daarvan vallen buiten de prognose (er is geen standaardprijs voor {request.LastYear + 1} nodig)."));
        }

        if (starters.Count > 0)
        {
            notes.Note("Starters per jaar beginnen in de maand van de aanname 'startmaand-instroom'.");
            notes.Use(assumptions.Resolve(ForecastParameterNames.StarterMonth, starters[0].Year));
        }

        if (fromStartingPoint)
        {
            notes.Note(string.Create(CultureInfo.InvariantCulture, $"Zonder opgegeven trajecten of starters begint de prognose bij het startpunt van de gemeente(n): hun deel naar inwoners van de landelijke projectie (variant {startingPoints[0].Variant}), per jaar van huisvesting en per niveau, zie 'startpunt'. Geef trajecten of starters op om met eigen aantallen te rekenen."));
            foreach (var point in startingPoints)
            {
                notes.Include(point.Explanation);
            }
        }

        return groups;
    }

    private static ParticipantGroup Group(EducationLevel level, ContractForm form, long count, int startYear, int startMonth, Money? price, int? months, int housingYear, int fundingYear, int member, SchemeDefinition? supplement, PlanningDefaults defaults, int lastYear)
    {
        // A start after the forecast (housed in its last year, starting the next) has no cost in it, so it needs no
        // default price: the indexation of that year may not exist yet.
        var priced = price is not null || startYear <= lastYear;
        // Once, in the year of housing (or of reaching the inburgering age), and only for those housed in a year of the supplement.
        int? supplementYear = level.IsEducationRoute() && supplement is not null && supplement.CoversYear(housingYear) && supplement.CoversYear(fundingYear) ? fundingYear : null;
        return new ParticipantGroup
        {
            Member = member,
            Level = level,
            Form = form,
            Count = count,
            StartMonth = checked((startYear * 12) + startMonth - 1),
            Months = months ?? defaults.Months(level, startYear),
            Price = price ?? (priced ? defaults.Price(level, startYear) : Money.Zero),
            DefaultPriceYear = price is null && priced ? startYear : null,
            DefaultDuration = months is null,
            HousingYear = housingYear,
            FundingYear = fundingYear,
            SupplementYear = supplementYear,
        };
    }

    private static int MemberOf(MunicipalityCode? municipality, Dictionary<MunicipalityCode, int> members, int defaultMember) =>
        municipality is not { } code ? defaultMember
            : members.TryGetValue(code, out var index) ? index
            : throw new InvalidOperationException($"Gemeente {code} was checked to belong to the forecast but does not.");
}
