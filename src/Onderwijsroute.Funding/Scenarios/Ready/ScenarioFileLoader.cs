using Onderwijsroute.Funding.Scenarios.Documents;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Onderwijsroute.Funding.Scenarios.Ready;

/// <summary>
/// Reads a scenario file strictly into the <see cref="ScenarioDocument"/> the API reads too: the keys are its Dutch
/// field names (<c>naam</c>, <c>jaren.van</c>, <c>prijzen.perNiveau</c> …); an unknown or repeated key or a malformed
/// date is an error, never ignored. The content is checked by <see cref="ScenarioDefinition.Create"/> afterwards.
/// </summary>
internal static class ScenarioFileLoader
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .WithDuplicateKeyChecking()
        .WithTypeConverter(new IsoDateConverter())
        .Build();

    /// <exception cref="ScenarioLoadException">The content is malformed, has an unknown key or a malformed date.</exception>
    public static ScenarioDocument Load(string fileName, TextReader reader)
    {
        try
        {
            return Deserializer.Deserialize<ScenarioDocument>(reader) ?? throw new ScenarioLoadException(fileName, "the file is empty");
        }
        catch (YamlException e)
        {
            throw new ScenarioLoadException(fileName, $"line {e.Start.Line}, column {e.Start.Column}: {(e.InnerException ?? e).Message}", e);
        }
    }

    /// <summary>Dates as the JSON of the API writes them: <c>jjjj-mm-dd</c>, nothing else.</summary>
    private sealed class IsoDateConverter : IYamlTypeConverter
    {
        public bool Accepts(Type type) => type == typeof(DateOnly) || type == typeof(DateOnly?);

        public object? ReadYaml(IParser parser, Type type, ObjectDeserializer rootDeserializer)
        {
            var scalar = parser.Consume<Scalar>();
            return DateOnly.TryParseExact(scalar.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? date
                : throw new YamlException(scalar.Start, scalar.End, $"'{scalar.Value}' is geen datum (jjjj-mm-dd)");
        }

        public void WriteYaml(IEmitter emitter, object? value, Type type, ObjectSerializer serializer) =>
            throw new NotSupportedException("Scenario files are only read.");
    }
}
