namespace Onderwijsroute.Funding.Forecasts;

/// <summary>Turns the trajecten and starters of a checked request (<see cref="ForecastRules"/>) into <see cref="ParticipantGroup"/>s with every default applied.</summary>
internal static class ParticipantPlanner
{
    public static List<ParticipantGroup> Plan(ForecastRequest request, ForecastAssumptions assumptions, IReadOnlyList<MunicipalityCode> members, int defaultMember, ExplanationBuilder notes)
    {
        var groups = new List<ParticipantGroup>(request.Trajectories.Count + request.Starters.Count);
        var assumedHousing = 0;
        for (var i = 0; i < request.Trajectories.Count; i++)
        {
            if (request.Trajectories[i] is not { } t)
            {
                continue;
            }

            var housingYear = t.HousingYear ?? t.Start.Year;
            if (t.HousingYear is null)
            {
                assumedHousing++;
            }

            var fundingYear = housingYear;
            if (t.BirthDate is { } birth)
            {
                // Funding follows only from the calendar year in which the participant reaches the inburgering age.
                var age = (int)assumptions.Integer(ForecastParameterNames.InburgeringAge, t.Start.Year);
                fundingYear = Math.Max(housingYear, birth.PlusYears(age).Year);
            }

            groups.Add(Group(t.Level, t.ContractForm, 1, t.Start.Year, t.Start.Month, t.Price, t.DurationMonths, housingYear, fundingYear, t.Municipality, assumptions, members, defaultMember));
        }

        for (var i = 0; i < request.Starters.Count; i++)
        {
            if (request.Starters[i] is not { } s || s.Count == 0)
            {
                continue;
            }

            var month = (int)assumptions.Integer(ForecastParameterNames.StarterMonth, s.Year);
            groups.Add(Group(s.Level, s.ContractForm, s.Count, s.Year, month, s.Price, s.DurationMonths, s.Year, s.Year, s.Municipality, assumptions, members, defaultMember));
        }

        if (assumedHousing > 0)
        {
            notes.Note($"Voor {assumedHousing} traject(en) zonder huisvestingsjaar is het startjaar als jaar van huisvesting aangenomen.");
        }

        if (request.Starters.FirstOrDefault(s => s is not null) is { } firstStarters)
        {
            notes.Note("Starters per jaar beginnen in de maand van de aanname 'startmaand-instroom' en zijn dat jaar gehuisvest.");
            notes.Use(assumptions.Resolve(ForecastParameterNames.StarterMonth, firstStarters.Year));
        }

        return groups;
    }

    private static ParticipantGroup Group(EducationLevel level, ContractForm form, long count, int startYear, int startMonth, Money? price, int? months, int housingYear, int fundingYear, MunicipalityCode? municipality, ForecastAssumptions assumptions, IReadOnlyList<MunicipalityCode> members, int defaultMember)
    {
        var member = municipality is { } code ? IndexOf(members, code) : defaultMember;

        return new ParticipantGroup
        {
            Member = member,
            Level = level,
            Form = form,
            Count = count,
            StartMonth = checked((startYear * 12) + startMonth - 1),
            Months = months ?? assumptions.DefaultMonths(level, startYear),
            Price = price ?? assumptions.DefaultPrice(level, startYear),
            DefaultPriceYear = price is null ? startYear : null,
            DefaultDuration = months is null,
            HousingYear = housingYear,
            FundingYear = fundingYear,
        };
    }

    private static int IndexOf(IReadOnlyList<MunicipalityCode> members, MunicipalityCode code)
    {
        for (var i = 0; i < members.Count; i++)
        {
            if (members[i] == code)
            {
                return i;
            }
        }

        throw new InvalidOperationException($"Gemeente {code} was checked to belong to the forecast but does not.");
    }
}
