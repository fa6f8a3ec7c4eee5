namespace Onderwijsroute.Funding.Parameters;

/// <summary>
/// A parameter file or the sources register that cannot be accepted: an unknown key, a missing or unknown source or
/// status, overlapping dates, a gap, a formula that does not give its value. The message names the file and line.
/// </summary>
public sealed class ParameterLoadException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="file">The file's name.</param>
    /// <param name="message">What is wrong.</param>
    /// <param name="inner">The underlying parser error, if any.</param>
    public ParameterLoadException(string file, string message, Exception? inner = null)
        : base($"{file}: {message}", inner)
    {
        File = file;
    }

    /// <summary>Creates the exception for a place in the file.</summary>
    /// <param name="file">The file's name.</param>
    /// <param name="line">The line (1-based) where the problem is.</param>
    /// <param name="message">What is wrong.</param>
    /// <param name="inner">The underlying parser error, if any.</param>
    public ParameterLoadException(string file, int line, string message, Exception? inner = null)
        : base($"{file}, line {line}: {message}", inner)
    {
        File = file;
        Line = line;
    }

    /// <summary>The file's name.</summary>
    public string File { get; }

    /// <summary>The line (1-based) of the problem, or <c>null</c> when it concerns the file as a whole.</summary>
    public int? Line { get; }
}
