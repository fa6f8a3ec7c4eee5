namespace Onderwijsroute.Funding.Api.V1.Common;

/// <summary>
/// The shape rules of the API's requests — a field is there, has the right type and lies within the contract's
/// bounds — with their Dutch messages, each written once. Everything else (an unknown code, a negative count, a year a
/// regeling does not cover …) is a rule of the domain, which names its own errors (docs/domain.md §6).
/// <para>
/// A reader reports a value it cannot read and goes on with a stand-in that no domain rule refuses (0 for a count or
/// an amount, <c>null</c> for an optional value), so that the domain still checks the rest of the item; a request
/// with shape errors is only validated, never calculated (<see cref="Http.CheckedBody"/>). Paths are made only for an
/// error: the readers run over every gemeente of a national request.
/// </para>
/// </summary>
internal static class Shape
{
    /// <summary>The largest budget accepted: ten billion euros.</summary>
    public const decimal MaxBudget = 10_000_000_000m;

    /// <summary>The largest count accepted per item; more is a typing error, not a number of people.</summary>
    public const decimal MaxCount = 1_000_000m;

    /// <summary>The largest amount accepted per item.</summary>
    public const decimal MaxAmount = 10_000_000_000m;

    /// <summary>The largest weight accepted per region.</summary>
    public const decimal MaxWeight = 1_000_000_000m;

    /// <summary>The largest traject price accepted.</summary>
    public const decimal MaxPrice = 1_000_000m;

    /// <summary>The path of a field: of an item of a list when <paramref name="index"/> is 0 or more.</summary>
    public static string PathOf(string list, int index, string field) => index < 0 ? field : $"{list}[{index}].{field}";

    /// <summary>
    /// Reads each item of a list, in order, with <paramref name="read"/>; a <c>null</c> item gets its error and, like an
    /// item whose key field could not be read, goes in as <c>null</c>, so every item keeps the position its path names.
    /// </summary>
    /// <returns>The items, or <c>null</c> for a list left out.</returns>
    public static TItem?[]? Items<TInput, TItem>(IReadOnlyList<TInput?>? list, string name, string what, InputErrorsBuilder errors, Func<TInput, int, InputErrorsBuilder, TItem?> read)
        where TInput : class
        where TItem : class
    {
        if (list is null)
        {
            return null;
        }

        var items = new TItem?[list.Count];
        for (var i = 0; i < items.Length; i++)
        {
            if (list[i] is { } input)
            {
                items[i] = read(input, i, errors);
            }
            else
            {
                errors.Add($"{name}[{i}]", $"{what} mag niet null zijn.");
            }
        }

        return items;
    }

    /// <summary>A required value: adds "Verplicht" when it is missing (a text of only spaces is missing too).</summary>
    /// <returns>Whether it is there.</returns>
    public static bool Required<T>(T? value, string path, string what, InputErrorsBuilder errors) => !IsMissing(value) || Missing(path, what, errors);

    /// <summary>The message for text that is not a CBS gemeente code.</summary>
    public static string NotAMunicipalityCode(string code) => $"'{code}' is geen CBS-gemeentecode (GM gevolgd door vier cijfers).";

    /// <summary>A required year of the calendar (1 to 9999); which years a calculation takes is the domain's rule.</summary>
    public static bool Year(int? year, string path, InputErrorsBuilder errors)
    {
        if (!Required(year, path, "het jaar", errors))
        {
            return false;
        }

        if (year is >= 1 and <= 9999)
        {
            return true;
        }

        errors.Add(path, $"{year} is geen jaartal.");
        return false;
    }

    /// <summary>A gemeente code: required and well-formed; whether it is known is the domain's rule.</summary>
    public static MunicipalityCode? Municipality(string? code, string list, int index, InputErrorsBuilder errors, bool required = true) =>
        Code(code, MunicipalityField, list, index, errors, required);

    /// <summary>An arbeidsmarktregio code: required and well-formed; whether it is known is the domain's rule.</summary>
    public static RegionCode? Region(string? code, string list, int index, InputErrorsBuilder errors, bool required = true) =>
        Code(code, RegionField, list, index, errors, required);

    /// <summary>The message for text that is not a CBS arbeidsmarktregio code.</summary>
    public static string NotARegionCode(string code) => $"'{code}' is geen CBS-arbeidsmarktregiocode (AM gevolgd door twee cijfers).";

