using Onderwijsroute.Funding.Scenarios.Documents;
using Onderwijsroute.Funding.Schemes;

namespace Onderwijsroute.Funding.Scenarios;

/// <summary>
/// Checks a <see cref="ScenarioDocument"/> field by field, collecting every error before giving up, and fills in the
/// <see cref="ScenarioDefinition"/> as it goes. Each block has its own rules: <see cref="ScenarioOverrideRules"/>,
/// <see cref="ScenarioParticipantRules"/>, <see cref="ScenarioPriceRules"/>, <see cref="ScenarioPotRules"/>.
/// </summary>
internal static class ScenarioValidator
{
    public static Validated<ScenarioDefinition> Validate(ScenarioDocument document, ParameterCatalogue baseCatalogue, ReferenceDataSet referenceData)
    {
        var errors = new InputErrorsBuilder();
        if (string.IsNullOrWhiteSpace(document.Naam))
        {
            errors.Add("naam", "Verplicht.");
        }
        else if (document.Naam.Trim().Length > 100)
        {
            errors.Add("naam", "Ten hoogste 100 tekens.");
        }
        else if (DisplayName.HasHiddenCharacters(document.Naam))
        {
            errors.Add("naam", DisplayName.HiddenCharactersProblem);
        }

        if (string.IsNullOrWhiteSpace(document.Omschrijving))
        {
            errors.Add("omschrijving", "Verplicht.");
        }

        var yearsValid = Years(document.Jaren, baseCatalogue, errors);
        var catalogue = ScenarioOverrideRules.Apply(document.Overschrijvingen ?? [], baseCatalogue, errors);
        var definition = new ScenarioDefinition(document, catalogue, referenceData);
        var check = new ScenarioCheck(definition, referenceData, errors, document.Jaren?.Van ?? 0, document.Jaren?.TotEnMet ?? -1, yearsValid);
        if (yearsValid && errors.IsEmpty)
        {
            ScenarioOverrideRules.CheckYears(catalogue, check);
        }

        ScenarioParticipantRules.Check(document.Spreiding, document.Deelnemers, check);
        ScenarioPriceRules.Check(document.Prijzen, check);
        ScenarioPriceRules.CheckGuarantee(document.GarantieprijsPerNiveau, check);
        ScenarioPotRules.Check(document.Budgetpot, check);
        Uncertainty(document.Onzekerheid, check);
        if (!errors.IsEmpty)
        {
            return Validated.Invalid<ScenarioDefinition>(errors.ToErrors());
        }

        definition.Assumptions = ScenarioAssumptions.Of(document);
        definition.InputHash = ScenarioCanonicalText.Hash(definition);
        return Validated.Valid(definition);
    }

    /// <summary>Both years given, within the regular SPUK (the only scheme every scenario year needs), in order.</summary>
    private static bool Years(ScenarioYearsDocument? years, ParameterCatalogue catalogue, InputErrorsBuilder errors)
    {
        var regular = catalogue.FindScheme(SchemeIds.RegularGrant) ?? throw new InvalidDataException("The regular SPUK parameters are missing.");
        if (years is null)
        {
            // One error for the missing block, not one per field of it (nor per year-bound field elsewhere: ScenarioCheck.InYears);
            // a block that is there, even empty, names each missing year.
            errors.Add("jaren", "Verplicht: de jaren die worden doorgerekend, met van en totEnMet.");
            return false;
        }

        var valid = true;
        foreach (var (field, year) in new[] { ("jaren.van", years.Van), ("jaren.totEnMet", years.TotEnMet) })
        {
            if (year is null)
            {
                errors.Add(field, "Verplicht.");
                valid = false;
            }
            else if (!regular.CoversYear(year.Value))
            {
                errors.Add(field, InputMessages.Between("Het jaar", regular.FirstYear, regular.LastYear) + " Dat zijn de jaren van de reguliere SPUK.");
                valid = false;
            }
        }

        if (valid && years.TotEnMet < years.Van)
        {
            errors.Add("jaren.totEnMet", "Ligt vóór jaren.van.");
            valid = false;
        }

        return valid;
    }

    private static void Uncertainty(UncertaintyDocument? uncertainty, ScenarioCheck check)
    {
        if (uncertainty is null)
        {
            return;
        }

        check.Statement("onzekerheid", uncertainty);
        if (uncertainty.VariatiecoefficientDeelnemers is not { } cv || cv < 0 || cv > 5)
        {
            check.Error("onzekerheid.variatiecoefficientDeelnemers", "Verplicht, 0 tot en met 5.");
        }
        else
        {
            check.Definition.ParticipantsCv = cv;
        }

        if (uncertainty.VariatiecoefficientPrijs is { } priceCv && (priceCv < 0 || priceCv > 5))
        {
            check.Error("onzekerheid.variatiecoefficientPrijs", "0 tot en met 5.");
        }
        else
        {
            check.Definition.PriceCv = uncertainty.VariatiecoefficientPrijs;
        }
    }
}
