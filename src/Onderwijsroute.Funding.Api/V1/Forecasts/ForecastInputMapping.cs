using NodaTime;
using Onderwijsroute.Funding.Forecasts;
using Onderwijsroute.Funding.Parameters;

namespace Onderwijsroute.Funding.Api.V1.Forecasts;

/// <summary>Turns validated forecast input into the domain's <see cref="ForecastRequest"/>.</summary>
internal static class ForecastInputMapping
{
    public static ForecastRequest ToDomain(CreateForecastCalculationRequest input, ForecastScope scope) =>
        new(scope, input.VanJaar!.Value, input.TotEnMetJaar!.Value)
        {
            Trajectories = (input.Trajecten ?? []).Select(t => new Trajectory(LocalDate.FromDateOnly(t!.Startdatum!.Value), Level(t.Niveau), Form(t.Contractvorm))
            {
                Price = t.Prijs is { } price ? Money.FromEuros(price) : null,
                DurationMonths = t.LooptijdMaanden,
                BirthDate = t.Geboortedatum is { } birth ? LocalDate.FromDateOnly(birth) : null,
                HousingYear = t.Huisvestingsjaar,
                Municipality = t.GemeenteCode is { } code ? MunicipalityCode.Parse(code) : null,
            }).ToArray(),
            Starters = (input.Starters ?? []).Select(s => new StarterGroup(s!.Jaar!.Value, Level(s.Niveau), (long)s.Aantal!.Value)
            {
                ContractForm = Form(s.Contractvorm),
                Price = s.Prijs is { } price ? Money.FromEuros(price) : null,
                DurationMonths = s.LooptijdMaanden,
                Municipality = s.GemeenteCode is { } code ? MunicipalityCode.Parse(code) : null,
            }).ToArray(),
            BridgingCosts = (input.Overbruggingskosten ?? []).Select(b => new YearAmount(b!.Jaar!.Value, Money.FromEuros(b.Bedrag!.Value))).ToArray(),
            NationalCounts = (input.LandelijkAantal ?? []).ToDictionary(n => n!.Jaar!.Value, n => (long)n!.Aantal!.Value),
            MunicipalFundShare = input.AandeelGemeentefonds,
            Overrides = (input.Overschrijvingen ?? []).Select(o => ParameterOverride.ForYear(o!.Regeling!, o.Parameter!, o.Jaar!.Value, o.Waarde!, "opgegeven in de prognose")).ToArray(),
        };

    /// <summary>The scope of a calculation request: the gemeente or the region it names.</summary>
    public static ForecastScope ScopeOf(CreateForecastCalculationRequest input) =>
        input.ArbeidsmarktregioCode is { } region
            ? ForecastScope.ForRegion(RegionCode.Parse(region))
            : ForecastScope.ForMunicipality(MunicipalityCode.Parse(input.GemeenteCode!));

    private static EducationLevel Level(string? text) => EducationLevelNames.TryParse(text, out var level) ? level : throw new InvalidOperationException($"Unvalidated level '{text}'.");

    private static ContractForm Form(string? text) => text is null ? ContractForm.Contracted : ContractFormNames.TryParse(text, out var form) ? form : throw new InvalidOperationException($"Unvalidated form '{text}'.");
}
