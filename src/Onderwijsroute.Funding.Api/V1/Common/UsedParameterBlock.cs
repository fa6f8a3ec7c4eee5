using System.Runtime.CompilerServices;
using System.Text.Json;
using Onderwijsroute.Funding.Api.V1.Sources;

namespace Onderwijsroute.Funding.Api.V1.Common;

/// <summary>
/// The response block of a parameter value, made once per catalogue entry, with its JSON written once per serializer
/// options and then copied as raw UTF-8 into every explanation that uses it (docs/performance.md, "Load over HTTP").
/// </summary>
/// <remarks>
/// A forecast of three years repeats the same few dozen entries in about a hundred explanations; they are immutable,
/// so their bytes are too. Keyed by the entry instance (a catalogue shares one per value and year) in a weak table, so
/// a catalogue with a request's overrides takes its entries with it when it is collected.
/// </remarks>
internal sealed class UsedParameterBlock
{
    private static readonly ConditionalWeakTable<ResolvedParameter, UsedParameterBlock> Blocks = [];
    private static readonly ConditionalWeakTable<ResolvedParameter, UsedParameterBlock>.CreateValueCallback Make = static p => new(Map(p));

    private Written? _written;

    private UsedParameterBlock(UsedParameterResponse response) => Response = response;

    public UsedParameterResponse Response { get; }

    public static UsedParameterBlock Of(ResolvedParameter parameter) => Blocks.GetValue(parameter, Make);

    /// <summary>The block's JSON as <see cref="JsonSerializer"/> writes it with <paramref name="options"/>.</summary>
    public byte[] JsonFor(JsonSerializerOptions options)
    {
        var written = Volatile.Read(ref _written);
        if (written is not null && ReferenceEquals(written.Options, options))
        {
            return written.Bytes;
        }

        var bytes = JsonSerializer.SerializeToUtf8Bytes(Response, options);
        if (written is null)
        {
            // The first options win (the service has one set); others are written each time.
            Interlocked.CompareExchange(ref _written, new Written(options, bytes), null);
        }

        return bytes;
    }

    private static UsedParameterResponse Map(ResolvedParameter p) => new(
        p.SchemeId,
        p.Name,
        ParameterValueJson.Of(p.Value),
        p.Value.Unit.ToDutch(),
        p.Status.ToDutch(),
        p.MainCitation?.Source.Id,
        p.From.ToDateOnly(),
        p.Until?.ToDateOnly(),
        p.IsOverride,
        p.MainCitation?.Source.Title,
        p.MainCitation?.Location,
        CitationResponse.Of(p.Citations),
        p.Formula,
        p.Reasoning);

    private sealed record Written(JsonSerializerOptions Options, byte[] Bytes);
}
