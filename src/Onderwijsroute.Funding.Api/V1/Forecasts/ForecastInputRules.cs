using System.Globalization;
using FluentValidation;
using Onderwijsroute.Funding.Api.V1.Common;
using Onderwijsroute.Funding.Forecasts;
using Onderwijsroute.Funding.ReferenceData;

namespace Onderwijsroute.Funding.Api.V1.Forecasts;

/// <summary>The input rules the forecast calculation and the stored forecasts share, with their Dutch messages.</summary>
internal static class ForecastInputRules
{
    /// <summary>The most trajecten one forecast takes; a region's real number is in the hundreds.</summary>
    public const int MaxTrajectories = 10_000;

    /// <summary>The most starter groups one forecast takes (9 years × 8 levels × 2 forms × 40 gemeenten is far less).</summary>
    public const int MaxStarterGroups = 2_000;

    private const decimal MaxPrice = 1_000_000m;

    public static void Apply<T>(AbstractValidator<T> validator, ReferenceDataSet data) where T : CreateForecastCalculationRequest
    {
        validator.RuleFor(r => r.VanJaar)
            .NotNull().WithMessage("Verplicht: het eerste jaar.")
            .InclusiveBetween(ForecastCalculator.EarliestYear, ForecastCalculator.LatestYear).WithMessage($"Het eerste jaar ligt tussen {ForecastCalculator.EarliestYear} en {ForecastCalculator.LatestYear}.");
        validator.RuleFor(r => r.TotEnMetJaar)
            .NotNull().WithMessage("Verplicht: het laatste jaar.")
            .LessThanOrEqualTo(ForecastCalculator.LatestYear).WithMessage($"Het laatste jaar ligt uiterlijk in {ForecastCalculator.LatestYear}.")
            .Must((r, last) => r.VanJaar is null || last >= r.VanJaar).WithMessage("Het laatste jaar ligt niet vóór het eerste jaar.");

        validator.RuleFor(r => r.Trajecten).Must(t => t is null || t.Count <= MaxTrajectories).WithMessage($"Hoogstens {MaxTrajectories} trajecten.");
        validator.RuleForEach(r => r.Trajecten)
            .NotNull().WithMessage("Een traject mag niet null zijn.")
            .ChildRules(t =>
            {
                t.RuleFor(x => x!.Startdatum).NotNull().WithMessage("Verplicht: de startdatum.");
                Level(t.RuleFor(x => x!.Niveau));
                Form(t.RuleFor(x => x!.Contractvorm));
                Price(t.RuleFor(x => x!.Prijs));
                Months(t.RuleFor(x => x!.LooptijdMaanden));
                t.RuleFor(x => x!.Huisvestingsjaar).InclusiveBetween(2000, ForecastCalculator.LatestYear).When(x => x!.Huisvestingsjaar is not null).WithMessage("Het huisvestingsjaar ligt tussen 2000 en 2030.");
                InputRules.KnownMunicipality(t.RuleFor(x => x!.GemeenteCode), data).When(x => x!.GemeenteCode is not null);
            })
            .OverridePropertyName("trajecten");

        validator.RuleFor(r => r.Starters).Must(s => s is null || s.Count <= MaxStarterGroups).WithMessage($"Hoogstens {MaxStarterGroups} groepen starters.");
        validator.RuleForEach(r => r.Starters)
            .NotNull().WithMessage("Een groep starters mag niet null zijn.")
            .ChildRules(s =>
            {
                s.RuleFor(x => x!.Jaar).NotNull().WithMessage("Verplicht: het jaar van de start.");
                Level(s.RuleFor(x => x!.Niveau));
                s.RuleFor(x => x!.Aantal)
                    .Cascade(CascadeMode.Stop)
                    .NotNull().WithMessage("Verplicht: het aantal.")
                    .Must(a => InputRules.IsWhole(a!.Value)).WithMessage("Het aantal moet een geheel getal zijn.")
                    .InclusiveBetween(0m, InputRules.MaxCount).WithMessage("Het aantal ligt tussen 0 en 1000000.");
                Form(s.RuleFor(x => x!.Contractvorm));
                Price(s.RuleFor(x => x!.Prijs));
                Months(s.RuleFor(x => x!.LooptijdMaanden));
                InputRules.KnownMunicipality(s.RuleFor(x => x!.GemeenteCode), data).When(x => x!.GemeenteCode is not null);
            })
            .OverridePropertyName("starters");

        validator.RuleForEach(r => r.Overbruggingskosten)
            .NotNull().WithMessage("Een bedrag mag niet null zijn.")
            .ChildRules(b =>
            {
                b.RuleFor(x => x!.Jaar).NotNull().WithMessage("Verplicht: het jaar.");
                b.RuleFor(x => x!.Bedrag)
                    .Cascade(CascadeMode.Stop)
                    .NotNull().WithMessage("Verplicht: het bedrag.")
                    .InclusiveBetween(0m, InputRules.MaxAmount).WithMessage("Het bedrag ligt tussen 0 en 10000000000 euro.")
                    .Must(a => InputRules.HasAtMostTwoDecimals(a!.Value)).WithMessage("Het bedrag mag hoogstens twee decimalen hebben.");
            })
            .OverridePropertyName("overbruggingskosten");
        InputRules.NoDuplicates(validator, r => r.Overbruggingskosten, b => b.Jaar?.ToString(CultureInfo.InvariantCulture), "overbruggingskosten", "jaar");

        validator.RuleForEach(r => r.LandelijkAantal)
            .NotNull().WithMessage("Een aantal mag niet null zijn.")
            .ChildRules(n =>
            {
                n.RuleFor(x => x!.Jaar).NotNull().WithMessage("Verplicht: het jaar.");
                n.RuleFor(x => x!.Aantal)
                    .Cascade(CascadeMode.Stop)
                    .NotNull().WithMessage("Verplicht: het aantal.")
                    .Must(a => InputRules.IsWhole(a!.Value)).WithMessage("Het aantal moet een geheel getal zijn.")
                    .InclusiveBetween(1m, InputRules.MaxCount).WithMessage("Het landelijk aantal ligt tussen 1 en 1000000.");
            })
            .OverridePropertyName("landelijkAantal");
        InputRules.NoDuplicates(validator, r => r.LandelijkAantal, n => n.Jaar?.ToString(CultureInfo.InvariantCulture), "landelijkAantal", "jaar");

        validator.RuleFor(r => r.AandeelGemeentefonds).InclusiveBetween(0m, 1m).When(r => r.AandeelGemeentefonds is not null).WithMessage("Het aandeel ligt tussen 0 en 1.");

        validator.RuleForEach(r => r.Overschrijvingen)
            .NotNull().WithMessage("Een overschrijving mag niet null zijn.")
            .ChildRules(o =>
            {
                o.RuleFor(x => x!.Regeling).NotEmpty().WithMessage("Verplicht: de regeling.");
                o.RuleFor(x => x!.Parameter).NotEmpty().WithMessage("Verplicht: de parameter.");
                o.RuleFor(x => x!.Jaar).NotNull().WithMessage("Verplicht: het jaar.");
                o.RuleFor(x => x!.Waarde).NotEmpty().WithMessage("Verplicht: de waarde.");
            })
            .OverridePropertyName("overschrijvingen");
    }

