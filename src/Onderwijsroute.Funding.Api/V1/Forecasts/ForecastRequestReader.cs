using NodaTime;
using Onderwijsroute.Funding.Forecasts;

namespace Onderwijsroute.Funding.Api.V1.Forecasts;

/// <summary>
/// Reads a forecast request body into the domain's <see cref="ForecastRequest"/>, adding every shape error as it goes
/// (see <see cref="Shape"/>); the domain checks the rest (<see cref="ForecastCalculator.Validate"/>).
/// </summary>
internal static class ForecastRequestReader
{
    /// <summary>The most trajecten one forecast takes; a region's real number is in the hundreds.</summary>
    public const int MaxTrajectories = 10_000;

    /// <summary>The most starter groups one forecast takes (9 years × 8 levels × 2 forms × 40 gemeenten is far less).</summary>
    public const int MaxStarterGroups = 2_000;

    /// <summary>The scope a calculation request names: exactly one of a gemeente and a region, well-formed; <c>null</c> after an error.</summary>
    public static ForecastScope? ScopeOf(CreateForecastCalculationRequest body, InputErrorsBuilder errors)
    {
        if ((body.GemeenteCode is null) == (body.ArbeidsmarktregioCode is null))
        {
            errors.Add("gemeenteCode", "Geef gemeenteCode óf arbeidsmarktregioCode (precies één van beide).");
            return null;
        }

        return body.ArbeidsmarktregioCode is not null
            ? Shape.Region(body.ArbeidsmarktregioCode, string.Empty, -1, errors) is { } region ? ForecastScope.ForRegion(region) : null
            : Shape.Municipality(body.GemeenteCode, string.Empty, -1, errors) is { } code ? ForecastScope.ForMunicipality(code) : null;
    }

    /// <summary>The request as the domain's, with every shape error added; <c>null</c> when the scope or a year is missing.</summary>
    /// <param name="body">The body.</param>
    /// <param name="scope">Whom the forecast is for, or <c>null</c> when it could not be read (its error is added).</param>
    /// <param name="errors">Where shape errors go.</param>
    public static ForecastRequest? Read(CreateForecastCalculationRequest body, ForecastScope? scope, InputErrorsBuilder errors)
    {
        var first = Shape.Required(body.VanJaar, "vanJaar", "het eerste jaar", errors);
        var last = Shape.Required(body.TotEnMetJaar, "totEnMetJaar", "het laatste jaar", errors);
        Shape.MaxItems(body.Trajecten, "trajecten", MaxTrajectories, "trajecten", errors);
        Shape.MaxItems(body.Starters, "starters", MaxStarterGroups, "groepen starters", errors);
        var trajectories = Shape.Items(body.Trajecten, "trajecten", "Een traject", errors, Trajectory) ?? [];
        var starters = Shape.Items(body.Starters, "starters", "Een groep starters", errors, Starters) ?? [];
        var bridging = Shape.Items(body.Overbruggingskosten, "overbruggingskosten", "Een bedrag", errors, Bridging) ?? [];
        var nationalCounts = Shape.Items(body.LandelijkAantal, "landelijkAantal", "Een aantal", errors, NationalCount) ?? [];
        var overrides = Shape.Items(body.Overschrijvingen, "overschrijvingen", "Een overschrijving", errors, Override) ?? [];
        return scope is not null && first && last
            ? new ForecastRequest(scope, body.VanJaar!.Value, body.TotEnMetJaar!.Value)
            {
                Trajectories = trajectories,
                Starters = starters,
                BridgingCosts = bridging,
                NationalCounts = nationalCounts,
                MunicipalFundShare = body.AandeelGemeentefonds,
                Overrides = overrides,
            }
            : null;
    }

    private static Trajectory? Trajectory(TrajectoryInput t, int i, InputErrorsBuilder errors)
    {
        var start = Shape.Required(t.Startdatum, Shape.PathOf("trajecten", i, "startdatum"), "de startdatum", errors);
        var level = Level(t.Niveau, "trajecten", i, errors);
        var form = Form(t.Contractvorm, "trajecten", i, errors);
        var price = Shape.Amount(t.Prijs, "trajecten", i, "prijs", "De prijs", Shape.MaxPrice, errors, required: false);
        var municipality = Shape.Municipality(t.GemeenteCode, "trajecten", i, errors, required: false);
        return start
            ? new Trajectory(LocalDate.FromDateOnly(t.Startdatum!.Value), level, form)
            {
                Price = price,
                DurationMonths = t.LooptijdMaanden,
                BirthDate = t.Geboortedatum is { } birth ? LocalDate.FromDateOnly(birth) : null,
                HousingYear = t.Huisvestingsjaar,
                Municipality = municipality,
            }
            : null;
    }

