using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Onderwijsroute.Funding.Api.Http;

/// <summary>
/// The bounds on the lists of one request type, checked on the raw JSON before anything is deserialized: a body of a
/// million empty items is refused after one pass over its bytes, instead of becoming a million objects and a million
/// field errors (issue 11: a 1 MiB body once produced a 41 MB answer). A list marked <see cref="MaxItemsAttribute"/> has
/// that bound; every other list, at any depth, at most <see cref="DefaultMaxItems"/>.
/// </summary>
internal sealed class JsonListBounds
{
    /// <summary>The bound of a list without <see cref="MaxItemsAttribute"/>: no request of this API needs more.</summary>
    public const int DefaultMaxItems = 1000;

    private static readonly ConcurrentDictionary<(Type, JsonSerializerOptions, ReferenceDataSet), JsonListBounds> Cache = new();

    // By path pattern: "aantallen", "trajecten", "a[].b"; property names match without regard to case, as the reader does.
    private readonly Dictionary<string, (int Max, string Reason)> _bounds = new(StringComparer.OrdinalIgnoreCase);

    private JsonListBounds()
    {
    }

    /// <summary>The bounds of a request type (computed once per type).</summary>
    /// <param name="type">The request type.</param>
    /// <param name="options">The serializer options that read it (they name the properties).</param>
    /// <param name="data">The reference data (the number of gemeenten and regions).</param>
    public static JsonListBounds For(Type type, JsonSerializerOptions options, ReferenceDataSet data) =>
        Cache.GetOrAdd((type, options, data), key =>
        {
            var bounds = new JsonListBounds();
            bounds.Collect(key.Item2.GetTypeInfo(key.Item1), string.Empty, key.Item2, key.Item3, depth: 0);
            return bounds;
        });

    /// <summary>The most items an attributed list may hold, and why (Dutch, for the message).</summary>
    /// <param name="attribute">The attribute.</param>
    /// <param name="data">The reference data.</param>
    public static (int Max, string Reason) Resolve(MaxItemsAttribute attribute, ReferenceDataSet data)
    {
        ArgumentNullException.ThrowIfNull(attribute);
        ArgumentNullException.ThrowIfNull(data);
        return attribute.Bound switch
        {
            ListBound.OnePerMunicipality => (data.Municipalities.Count, "één regel per gemeente"),
            ListBound.OnePerRegion => (data.Regions.Count, "één regel per arbeidsmarktregio"),
            _ => (attribute.Count!.Value, string.Create(CultureInfo.InvariantCulture, $"hoogstens {attribute.Count} elementen")),
        };
    }

    /// <summary>
    /// The first list of the body that is longer than its bound, as (JSON path, Dutch message); <c>null</c> when every
    /// list is within bounds or the JSON is malformed (the deserializer then names the fault).
    /// </summary>
    /// <param name="json">The body.</param>
    public (string Path, string Message)? FindOverLong(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        var frames = new List<Frame>(8);
        var nameStart = 0;
        var nameLength = 0;
        string? escapedName = null;
        try
        {
            while (reader.Read())
            {
                var token = reader.TokenType;
                if (token == JsonTokenType.PropertyName)
                {
                    escapedName = reader.ValueIsEscaped ? reader.GetString() : null;
                    nameStart = (int)reader.TokenStartIndex + 1;
                    nameLength = reader.ValueSpan.Length;
                    continue;
                }

                if (token is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    frames.RemoveAt(frames.Count - 1);
                    continue;
                }

                if (frames.Count > 0 && frames[^1] is { IsArray: true } list)
                {
                    list.Count++;
                    frames[^1] = list;
                    if (list.Count > list.Max)
                    {
                        var (_, reason) = BoundOf(Pattern(frames, frames.Count - 1, json));
                        return (ConcretePath(frames, json), string.Create(CultureInfo.InvariantCulture, $"Deze lijst heeft meer dan {list.Max} elementen; toegestaan is {reason}."));
                    }
                }

                if (token is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    var frame = new Frame { IsArray = token == JsonTokenType.StartArray, NameStart = nameStart, NameLength = nameLength, EscapedName = escapedName };
                    frames.Add(frame);
                    if (frame.IsArray)
                    {
                        frame.Max = BoundOf(Pattern(frames, frames.Count - 1, json)).Max;
                        frames[^1] = frame;
                    }
                }

                escapedName = null;
                nameLength = 0;
            }
        }
        catch (JsonException)
        {
            return null;
        }

        return null;
    }

    private (int Max, string Reason) BoundOf(string pattern) =>
        _bounds.TryGetValue(pattern, out var bound) ? bound : (DefaultMaxItems, string.Create(CultureInfo.InvariantCulture, $"hoogstens {DefaultMaxItems} elementen"));

    private void Collect(JsonTypeInfo info, string pattern, JsonSerializerOptions options, ReferenceDataSet data, int depth)
    {
        if (depth > 16)
        {
            return;
        }

        if (info.Kind == JsonTypeInfoKind.Enumerable && info.ElementType is { } element)
        {
            Collect(options.GetTypeInfo(element), pattern + "[]", options, data, depth + 1);
            return;
        }

        if (info.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        foreach (var property in info.Properties)
        {
            var child = pattern.Length == 0 ? property.Name : pattern + "." + property.Name;
            if (property.AttributeProvider is ICustomAttributeProvider provider && provider.GetCustomAttributes(typeof(MaxItemsAttribute), inherit: true) is [MaxItemsAttribute attribute, ..])
            {
                _bounds[child] = Resolve(attribute, data);
            }

            Collect(options.GetTypeInfo(property.PropertyType), child, options, data, depth + 1);
        }
    }

    // "aantallen", "aantallen[]", "aantallen[].x": the path of a frame with array items as [].
    private static string Pattern(List<Frame> frames, int index, ReadOnlySpan<byte> json)
    {
        var text = new StringBuilder();
        for (var i = 1; i <= index; i++)
        {
            if (frames[i - 1].IsArray)
            {
                text.Append("[]");
            }
            else
            {
                text.Append(i == 1 ? string.Empty : ".").Append(NameOf(frames[i], json));
            }
        }

        return text.ToString();
    }

    // The same with the index of each item: "trajecten[3].x".
    private static string ConcretePath(List<Frame> frames, ReadOnlySpan<byte> json)
    {
        var text = new StringBuilder();
        for (var i = 1; i < frames.Count; i++)
        {
            if (frames[i - 1].IsArray)
            {
                text.Append(CultureInfo.InvariantCulture, $"[{frames[i - 1].Count - 1}]");
            }
            else
            {
                text.Append(i == 1 ? string.Empty : ".").Append(NameOf(frames[i], json));
            }
        }

        return text.Length == 0 ? JsonPaths.Body : text.ToString();
    }

    private static string NameOf(Frame frame, ReadOnlySpan<byte> json) =>
        frame.EscapedName ?? Encoding.UTF8.GetString(json.Slice(frame.NameStart, frame.NameLength));

    private struct Frame
    {
        public bool IsArray;
        public int Count;
        public int Max;
        public int NameStart;
        public int NameLength;
        public string? EscapedName;
    }
}
