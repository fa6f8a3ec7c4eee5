using System.Collections;
using System.Text.Json;

namespace Onderwijsroute.Funding.Api.V1.Common;

/// <summary>An explanation's parameters as blocks (<see cref="UsedParameterBlock"/>); read as their responses.</summary>
internal sealed class UsedParameterList : IReadOnlyList<UsedParameterResponse>
{
    private readonly UsedParameterBlock[] _blocks;

    private UsedParameterList(UsedParameterBlock[] blocks) => _blocks = blocks;

    public int Count => _blocks.Length;

    public UsedParameterResponse this[int index] => _blocks[index].Response;

    public static IReadOnlyList<UsedParameterResponse> Of(IReadOnlyList<ResolvedParameter> parameters)
    {
        if (parameters.Count == 0)
        {
            return Array.Empty<UsedParameterResponse>();
        }

        var blocks = new UsedParameterBlock[parameters.Count];
        for (var i = 0; i < blocks.Length; i++)
        {
            blocks[i] = UsedParameterBlock.Of(parameters[i]);
        }

        return new UsedParameterList(blocks);
    }

    public IEnumerator<UsedParameterResponse> GetEnumerator()
    {
        foreach (var block in _blocks)
        {
            yield return block.Response;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Writes the list as STJ would, each block's bytes copied when the writer writes as the options do.</summary>
    internal void Write(Utf8JsonWriter writer, JsonSerializerOptions options)
    {
        var raw = !options.WriteIndented && !writer.Options.Indented && options.ReferenceHandler is null && ReferenceEquals(writer.Options.Encoder, options.Encoder);
        writer.WriteStartArray();
        foreach (var block in _blocks)
        {
            if (raw)
            {
                writer.WriteRawValue(block.JsonFor(options), skipInputValidation: true);
            }
            else
            {
                JsonSerializer.Serialize(writer, block.Response, options);
            }
        }

        writer.WriteEndArray();
    }
}
