using FluentValidation;
using Onderwijsroute.Funding.Api.V1.Common;
using Onderwijsroute.Funding.Parameters;
using Onderwijsroute.Funding.ReferenceData;

namespace Onderwijsroute.Funding.Api.V1.Advances;

/// <summary>Checks a <see cref="CreateAdvanceCalculationRequest"/> completely, so a 400 lists every field error at once.</summary>
internal sealed class CreateAdvanceCalculationRequestValidator : AbstractValidator<CreateAdvanceCalculationRequest>
{
    public CreateAdvanceCalculationRequestValidator(ParameterCatalogue catalogue, ReferenceDataSet data)
    {
        InputRules.SchemeAndYear(this, r => r.Regeling, r => r.Jaar, catalogue);
        InputRules.Budget(this, r => r.Budget);

        RuleForEach(r => r.Gewichten)
            .NotNull().WithMessage("Een gewicht mag niet null zijn.")
            .ChildRules(weight =>
            {
                weight.RuleLevelCascadeMode = CascadeMode.Stop;
                weight.RuleFor(w => w!.ArbeidsmarktregioCode)
                    .NotEmpty().WithMessage("Verplicht: de arbeidsmarktregiocode.")
                    .Must(code => RegionCode.TryParse(code, out _)).WithMessage((_, code) => $"'{code}' is geen CBS-arbeidsmarktregiocode (AM gevolgd door twee cijfers).")
                    .Must(code => !RegionCode.TryParse(code, out var parsed) || data.FindRegion(parsed) is not null)
                    .WithMessage((_, code) => $"Onbekende arbeidsmarktregio '{code}'.");
                weight.RuleFor(w => w!.Gewicht)
                    .NotNull().WithMessage("Verplicht: het gewicht.")
                    .GreaterThanOrEqualTo(0m).WithMessage("Het gewicht mag niet negatief zijn.")
                    .LessThanOrEqualTo(InputRules.MaxWeight).WithMessage("Het gewicht mag niet groter zijn dan 1000000000.")
                    .Must(g => g is null || InputRules.IsWhole(g.Value)).WithMessage("Het gewicht moet een geheel getal zijn.");
            })
            .OverridePropertyName("gewichten");
        InputRules.NoDuplicates(this, r => r.Gewichten, w => w.ArbeidsmarktregioCode, "gewichten", "arbeidsmarktregioCode");
    }
}
