using System.Text;
using System.Text.Json.Nodes;

namespace Onderwijsroute.Funding.Api.Tests.Security;

/// <summary>
/// Makes hostile request bodies from a valid one, deterministically from a seeded <see cref="Random"/>: fields removed,
/// added or given the wrong type, huge and odd numbers, deep nesting, very long strings, invalid UTF-8, truncated and
/// random bytes, bodies over the size limit, a field named twice (in any case), and lists at and just past their bounds.
/// </summary>
internal static class BodyMutator
{
    // One line per gemeente (342), the default list bound (1,000), starters (2,000), trajecten (10,000), and one more of each.
    private static readonly int[] ListLengths = [342, 343, 1000, 1001, 2000, 2001, 10_000, 10_001];

    private static readonly string[] OddNumbers = ["1e308", "-1e308", "1e400", "99999999999999999999999999999", "-0", "0.000000000000000000001", "2024.5", "-1", "9223372036854775808", "1.7976931348623157e308", "NaN", "Infinity"];

    public static byte[] Mutate(string valid, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        switch (random.Next(22))
        {
            case 0:
                return RandomBytes(random);
            case 1:
                var text = Encoding.UTF8.GetBytes(valid);
                return text[..random.Next(text.Length)];
            case 2:
                return InvalidUtf8(Encoding.UTF8.GetBytes(valid), random);
            case 3:
                return Encoding.UTF8.GetBytes(DeepNesting(random.Next(2) == 0 ? 70 : 5000));
            case 4:
                return Encoding.UTF8.GetBytes("{\"naam\":\"" + new string('x', random.Next(2) == 0 ? 200_000 : 1_100_000) + "\"}");
            case 5:
            case 6:
                return Encoding.UTF8.GetBytes(DuplicateField(JsonNode.Parse(valid)!, random));
            case 7:
                return Encoding.UTF8.GetBytes(LongList(JsonNode.Parse(valid)!, random));
            default:
                var node = JsonNode.Parse(valid)!;
                var rounds = 1 + random.Next(3);
                for (var i = 0; i < rounds; i++)
                {
                    node = MutateTree(node, random);
                }

                var json = node?.ToJsonString() ?? "null";
                return random.Next(15) == 0 ? InsertOddNumber(json, random) : Encoding.UTF8.GetBytes(json);
        }
    }

    private static JsonNode? MutateTree(JsonNode? root, Random random)
    {
        var all = Nodes(root).ToList();
        if (all.Count == 0)
        {
            return new JsonObject { ["naam"] = null };
        }

        var target = all[random.Next(all.Count)];
        var replacement = random.Next(9) switch
        {
            0 => JsonValue.Create("tekst"),
            1 => JsonValue.Create(random.Next(2) == 0 ? long.MaxValue : -random.Next(1000)),
            2 => JsonValue.Create(true),
            3 => null,
            4 => new JsonArray(JsonValue.Create(1), JsonValue.Create("a")),
            5 => new JsonObject { ["x"] = 1 },
            6 => JsonValue.Create(new string('é', random.Next(10_000))),
            7 => JsonValue.Create(random.NextDouble() * 1e20),
            _ => JsonNode.Parse(DeepNesting(20 + random.Next(40))),
        };

        switch (random.Next(3))
        {
            case 0 when target.Parent is JsonObject parent:
                parent.Remove(parent.First(p => ReferenceEquals(p.Value, target)).Key);
                return root;
            case 1 when target is JsonObject obj:
                obj["onbekend" + random.Next(5)] = replacement;
                return root;
            default:
                if (target.Parent is JsonObject owner)
                {
                    owner[owner.First(p => ReferenceEquals(p.Value, target)).Key] = replacement;
                    return root;
                }

                if (target.Parent is JsonArray list)
                {
                    list[list.IndexOf(target)] = replacement;
                    return root;
                }

                return replacement;
        }
    }

    /// <summary>The body with one object's field written twice (the second time in another case, now and then).</summary>
    private static string DuplicateField(JsonNode root, Random random)
    {
        var objects = Nodes(root).OfType<JsonObject>().Where(o => o.Count > 0).ToList();
        if (objects.Count == 0)
        {
            return root.ToJsonString();
        }

        var target = objects[random.Next(objects.Count)];
        var (name, value) = target.ElementAt(random.Next(target.Count));
        var twice = random.Next(3) == 0 ? name.ToUpperInvariant() : name;
        var copy = value?.ToJsonString() ?? "null";
        target["__dubbel__"] = 0;
        return root.ToJsonString().Replace("\"__dubbel__\":0", $"\"{twice}\":{copy}", StringComparison.Ordinal);
    }

    /// <summary>The body with one list (or a new one) grown to a length at or just past a bound, by repeating its first item.</summary>
    private static string LongList(JsonNode root, Random random)
    {
        var lists = Nodes(root).OfType<JsonArray>().ToList();
        var length = ListLengths[random.Next(ListLengths.Length)];
        if (lists.Count == 0)
        {
            if (root is JsonObject obj)
            {
                obj["aantallen"] = new JsonArray(Enumerable.Range(0, length).Select(_ => (JsonNode?)new JsonObject()).ToArray());
            }

            return root.ToJsonString();
        }

        var list = lists[random.Next(lists.Count)];
        var item = list.Count > 0 ? list[0]?.ToJsonString() ?? "null" : "{}";
        var marker = JsonValue.Create("__lijst__");
        list.Clear();
        list.Add(marker);
        return root.ToJsonString().Replace("\"__lijst__\"", string.Join(',', Enumerable.Repeat(item, length)), StringComparison.Ordinal);
    }

    private static IEnumerable<JsonNode> Nodes(JsonNode? node)
    {
        if (node is null)
        {
            yield break;
        }

        yield return node;
        var children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a.AsEnumerable(),
            _ => [],
        };
        foreach (var child in children.ToArray())
        {
            foreach (var descendant in Nodes(child))
            {
                yield return descendant;
            }
        }
    }

    private static byte[] InsertOddNumber(string json, Random random)
    {
        var at = json.IndexOf(':', StringComparison.Ordinal);
        var odd = OddNumbers[random.Next(OddNumbers.Length)];
        return Encoding.UTF8.GetBytes(at < 0 ? odd : json[..(at + 1)] + odd + "," + json[(at + 1)..]);
    }

    private static byte[] InvalidUtf8(byte[] valid, Random random)
    {
        byte[][] bad = [[0xC3, 0x28], [0xFF], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xC0, 0xAF], [0x80]];
        var insert = bad[random.Next(bad.Length)];
        var at = 1 + random.Next(Math.Max(1, valid.Length - 1));
        return [.. valid[..at], .. insert, .. valid[at..]];
    }

    private static byte[] RandomBytes(Random random)
    {
        var bytes = new byte[random.Next(1, 512)];
        random.NextBytes(bytes);
        return bytes;
    }

    private static string DeepNesting(int depth) =>
        new StringBuilder().Append('[', depth).Append('1').Append(']', depth).ToString();
}
