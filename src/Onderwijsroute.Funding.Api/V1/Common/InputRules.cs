using FluentValidation;
using Onderwijsroute.Funding.Parameters;
using Onderwijsroute.Funding.ReferenceData;

namespace Onderwijsroute.Funding.Api.V1.Common;

/// <summary>The input rules both calculations share, with their Dutch messages.</summary>
internal static class InputRules
{
    /// <summary>The largest budget accepted: ten billion euros.</summary>
    public const decimal MaxBudget = 10_000_000_000m;

    /// <summary>The largest count accepted per gemeente; more is a typing error, not a number of people.</summary>
    public const decimal MaxCount = 1_000_000m;

    /// <summary>The largest amount accepted per gemeente.</summary>
    public const decimal MaxAmount = 10_000_000_000m;

    /// <summary>The largest weight accepted per region.</summary>
    public const decimal MaxWeight = 1_000_000_000m;

    public static bool IsWhole(decimal value) => value == decimal.Truncate(value);

    public static bool HasAtMostTwoDecimals(decimal value) => IsWhole(value * 100m);

    /// <summary><c>regeling</c> required and known; <c>jaar</c> required and covered by the regeling.</summary>
    public static void SchemeAndYear<T>(AbstractValidator<T> validator, Func<T, string?> scheme, Func<T, int?> year, ParameterCatalogue catalogue)
    {
        validator.RuleFor(r => scheme(r))
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Verplicht: het id van de regeling.")
            .Must(id => catalogue.FindScheme(id!) is { IsFundingScheme: true })
            .WithMessage((_, id) => $"Onbekende regeling '{id}'; bekend zijn: {string.Join(", ", catalogue.Schemes.Where(s => s.IsFundingScheme).Select(s => s.Id))}.")
            .OverridePropertyName("regeling");

        validator.RuleFor(r => year(r))
            .Cascade(CascadeMode.Stop)
            .NotNull().WithMessage("Verplicht: het begrotingsjaar.")
            .Must((r, y) => catalogue.FindScheme(scheme(r) ?? string.Empty) is not { } s || s.CoversYear(y!.Value))
            .WithMessage((r, y) =>
            {
                var s = catalogue.FindScheme(scheme(r)!)!;
                return $"Regeling '{s.Id}' geldt voor {s.FirstYear} tot en met {s.LastYear}, niet voor {y}.";
            })
            .OverridePropertyName("jaar");
    }

    /// <summary><c>budget</c>: optional, whole euros, 0 to <see cref="MaxBudget"/>.</summary>
    public static void Budget<T>(AbstractValidator<T> validator, Func<T, decimal?> budget)
    {
        validator.RuleFor(r => budget(r))
            .Cascade(CascadeMode.Stop)
            .GreaterThanOrEqualTo(0m).WithMessage("Het budget mag niet negatief zijn.")
            .LessThanOrEqualTo(MaxBudget).WithMessage("Het budget mag niet groter zijn dan 10000000000 euro.")
            .Must(b => IsWhole(b!.Value)).WithMessage("Het budget moet een geheel aantal euro's zijn (geen centen).")
            .When(r => budget(r) is not null)
            .OverridePropertyName("budget");
    }

    /// <summary>A gemeente code: required, well-formed and known in the indeling.</summary>
    public static IRuleBuilderOptionsConditions<T, string?> KnownMunicipality<T>(IRuleBuilder<T, string?> rule, ReferenceDataSet data) =>
        rule.Custom((code, context) =>
        {
            if (MunicipalityCodeError(code, data) is { } error)
            {
                context.AddFailure(error);
            }
        });

    /// <summary>The error for a gemeente code in a list (required, well-formed, known), or <c>null</c> when it is fine.</summary>
    /// <param name="code">The code as sent.</param>
    /// <param name="data">The reference data.</param>
    public static string? MunicipalityCodeError(string? code, ReferenceDataSet data)
    {
        if (string.IsNullOrEmpty(code))
        {
            return "Verplicht: de gemeentecode.";
        }

        if (!MunicipalityCode.TryParse(code, out var parsed))
        {
            return $"'{code}' is geen CBS-gemeentecode (GM gevolgd door vier cijfers).";
        }

        return data.FindMunicipality(parsed) is null
            ? $"Onbekende gemeente '{code}' in de gemeentelijke indeling {data.Metadata.IndelingYear}."
            : null;
    }

    /// <summary>The error for a count per gemeente (required, whole, 0 to <see cref="MaxCount"/>), or <c>null</c>.</summary>
    /// <param name="count">The count as sent.</param>
    public static string? CountError(decimal? count) => count switch
    {
        null => "Verplicht: het aantal.",
        { } c when !IsWhole(c) => "Het aantal moet een geheel getal zijn.",
        < 0m => "Het aantal mag niet negatief zijn.",
        > MaxCount => "Het aantal mag niet groter zijn dan 1000000 per gemeente.",
        _ => null,
    };

    /// <summary>The error for an amount per gemeente (required, 0 to <see cref="MaxAmount"/>, whole cents), or <c>null</c>.</summary>
    /// <param name="amount">The amount as sent.</param>
    public static string? AmountError(decimal? amount) => amount switch
    {
        null => "Verplicht: het bedrag.",
        < 0m => "Het bedrag mag niet negatief zijn.",
        > MaxAmount => "Het bedrag mag niet groter zijn dan 10000000000 euro.",
        { } a when !HasAtMostTwoDecimals(a) => "Het bedrag mag hoogstens twee decimalen hebben (hele centen).",
        _ => null,
    };

    /// <summary>Reports each code that appeared earlier in the same list, at its own index.</summary>
    public static void NoDuplicates<T, TItem>(AbstractValidator<T> validator, Func<T, IReadOnlyList<TItem?>?> list, Func<TItem, string?> code, string listName, string codeName)
        where TItem : class
    {
        validator.RuleFor(r => list(r)).Custom((items, context) =>
        {
            if (items is null)
            {
                return;
            }

            var seen = new Dictionary<string, int>(items.Count, StringComparer.Ordinal);
            for (var i = 0; i < items.Count; i++)
            {
                if (items[i] is not { } item || code(item) is not { Length: > 0 } value)
                {
                    continue;
                }

                if (seen.TryGetValue(value, out var first))
                {
                    context.AddFailure(new FluentValidation.Results.ValidationFailure($"{listName}[{i}].{codeName}", $"'{value}' komt al voor in {listName}[{first}]; noem elke code één keer."));
                }
                else
                {
                    seen[value] = i;
                }
            }
        });
    }
}
