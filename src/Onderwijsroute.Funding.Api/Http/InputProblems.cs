using System.Globalization;

namespace Onderwijsroute.Funding.Api.Http;

/// <summary>
/// Input errors as the 400 problem every endpoint answers (ADR /core/error-handling/invalid-input): the domain's
/// <see cref="InputErrors"/> (or the API's own shape errors, in the same type) grouped by JSON path, every one at once.
/// </summary>
internal static class InputProblems
{
    /// <summary>
    /// The 400 problem for a list of errors: the first <see cref="DutchProblems.MaxReportedErrors"/> of them, and in the
    /// detail how many more there are, so that an answer never grows with a hostile body.
    /// </summary>
    /// <param name="errors">The errors; at least one.</param>
    public static ValidationProblem Of(InputErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var byPath = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var group in errors.Take(DutchProblems.MaxReportedErrors).GroupBy(e => e.Path, StringComparer.Ordinal))
        {
            byPath[group.Key] = group.Select(e => e.Message).Distinct(StringComparer.Ordinal).ToArray();
        }

        var rest = errors.Count - DutchProblems.MaxReportedErrors;
        var detail = rest <= 0
            ? DutchProblems.InvalidInputDetail
            : string.Create(CultureInfo.InvariantCulture, $"{DutchProblems.InvalidInputDetail} 'errors' toont de eerste {DutchProblems.MaxReportedErrors} fouten, en {(errors.IsTruncated ? "meer dan " : string.Empty)}{rest} andere fouten.");
        return TypedResults.ValidationProblem(byPath, detail, title: DutchProblems.InvalidInputTitle);
    }

    /// <summary>The 400 problem for one field.</summary>
    /// <param name="path">The JSON path of the field (or a query key, or <c>id</c> for the path).</param>
    /// <param name="message">What is wrong, in Dutch.</param>
    public static ValidationProblem Of(string path, string message) => Of(InputErrors.Of(path, message));
}
