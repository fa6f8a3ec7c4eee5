using Onderwijsroute.Funding.Scenarios.Documents;

namespace Onderwijsroute.Funding.Scenarios.Ready;

/// <summary>
/// The four ready scenarios carried by this library (Dutch: <em>kant-en-klare scenario's</em>), each a YAML file under
/// <c>Scenarios/Ready/</c> with a Dutch description and every assumption stated with status and source.
/// </summary>
public static class ReadyScenarios
{
    private const string ResourcePrefix = "Scenarios/Ready/";
    private static readonly Lazy<IReadOnlyList<ScenarioDefinition>> Loaded = new(() => FileNames()
        .Select(name => ScenarioDefinition.Create(Document(name), ParameterCatalogue.Embedded, ReferenceDataSet.Embedded).Value)
        .ToArray());

    /// <summary>The ready scenarios with the embedded parameters and reference data, loaded strictly and checked once.</summary>
    public static IReadOnlyList<ScenarioDefinition> All => Loaded.Value;

    /// <summary>The file names of the ready scenarios, in order.</summary>
    public static IReadOnlyList<string> FileNames() => EmbeddedFiles.Names(ResourcePrefix);

    /// <summary>One ready scenario as written in its file.</summary>
    /// <param name="fileName">A name from <see cref="FileNames"/>.</param>
    /// <exception cref="ScenarioLoadException">The file is malformed or has an unknown key.</exception>
    public static ScenarioDocument Document(string fileName)
    {
        using var reader = EmbeddedFiles.Open(ResourcePrefix, fileName);
        return ScenarioFileLoader.Load(fileName, reader);
    }

    /// <summary>Reads a scenario written in the same YAML format (strict: an unknown key is an error).</summary>
    /// <param name="fileName">A name for messages.</param>
    /// <param name="content">The YAML.</param>
    /// <exception cref="ScenarioLoadException">The content is malformed or has an unknown key.</exception>
    public static ScenarioDocument Read(string fileName, TextReader content) => ScenarioFileLoader.Load(fileName, content);
}