    private static StarterGroup? Starters(StarterInput s, int i, InputErrorsBuilder errors)
    {
        var year = Shape.Required(s.Jaar, Shape.PathOf("starters", i, "jaar"), "het jaar van de start", errors);
        var level = Level(s.Niveau, "starters", i, errors);
        var count = Shape.WholeNumber(s.Aantal, "starters", i, "aantal", "Het aantal", Shape.MaxCount, errors) ?? 0;
        var form = Form(s.Contractvorm, "starters", i, errors);
        var price = Shape.Amount(s.Prijs, "starters", i, "prijs", "De prijs", Shape.MaxPrice, errors, required: false);
        var municipality = Shape.Municipality(s.GemeenteCode, "starters", i, errors, required: false);
        return year
            ? new StarterGroup(s.Jaar!.Value, level, count) { ContractForm = form, Price = price, DurationMonths = s.LooptijdMaanden, HousingYear = s.Huisvestingsjaar, Municipality = municipality }
            : null;
    }

    private static YearAmount? Bridging(YearAmountInput b, int i, InputErrorsBuilder errors)
    {
        var year = Shape.Required(b.Jaar, Shape.PathOf("overbruggingskosten", i, "jaar"), "het jaar", errors);
        var amount = Shape.Amount(b.Bedrag, "overbruggingskosten", i, "bedrag", "Het bedrag", Shape.MaxAmount, errors) ?? Money.Zero;
        return year ? new YearAmount(b.Jaar!.Value, amount) : null;
    }

    /// <summary>A national count; one that could not be read is left out, because 0 is not a count the domain accepts.</summary>
    private static YearCount? NationalCount(NationalCountInput n, int i, InputErrorsBuilder errors)
    {
        var year = Shape.Required(n.Jaar, Shape.PathOf("landelijkAantal", i, "jaar"), "het jaar", errors);
        var count = Shape.WholeNumber(n.Aantal, "landelijkAantal", i, "aantal", "Het landelijk aantal", Shape.MaxCount, errors);
        return year && count is not null ? new YearCount(n.Jaar!.Value, count.Value) : null;
    }

    private static ParameterOverride? Override(OverrideInput o, int i, InputErrorsBuilder errors)
    {
        var complete = Shape.Required(o.Regeling, Shape.PathOf("overschrijvingen", i, "regeling"), "de regeling", errors)
            & Shape.Required(o.Parameter, Shape.PathOf("overschrijvingen", i, "parameter"), "de parameter", errors)
            & Shape.Year(o.Jaar, Shape.PathOf("overschrijvingen", i, "jaar"), errors)
            & Shape.Required(o.Waarde, Shape.PathOf("overschrijvingen", i, "waarde"), "de waarde", errors);
        return complete ? ParameterOverride.ForYear(o.Regeling!, o.Parameter!, o.Jaar!.Value, o.Waarde!, "opgegeven in de prognose") : null;
    }

    /// <summary>A level: required and one of the known names; an unknown one goes in as mbo 2, which no domain rule looks at.</summary>
    private static EducationLevel Level(string? text, string list, int i, InputErrorsBuilder errors)
    {
        if (!Shape.Required(text, Shape.PathOf(list, i, "niveau"), "het niveau", errors))
        {
            return EducationLevel.Mbo2;
        }

        if (EducationLevelNames.TryParse(text, out var level))
        {
            return level;
        }

        errors.Add(Shape.PathOf(list, i, "niveau"), $"Onbekend niveau '{text}'; bekend zijn: {string.Join(", ", EducationLevelNames.All)}.");
        return EducationLevel.Mbo2;
    }

    private static ContractForm Form(string? text, string list, int i, InputErrorsBuilder errors)
    {
        if (text is null)
        {
            return ContractForm.Contracted;
        }

        if (ContractFormNames.TryParse(text, out var form))
        {
            return form;
        }

        errors.Add(Shape.PathOf(list, i, "contractvorm"), $"Onbekende contractvorm '{text}'; bekend zijn: {ContractFormNames.Contracted}, {ContractFormNames.Custom}.");
        return ContractForm.Contracted;
    }
}
