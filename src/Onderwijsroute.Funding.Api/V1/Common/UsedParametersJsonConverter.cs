using System.Text.Json;
using System.Text.Json.Serialization;

namespace Onderwijsroute.Funding.Api.V1.Common;

/// <summary>Reads and writes <see cref="ExplanationResponse.Parameters"/>: as a plain array, blocks copied as bytes.</summary>
internal sealed class UsedParametersJsonConverter : JsonConverter<IReadOnlyList<UsedParameterResponse>>
{
    public override IReadOnlyList<UsedParameterResponse>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize<UsedParameterResponse[]>(ref reader, options);

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<UsedParameterResponse> value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        if (value is UsedParameterList blocks)
        {
            blocks.Write(writer, options);
            return;
        }

        writer.WriteStartArray();
        foreach (var parameter in value)
        {
            JsonSerializer.Serialize(writer, parameter, options);
        }

        writer.WriteEndArray();
    }
}
