namespace Onderwijsroute.Funding.Parameters;

/// <summary>A parameter file that cannot be accepted: unknown key, missing source or status, overlapping dates, a gap.</summary>
public sealed class ParameterLoadException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="file">The file's name.</param>
    /// <param name="message">What is wrong, with its location.</param>
    /// <param name="inner">The underlying parser error, if any.</param>
    public ParameterLoadException(string file, string message, Exception? inner = null)
        : base($"{file}: {message}", inner)
    {
        File = file;
    }

    /// <summary>The file's name.</summary>
    public string File { get; }
}
