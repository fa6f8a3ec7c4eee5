using FluentValidation;
using Onderwijsroute.Funding.Api.V1.Common;
using Onderwijsroute.Funding.Parameters;
using Onderwijsroute.Funding.ReferenceData;

namespace Onderwijsroute.Funding.Api.V1.Settlements;

/// <summary>Checks a <see cref="CreateSettlementCalculationRequest"/> completely, so a 400 lists every field error at once.</summary>
internal sealed class CreateSettlementCalculationRequestValidator : AbstractValidator<CreateSettlementCalculationRequest>
{
    public CreateSettlementCalculationRequestValidator(ParameterCatalogue catalogue, ReferenceDataSet data)
    {
        InputRules.SchemeAndYear(this, r => r.Regeling, r => r.Jaar, catalogue);
        InputRules.Budget(this, r => r.Budget);

        RuleFor(r => r.Aantallen).NotNull().WithMessage("Verplicht: de aantallen per gemeente (een lege lijst mag).");
        RuleForEach(r => r.Aantallen)
            .NotNull().WithMessage("Een aantal mag niet null zijn.")
            .ChildRules(count =>
            {
                count.RuleLevelCascadeMode = CascadeMode.Stop;
                InputRules.KnownMunicipality(count.RuleFor(c => c!.GemeenteCode), data);
                count.RuleFor(c => c!.Aantal)
                    .NotNull().WithMessage("Verplicht: het aantal.")
                    .Must(a => InputRules.IsWhole(a!.Value)).WithMessage("Het aantal moet een geheel getal zijn.")
                    .GreaterThanOrEqualTo(0m).WithMessage("Het aantal mag niet negatief zijn.")
                    .LessThanOrEqualTo(InputRules.MaxCount).WithMessage("Het aantal mag niet groter zijn dan 1000000 per gemeente.");
            })
            .OverridePropertyName("aantallen");
        InputRules.NoDuplicates(this, r => r.Aantallen, c => c.GemeenteCode, "aantallen", "gemeenteCode");

        RuleForEach(r => r.Voorschotten)
            .NotNull().WithMessage("Een voorschot mag niet null zijn.")
            .ChildRules(advance =>
            {
                advance.RuleLevelCascadeMode = CascadeMode.Stop;
                InputRules.KnownMunicipality(advance.RuleFor(a => a!.GemeenteCode), data);
                advance.RuleFor(a => a!.Bedrag)
                    .NotNull().WithMessage("Verplicht: het bedrag.")
                    .GreaterThanOrEqualTo(0m).WithMessage("Het bedrag mag niet negatief zijn.")
                    .LessThanOrEqualTo(InputRules.MaxAmount).WithMessage("Het bedrag mag niet groter zijn dan 10000000000 euro.")
                    .Must(b => InputRules.HasAtMostTwoDecimals(b!.Value)).WithMessage("Het bedrag mag hoogstens twee decimalen hebben (hele centen).");
            })
            .OverridePropertyName("voorschotten");
        InputRules.NoDuplicates(this, r => r.Voorschotten, a => a.GemeenteCode, "voorschotten", "gemeenteCode");
    }
}