    private static void Level<T>(IRuleBuilderInitial<T, string?> rule) =>
        rule.Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Verplicht: het niveau.")
            .Must(n => EducationLevelNames.TryParse(n, out _)).WithMessage((_, n) => $"Onbekend niveau '{n}'; bekend zijn: {string.Join(", ", EducationLevelNames.All)}.");

    private static void Form<T>(IRuleBuilderInitial<T, string?> rule) =>
        rule.Must(f => f is null || ContractFormNames.TryParse(f, out _)).WithMessage((_, f) => $"Onbekende contractvorm '{f}'; bekend zijn: {ContractFormNames.Contracted}, {ContractFormNames.Custom}.");

    private static void Price<T>(IRuleBuilderInitial<T, decimal?> rule) =>
        rule.Cascade(CascadeMode.Stop)
            .GreaterThan(0m).WithMessage("De prijs is groter dan 0.")
            .LessThanOrEqualTo(MaxPrice).WithMessage("De prijs is hoogstens 1000000 euro per traject.")
            .Must(p => p is null || InputRules.HasAtMostTwoDecimals(p.Value)).WithMessage("De prijs mag hoogstens twee decimalen hebben.");

    private static void Months<T>(IRuleBuilderInitial<T, int?> rule) =>
        rule.InclusiveBetween(1, 120).WithMessage("De looptijd ligt tussen 1 en 120 maanden.");
}

/// <summary>Checks a <see cref="CreateForecastCalculationRequest"/> completely, so a 400 lists every field error at once.</summary>
internal sealed class CreateForecastCalculationRequestValidator : AbstractValidator<CreateForecastCalculationRequest>
{
    public CreateForecastCalculationRequestValidator(ReferenceDataSet data)
    {
        RuleFor(r => r.GemeenteCode)
            .Must((r, code) => (code is null) != (r.ArbeidsmarktregioCode is null))
            .WithMessage("Geef gemeenteCode óf arbeidsmarktregioCode (precies één van beide).");
        InputRules.KnownMunicipality(RuleFor(r => r.GemeenteCode), data).When(r => r.GemeenteCode is not null);
        RuleFor(r => r.ArbeidsmarktregioCode)
            .Must(code => RegionCode.TryParse(code, out var region) && data.FindRegion(region) is not null)
            .When(r => r.ArbeidsmarktregioCode is not null)
            .WithMessage((_, code) => $"Onbekende arbeidsmarktregio '{code}' (AM gevolgd door twee cijfers).");
        ForecastInputRules.Apply(this, data);
    }
}

/// <summary>Checks a <see cref="SaveForecastRequest"/>; the gemeente comes from the path and is checked by the endpoint.</summary>
internal sealed class SaveForecastRequestValidator : AbstractValidator<SaveForecastRequest>
{
    public SaveForecastRequestValidator(ReferenceDataSet data)
    {
        RuleFor(r => r.Naam)
            .NotEmpty().WithMessage("Verplicht: de naam van de prognose.")
            .MaximumLength(200).WithMessage("De naam is hoogstens 200 tekens.");
        RuleFor(r => r.ArbeidsmarktregioCode)
            .Must(code => RegionCode.TryParse(code, out var region) && data.FindRegion(region) is not null)
            .When(r => r.ArbeidsmarktregioCode is not null)
            .WithMessage((_, code) => $"Onbekende arbeidsmarktregio '{code}' (AM gevolgd door twee cijfers).");
        ForecastInputRules.Apply(this, data);
    }
}
