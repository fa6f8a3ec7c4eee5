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
        ListRules.EachItem(this, r => r.Aantallen, "aantallen", "Een aantal mag niet null zijn.", (count, fail) =>
        {
            fail("gemeenteCode", InputRules.MunicipalityCodeError(count.GemeenteCode, data));
            fail("aantal", InputRules.CountError(count.Aantal));
        });
        InputRules.NoDuplicates(this, r => r.Aantallen, c => c.GemeenteCode, "aantallen", "gemeenteCode");

        ListRules.EachItem(this, r => r.Voorschotten, "voorschotten", "Een voorschot mag niet null zijn.", (advance, fail) =>
        {
            fail("gemeenteCode", InputRules.MunicipalityCodeError(advance.GemeenteCode, data));
            fail("bedrag", InputRules.AmountError(advance.Bedrag));
        });
        InputRules.NoDuplicates(this, r => r.Voorschotten, a => a.GemeenteCode, "voorschotten", "gemeenteCode");
    }
}
