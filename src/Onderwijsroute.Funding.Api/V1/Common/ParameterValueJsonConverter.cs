using System.Text.Json;
using System.Text.Json.Serialization;

namespace Onderwijsroute.Funding.Api.V1.Common;

/// <summary>Writes <see cref="ParameterValueJson"/> as a bare JSON number or string.</summary>
internal sealed class ParameterValueJsonConverter : JsonConverter<ParameterValueJson>
{
    public override ParameterValueJson Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.Number => new ParameterValueJson(reader.GetDecimal(), null),
            JsonTokenType.String => new ParameterValueJson(null, reader.GetString()),
            _ => throw new JsonException("Een parameterwaarde is een getal of een tekst."),
        };

    public override void Write(Utf8JsonWriter writer, ParameterValueJson value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value.Number is { } number)
        {
            writer.WriteNumberValue(number);
        }
        else
        {
            writer.WriteStringValue(value.Text);
        }
    }
}
