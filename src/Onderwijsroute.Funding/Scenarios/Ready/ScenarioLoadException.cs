namespace Onderwijsroute.Funding.Scenarios.Ready;

/// <summary>A scenario file that cannot be read: malformed YAML, an unknown key or a malformed date.</summary>
public sealed class ScenarioLoadException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="fileName">The file.</param>
    /// <param name="problem">What is wrong.</param>
    /// <param name="inner">The parser's exception, if any.</param>
    public ScenarioLoadException(string fileName, string problem, Exception? inner = null)
        : base($"{fileName}: {problem}", inner)
    {
    }
}
