namespace Onderwijsroute.Funding.Parameters.Sources;

/// <summary>
/// Reads the sources register strictly: an unknown key, a missing title, publisher or kind, a malformed id, date or
/// address is a load error naming the file and line.
/// </summary>
internal static class SourceRegisterLoader
{
    public static SourceRegister Load(string fileName, TextReader content)
    {
        var root = YamlMap.Root(fileName, content);
        var sources = root.RequiredMap("sources");
        root.RejectUnknownKeys();
        var read = sources.Entries().Select(entry => ReadSource(entry.Key, entry.Line, entry.Value)).ToArray();
        if (read.Length == 0)
        {
            throw sources.Error("'sources' is empty");
        }

        return new SourceRegister(read);
    }

    private static Source ReadSource(string id, int line, YamlMap map)
    {
        if (!Source.IsWellFormedId(id))
        {
            throw new ParameterLoadException(map.FileName, line, $"source id '{id}' is not kebab-case (a-z, 0-9 and '-')");
        }

        var kindText = map.RequiredText("kind");
        if (!SourceKindNames.TryParse(kindText, out var kind))
        {
            throw map.Error($"source '{id}': unknown kind '{kindText}' ({SourceKindNames.Known})");
        }

        var date = PartialDate(map, id, "date");
        var consulted = PartialDate(map, id, "consulted");
        if (kind != SourceKind.Own && date is null && consulted is null)
        {
            throw map.Error($"source '{id}': give its 'date' or, when that is unknown, when it was 'consulted'");
        }

        var url = map.Text("url");
        if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"))
        {
            throw map.Error($"source '{id}': 'url' is not an http(s) address");
        }

        var passages = map.MapList("passages").Select(p =>
        {
            var passage = new SourcePassage(p.Text("at"), p.RequiredText("text"));
            p.RejectUnknownKeys();
            return passage;
        }).ToArray();
        var source = new Source(id, map.RequiredText("title"), map.RequiredText("publisher"), date, consulted, url, kind, passages, map.Text("note"));
        map.RejectUnknownKeys();
        return source;
    }

    /// <summary>A date as precise as known: a year, a year and month, or a full date.</summary>
    private static string? PartialDate(YamlMap map, string id, string key)
    {
        var text = map.Text(key);
        if (text is null)
        {
            return null;
        }

        string[] formats = ["yyyy", "yyyy-MM", "yyyy-MM-dd"];
        return DateTime.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? text
            : throw map.Error($"source '{id}': '{key}' is '{text}', not yyyy, yyyy-MM or yyyy-MM-dd");
    }
}
