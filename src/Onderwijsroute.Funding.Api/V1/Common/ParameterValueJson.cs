using System.Globalization;
using System.Text.Json.Serialization;

namespace Onderwijsroute.Funding.Api.V1.Common;

/// <summary>A parameter value in JSON: a number for amounts, counts, years and fractions; a string for text values.</summary>
/// <param name="Number">The number, or <c>null</c> for a text value.</param>
/// <param name="Text">The text, or <c>null</c> for a number.</param>
[JsonConverter(typeof(ParameterValueJsonConverter))]
public readonly record struct ParameterValueJson(decimal? Number, string? Text)
{
    /// <summary>The JSON form of a domain value, in its canonical (hashed) form.</summary>
    /// <param name="value">The value.</param>
    internal static ParameterValueJson Of(ParameterValue value) =>
        value.Unit == ParameterUnit.Text
            ? new ParameterValueJson(null, value.AsText())
            : new ParameterValueJson(decimal.Parse(value.ToString(), NumberStyles.Number, CultureInfo.InvariantCulture), null);
}
