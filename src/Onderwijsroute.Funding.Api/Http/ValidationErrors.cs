using FluentValidation.Results;

namespace Onderwijsroute.Funding.Api.Http;

/// <summary>FluentValidation failures as the <c>errors</c> map of a 400 problem: JSON path → Dutch messages.</summary>
internal static class ValidationErrors
{
    /// <summary>Groups the failures by JSON path, keeping their order.</summary>
    /// <param name="result">The validation result.</param>
    public static Dictionary<string, string[]> ToErrors(ValidationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Errors
            .GroupBy(f => JsonPaths.FromPropertyPath(f.PropertyName), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(f => f.ErrorMessage).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
    }
}
