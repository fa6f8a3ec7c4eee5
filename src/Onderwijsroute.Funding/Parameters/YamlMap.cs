using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Onderwijsroute.Funding.Parameters;

/// <summary>
/// A YAML mapping read strictly, with the line of every node at hand: the parameter files and the sources register
/// are read through it so that an unknown key, a missing value or a wrong shape is a load error naming file and line.
/// (The serializer-based readers know the line only of syntax errors.)
/// </summary>
internal sealed class YamlMap
{
    private readonly YamlMappingNode _node;
    private readonly HashSet<string> _allowed = new(StringComparer.Ordinal);

    private YamlMap(string fileName, YamlMappingNode node)
    {
        FileName = fileName;
        _node = node;
    }

    public string FileName { get; }

    public int Line => LineOf(_node);

    /// <summary>Parses a whole document whose root is a mapping.</summary>
    public static YamlMap Root(string fileName, TextReader reader)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(reader);
        }
        catch (YamlException e)
        {
            throw new ParameterLoadException(fileName, (int)e.Start.Line, Innermost(e).Message, e);
        }

        if (stream.Documents.Count == 0)
        {
            throw new ParameterLoadException(fileName, "the file is empty");
        }

        return stream.Documents[0].RootNode is YamlMappingNode root
            ? new YamlMap(fileName, root)
            : throw new ParameterLoadException(fileName, LineOf(stream.Documents[0].RootNode), "the file is not a mapping of keys");
    }

    public static int LineOf(YamlNode node) => (int)node.Start.Line;

    public ParameterLoadException Error(string message) => new(FileName, Line, message);

    public ParameterLoadException Error(YamlNode node, string message) => new(FileName, LineOf(node), message);

    /// <summary>A scalar's text, or <c>null</c> when the key is absent or its value empty.</summary>
    public string? Text(string key)
    {
        var node = Node(key);
        return node switch
        {
            null => null,
            YamlScalarNode scalar => string.IsNullOrWhiteSpace(scalar.Value) || (scalar.Style == ScalarStyle.Plain && scalar.Value is "~" or "null") ? null : scalar.Value.Trim(),
            _ => throw Error(node, $"'{key}' must be a single value"),
        };
    }

    public string RequiredText(string key) => Text(key) ?? throw Error($"'{key}' is missing");

    /// <summary>A value that is either one scalar or a list of scalars, each with its line.</summary>
    public IReadOnlyList<(string Text, int Line)> TextOrList(string key)
    {
        var node = Node(key);
        return node switch
        {
            null => [],
            YamlScalarNode scalar => string.IsNullOrWhiteSpace(scalar.Value) ? [] : [(scalar.Value.Trim(), LineOf(scalar))],
            YamlSequenceNode list => list.Children.Select(child => child is YamlScalarNode { Value: { } text } && !string.IsNullOrWhiteSpace(text)
                ? (text.Trim(), LineOf(child))
                : throw Error(child, $"each entry of '{key}' must be a single non-empty value")).ToArray(),
            _ => throw Error(node, $"'{key}' must be a value or a list of values"),
        };
    }

    public YamlMap? Map(string key)
    {
        var node = Node(key);
        return node switch
        {
            null => null,
            YamlMappingNode map => new YamlMap(FileName, map),
            _ => throw Error(node, $"'{key}' must be a mapping of keys"),
        };
    }

    public YamlMap RequiredMap(string key) => Map(key) ?? throw Error($"'{key}' is missing");

    /// <summary>The entries of a mapping whose keys are names (parameters, sources), in file order.</summary>
    public IReadOnlyList<(string Key, int Line, YamlMap Value)> Entries()
    {
        return _node.Children.Select(entry =>
        {
            var key = (entry.Key as YamlScalarNode)?.Value ?? throw Error(entry.Key, "a key must be a single word");
            return entry.Value is YamlMappingNode map
                ? (key, LineOf(entry.Key), new YamlMap(FileName, map))
                : throw Error(entry.Value, $"'{key}' must be a mapping of keys");
        }).ToArray();
    }

    /// <summary>The mappings of a list (e.g. the dated values), or an empty list when the key is absent.</summary>
    public IReadOnlyList<YamlMap> MapList(string key)
    {
        var node = Node(key);
        return node switch
        {
            null => [],
            YamlSequenceNode list => list.Children.Select(child => child is YamlMappingNode map
                ? new YamlMap(FileName, map)
                : throw Error(child, $"each entry of '{key}' must be a mapping of keys")).ToArray(),
            _ => throw Error(node, $"'{key}' must be a list"),
        };
    }

    /// <summary>Fails on the first key that is not one of the keys read or named here.</summary>
    public void RejectUnknownKeys(params string[] alsoAllowed)
    {
        _allowed.UnionWith(alsoAllowed);
        foreach (var key in _node.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? string.Empty;
            if (!_allowed.Contains(name))
            {
                throw Error(key, $"unknown key '{name}'");
            }
        }
    }

    private YamlNode? Node(string key)
    {
        _allowed.Add(key);
        return _node.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;
    }

    private static Exception Innermost(Exception e) => e.InnerException is null ? e : Innermost(e.InnerException);
}
