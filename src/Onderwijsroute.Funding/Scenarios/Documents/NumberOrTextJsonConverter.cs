using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Onderwijsroute.Funding.Scenarios.Documents;

/// <summary>
/// Reads a parameter value given as a JSON number (<c>19000</c>, <c>0.02</c>) or, as in version 1.0 of the API, as a
/// string (<c>"19000"</c>), into the same text, so both forms reach the domain's one parser; a number's own digits are
/// kept (no rounding through a binary type). Writes a value that is a plain decimal number as a JSON number and any
/// other value (a text such as <c>inwoners</c>) as a string, so amounts are numbers in every answer (docs/api.md).
/// </summary>
public sealed class NumberOrTextJsonConverter : JsonConverter<string?>
{
    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.Null => null,
            JsonTokenType.String => reader.GetString(),
            JsonTokenType.Number => Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan),
            _ => throw new JsonException("Een waarde is een getal of een tekst."),
        };

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, string? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else if (IsPlainNumber(value))
        {
            writer.WriteRawValue(value, skipInputValidation: false);
        }
        else
        {
            writer.WriteStringValue(value);
        }
    }

    /// <summary>Whether the text is a decimal number as JSON writes it: an optional minus, digits without a leading zero, an optional fraction.</summary>
    /// <param name="text">The text.</param>
    public static bool IsPlainNumber(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var digits = text.StartsWith('-') ? text.AsSpan(1) : text.AsSpan();
        var point = digits.IndexOf('.');
        var whole = point < 0 ? digits : digits[..point];
        var fraction = point < 0 ? ReadOnlySpan<char>.Empty : digits[(point + 1)..];
        return whole.Length > 0
            && (whole.Length == 1 || whole[0] != '0')
            && IsDigits(whole)
            && (point < 0 || (fraction.Length > 0 && IsDigits(fraction)));
    }

    private static bool IsDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}
