using System.Globalization;
using NodaTime;

namespace Onderwijsroute.Funding.Forecasts;

/// <summary>Checks the trajecten and starters of a request and turns them into <see cref="ParticipantGroup"/>s with every default applied.</summary>
internal static class ParticipantPlanner
{
    /// <summary>The onderwijsroute exists since the Wet inburgering 2021 took effect; no traject starts before.</summary>
    private static readonly LocalDate FirstPossibleStart = new(2022, 1, 1);

    private const int MaxMonths = 120;

    public static List<ParticipantGroup> Plan(ForecastRequest request, ForecastAssumptions assumptions, IReadOnlyList<MunicipalityCode> members, int defaultMember, ExplanationBuilder notes)
    {
        var groups = new List<ParticipantGroup>(request.Trajectories.Count + request.Starters.Count);
        var assumedHousing = 0;
        for (var i = 0; i < request.Trajectories.Count; i++)
        {
            var t = request.Trajectories[i] ?? throw new CalculationInputException($"trajecten[{i}]", "Ontbreekt.");
            var field = $"trajecten[{i}]";
            if (t.Start < FirstPossibleStart || t.Start.Year > request.LastYear)
            {
                throw new CalculationInputException(field + ".startdatum", string.Create(CultureInfo.InvariantCulture, $"De startdatum {t.Start:yyyy-MM-dd} ligt niet tussen 2022-01-01 (Wet inburgering 2021) en het einde van de prognose ({request.LastYear})."));
            }

            var housingYear = t.HousingYear ?? t.Start.Year;
            if (t.HousingYear is null)
            {
                assumedHousing++;
            }
            else if (housingYear > t.Start.Year || housingYear < t.Start.Year - 10)
            {
                throw new CalculationInputException(field + ".huisvestingsjaar", $"Het huisvestingsjaar {housingYear} ligt na de start of meer dan tien jaar ervoor.");
            }

            var fundingYear = housingYear;
            if (t.BirthDate is { } birth)
            {
                if (birth >= t.Start)
                {
                    throw new CalculationInputException(field + ".geboortedatum", "De geboortedatum ligt niet vóór de startdatum.");
                }

                // Funding follows only from the calendar year in which the participant reaches the inburgering age.
                var age = (int)assumptions.Integer(ForecastParameterNames.InburgeringAge, t.Start.Year);
                fundingYear = Math.Max(housingYear, birth.PlusYears(age).Year);
            }

            groups.Add(Group(t.Level, t.ContractForm, 1, t.Start.Year, t.Start.Month, t.Price, t.DurationMonths, housingYear, fundingYear, t.Municipality, field, assumptions, members, defaultMember));
        }

        for (var i = 0; i < request.Starters.Count; i++)
        {
            var s = request.Starters[i] ?? throw new CalculationInputException($"starters[{i}]", "Ontbreekt.");
            var field = $"starters[{i}]";
            if (s.Year < request.FirstYear || s.Year > request.LastYear)
            {
                throw new CalculationInputException(field + ".jaar", $"Het jaar {s.Year} valt buiten de prognose ({request.FirstYear}-{request.LastYear}).");
            }

            if (s.Count < 0 || s.Count > 1_000_000)
            {
                throw new CalculationInputException(field + ".aantal", "Het aantal moet tussen 0 en 1.000.000 liggen.");
            }

            if (s.Count == 0)
            {
                continue;
            }

            var month = (int)assumptions.Integer(ForecastParameterNames.StarterMonth, s.Year);
            groups.Add(Group(s.Level, s.ContractForm, s.Count, s.Year, month, s.Price, s.DurationMonths, s.Year, s.Year, s.Municipality, field, assumptions, members, defaultMember));
        }

        if (assumedHousing > 0)
        {
            notes.Note($"Voor {assumedHousing} traject(en) zonder huisvestingsjaar is het startjaar als jaar van huisvesting aangenomen.");
        }

        if (request.Starters.Count > 0)
        {
            notes.Note("Starters per jaar beginnen in de maand van de aanname 'startmaand-instroom' en zijn dat jaar gehuisvest.");
            notes.Use(assumptions.Resolve(ForecastParameterNames.StarterMonth, request.Starters[0].Year));
        }

        return groups;
    }

    private static ParticipantGroup Group(EducationLevel level, ContractForm form, long count, int startYear, int startMonth, Money? price, int? months, int housingYear, int fundingYear, MunicipalityCode? municipality, string field, ForecastAssumptions assumptions, IReadOnlyList<MunicipalityCode> members, int defaultMember)
    {
        if (price is { } given && given.Cents <= 0)
        {
            throw new CalculationInputException(field + ".prijs", "De prijs moet groter dan 0 zijn.");
        }

        if (months is < 1 or > MaxMonths)
        {
            throw new CalculationInputException(field + ".looptijdMaanden", $"De looptijd moet tussen 1 en {MaxMonths} maanden liggen.");
        }

        var member = defaultMember;
        if (municipality is { } code)
        {
            member = IndexOf(members, code);
            if (member < 0)
            {
                throw new CalculationInputException(field + ".gemeenteCode", $"Gemeente '{code}' hoort niet bij deze prognose ({string.Join(", ", members)}).");
            }
        }

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

        return -1;
    }
}