    /// <summary>
    /// A required whole number up to <paramref name="max"/> (a count, a weight); <c>null</c> when it cannot be read. A
    /// negative one goes through (bounded) for the domain to refuse. <c>subject</c> is what it is: "Het aantal".
    /// </summary>
    public static long? WholeNumber(decimal? value, string list, int index, string field, string subject, decimal max, InputErrorsBuilder errors)
    {
        if (value is null)
        {
            Missing(PathOf(list, index, field), subject.ToLowerInvariant(), errors);
            return null;
        }

        if (value.Value != decimal.Truncate(value.Value))
        {
            errors.Add(PathOf(list, index, field), $"{subject} moet een geheel getal zijn.");
            return null;
        }

        if (value > max)
        {
            errors.Add(PathOf(list, index, field), $"{subject} mag niet groter zijn dan {max:0}.");
            return null;
        }

        return (long)Math.Max(value.Value, -max);
    }

    /// <summary>
    /// An amount in euros with at most two decimals, up to <paramref name="max"/>; <c>null</c> when missing or unreadable.
    /// A negative one goes through (bounded) for the domain to refuse. <c>subject</c> is what it is: "Het bedrag".
    /// </summary>
    public static Money? Amount(decimal? value, string list, int index, string field, string subject, decimal max, InputErrorsBuilder errors, bool required = true)
    {
        if (value is null)
        {
            if (required)
            {
                Missing(PathOf(list, index, field), subject.ToLowerInvariant(), errors);
            }

            return null;
        }

        if (value > max)
        {
            errors.Add(PathOf(list, index, field), $"{subject} mag niet groter zijn dan {max:0} euro.");
            return null;
        }

        if (!Money.TryFromEuros(Math.Max(value.Value, -max), out var money))
        {
            errors.Add(PathOf(list, index, field), $"{subject} mag hoogstens twee decimalen hebben (hele centen).");
            return null;
        }

        return money;
    }

    private static readonly CodeField<MunicipalityCode> MunicipalityField = new("gemeenteCode", "de gemeentecode", MunicipalityCode.TryParse, NotAMunicipalityCode);

    private static readonly CodeField<RegionCode> RegionField = new("arbeidsmarktregioCode", "de arbeidsmarktregiocode", RegionCode.TryParse, NotARegionCode);

    /// <summary>
    /// A CBS code in its field: <c>null</c> when it is left out and optional, and with an error when it is missing or
    /// not well-formed. Gemeente and region codes follow the same rule and differ only in what <paramref name="field"/> says.
    /// </summary>
    private static T? Code<T>(string? code, CodeField<T> field, string list, int index, InputErrorsBuilder errors, bool required)
        where T : struct
    {
        if (code is null && !required)
        {
            return null;
        }

        if (IsMissing(code))
        {
            Missing(PathOf(list, index, field.Name), field.What, errors);
            return null;
        }

        if (field.TryParse(code, out var parsed))
        {
            return parsed;
        }

        errors.Add(PathOf(list, index, field.Name), field.NotACode(code!));
        return null;
    }

    /// <summary>Parses a code the way its type does.</summary>
    private delegate bool CodeParser<T>(string? text, out T code);

    /// <summary>A kind of CBS code as a request field: its JSON name, what "Verplicht" calls it, its parser and the message for text that is not one.</summary>
    private sealed record CodeField<T>(string Name, string What, CodeParser<T> TryParse, Func<string, string> NotACode)
        where T : struct;

    /// <summary>Whether a value is missing: <c>null</c>, or a text of only spaces.</summary>
    private static bool IsMissing<T>(T? value) => value is null || (value is string text && string.IsNullOrWhiteSpace(text));

    /// <summary>Adds "Verplicht" for a missing value; returns <c>false</c> (it is not there).</summary>
    private static bool Missing(string path, string what, InputErrorsBuilder errors)
    {
        errors.Add(path, $"Verplicht: {what}.");
        return false;
    }

    /// <summary>The error for a list longer than the contract takes.</summary>
    public static void MaxItems<T>(IReadOnlyList<T>? list, string path, int max, string what, InputErrorsBuilder errors)
    {
        if (list?.Count > max)
        {
            errors.Add(path, $"Hoogstens {max} {what}.");
        }
    }
}
