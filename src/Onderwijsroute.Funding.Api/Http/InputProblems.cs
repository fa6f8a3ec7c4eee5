namespace Onderwijsroute.Funding.Api.Http;

/// <summary>
/// Input errors as the 400 problem every endpoint answers (ADR /core/error-handling/invalid-input): the domain's
/// <see cref="InputErrors"/> (or the API's own shape errors, in the same type) grouped by JSON path, every one at once.
/// </summary>
internal static class InputProblems
{
    /// <summary>The 400 problem for a list of errors; its detail says when the list was cut at <see cref="InputErrors.MaxCount"/>.</summary>
    /// <param name="errors">The errors; at least one.</param>
    public static ValidationProblem Of(InputErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var byPath = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var group in errors.GroupBy(e => e.Path, StringComparer.Ordinal))
        {
            byPath[group.Key] = group.Select(e => e.Message).Distinct(StringComparer.Ordinal).ToArray();
        }

        var detail = errors.IsTruncated
            ? $"{DutchProblems.InvalidInputDetail} Er zijn meer dan {InputErrors.MaxCount} fouten gevonden; alleen de eerste {InputErrors.MaxCount} staan hier."
            : DutchProblems.InvalidInputDetail;
        return TypedResults.ValidationProblem(byPath, detail, title: DutchProblems.InvalidInputTitle);
    }

    /// <summary>The 400 problem for one field.</summary>
    /// <param name="path">The JSON path of the field (or a query key, or <c>id</c> for the path).</param>
    /// <param name="message">What is wrong, in Dutch.</param>
    public static ValidationProblem Of(string path, string message) => Of(InputErrors.Of(path, message));
}
