using Onderwijsroute.Funding.Schemes;

namespace Onderwijsroute.Funding.Scenarios;

/// <summary>
/// Checks a <see cref="ScenarioInput"/> field by field, collecting every error before giving up, and fills in the
/// <see cref="ScenarioDefinition"/> as it goes. Each block has its own rules: <see cref="ScenarioOverrideRules"/>,
/// <see cref="ScenarioParticipantRules"/>, <see cref="ScenarioPriceRules"/>, <see cref="ScenarioPotRules"/>.
/// </summary>
internal static class ScenarioValidator
{
    public static Validated<ScenarioDefinition> Validate(ScenarioInput input, ParameterCatalogue baseCatalogue, ReferenceDataSet referenceData)
    {
        var errors = new InputErrorsBuilder();
        if (string.IsNullOrWhiteSpace(input.Name))
        {
            errors.Add("naam", "Verplicht.");
        }
        else if (input.Name.Trim().Length > 100)
        {
            errors.Add("naam", "Ten hoogste 100 tekens.");
        }

        if (string.IsNullOrWhiteSpace(input.Description))
        {
            errors.Add("omschrijving", "Verplicht.");
        }

        var yearsValid = Years(input, baseCatalogue, errors);
        var catalogue = ScenarioOverrideRules.Apply(input.Overrides ?? [], baseCatalogue, errors);
        var definition = new ScenarioDefinition(
            input with { Name = input.Name ?? string.Empty, Description = input.Description ?? string.Empty, FirstYear = input.FirstYear ?? 0, LastYear = input.LastYear ?? 0 },
            catalogue,
            referenceData);
        var check = new ScenarioCheck(definition, referenceData, errors, input.FirstYear ?? 0, input.LastYear ?? -1, yearsValid);
        if (yearsValid && errors.IsEmpty)
        {
            ScenarioOverrideRules.CheckYears(catalogue, check);
        }

        ScenarioParticipantRules.Check(input.Spread, input.Participants, check);
        ScenarioPriceRules.Check(input.Prices, check);
        ScenarioPriceRules.CheckGuarantee(input.LevelGuarantee, check);
        ScenarioPotRules.Check(input.Pot, check);
        Uncertainty(input.Uncertainty, check);
        if (!errors.IsEmpty)
        {
            return Validated.Invalid<ScenarioDefinition>(errors.ToErrors());
        }

        definition.Assumptions = ScenarioAssumptions.Of(input);
        definition.InputHash = ScenarioCanonicalText.Hash(definition);
        return Validated.Valid(definition);
    }

    /// <summary>Both years given, within the regular SPUK (the only scheme every scenario year needs), in order.</summary>
    private static bool Years(ScenarioInput input, ParameterCatalogue catalogue, InputErrorsBuilder errors)
    {
        var regular = catalogue.FindScheme(SchemeIds.RegularGrant) ?? throw new InvalidDataException("The regular SPUK parameters are missing.");
        if (!input.HasYearsBlock && input.FirstYear is null && input.LastYear is null)
        {
            // One error for the missing block, not one per field of it (nor per year-bound field elsewhere: ScenarioCheck.InYears).
            errors.Add("jaren", "Verplicht: de jaren die worden doorgerekend, met van en totEnMet.");
            return false;
        }

        var valid = true;
        foreach (var (field, year) in new[] { ("jaren.van", input.FirstYear), ("jaren.totEnMet", input.LastYear) })
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

        if (valid && input.LastYear < input.FirstYear)
        {
            errors.Add("jaren.totEnMet", "Ligt vóór jaren.van.");
            valid = false;
        }

        return valid;
    }

    private static void Uncertainty(UncertaintyInput? uncertainty, ScenarioCheck check)
    {
        if (uncertainty is null)
        {
            return;
        }

        check.Statement("onzekerheid", uncertainty.Status, uncertainty.Source);
        if (uncertainty.ParticipantsCv is not { } cv || cv < 0 || cv > 5)
        {
            check.Error("onzekerheid.variatiecoefficientDeelnemers", "Verplicht, 0 tot en met 5.");
        }
        else
        {
            check.Definition.ParticipantsCv = cv;
        }

        if (uncertainty.PriceCv is { } priceCv && (priceCv < 0 || priceCv > 5))
        {
            check.Error("onzekerheid.variatiecoefficientPrijs", "0 tot en met 5.");
        }
        else
        {
            check.Definition.PriceCv = uncertainty.PriceCv;
        }
    }
}
