using System.Collections.ObjectModel;

namespace Onderwijsroute.Funding.Parameters.Sources;

/// <summary>
/// Every source the parameter values, the ready scenarios and the model's own assumptions rest on, each kept once
/// with title, publisher, date, address and the passages quoted from it (Dutch: <em>bronnenregister</em>).
/// Immutable; read strictly from <c>Parameters/Sources/bronnen.yaml</c>.
/// </summary>
public sealed class SourceRegister
{
    /// <summary>The name of the embedded register file.</summary>
    public const string FileName = "bronnen.yaml";

    private static readonly Lazy<SourceRegister> EmbeddedInstance = new(() =>
    {
        using var reader = EmbeddedFiles.Open("Parameters/Sources/", FileName);
        return Load(FileName, reader);
    });

    private readonly Dictionary<string, Source> _byId;

    internal SourceRegister(IEnumerable<Source> sources)
    {
        Sources = new ReadOnlyCollection<Source>(sources.OrderBy(s => s.Id, StringComparer.Ordinal).ToArray());
        _byId = Sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
    }

    /// <summary>The register carried by this library, loaded once.</summary>
    public static SourceRegister Embedded => EmbeddedInstance.Value;

    /// <summary>The sources, ordered by id.</summary>
    public IReadOnlyList<Source> Sources { get; }

    /// <summary>Reads a register file.</summary>
    /// <param name="fileName">The file's name, for messages.</param>
    /// <param name="content">The YAML.</param>
    /// <returns>The register.</returns>
    /// <exception cref="ParameterLoadException">The file is invalid (the message names the line).</exception>
    public static SourceRegister Load(string fileName, TextReader content) => SourceRegisterLoader.Load(fileName, content);

    /// <summary>Finds a source.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The source, or <c>null</c>.</returns>
    public Source? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>Reads a written citation (<c>id place</c>).</summary>
    /// <param name="text">The written citation.</param>
    /// <param name="citation">The citation when the result is <c>true</c>.</param>
    /// <returns>Whether the id is in the register.</returns>
    public bool TryCite(string text, out Citation? citation)
    {
        var (id, location) = Citation.Split(text);
        citation = Find(id) is { } source ? new Citation(source, location) : null;
        return citation is not null;
    }

    /// <summary>
    /// Reads a free text that starts with its citations in brackets, separated by semicolons, as the ready scenarios,
    /// the reference data and the model's own assumptions write their source: <c>[onderzoeksrapport-2023 §3.1; cbs-swi] Eigen raming …</c>.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="citations">The citations found, in order.</param>
    /// <param name="rest">The text after the brackets.</param>
    /// <param name="problem">Why the text does not start with known citations, when the result is <c>false</c>.</param>
    /// <returns>Whether the text starts with at least one citation and every id in the brackets is in the register.</returns>
    public bool TryReadCitedText(string? text, out IReadOnlyList<Citation> citations, out string rest, out string? problem)
    {
        citations = [];
        rest = text?.Trim() ?? string.Empty;
        problem = null;
        var close = rest.IndexOf(']', StringComparison.Ordinal);
        if (!rest.StartsWith('[') || close < 0)
        {
            problem = "the text does not start with its sources in brackets, e.g. '[onderzoeksrapport-2023 §3.1] …'";
            return false;
        }

        var found = new List<Citation>();
        foreach (var part in rest[1..close].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!TryCite(part, out var citation))
            {
                problem = $"source '{Citation.Split(part).Id}' is not in the register";
                return false;
            }

            found.Add(citation!);
        }

        if (found.Count == 0)
        {
            problem = "the brackets name no source";
            return false;
        }

        citations = found;
        rest = rest[(close + 1)..].Trim();
        return true;
    }
}
