namespace Onderwijsroute.Funding;

/// <summary>
/// One input field that a calculation cannot accept (Dutch: <em>invoerfout</em>): where it is, as a JSON path of the
/// request (e.g. <c>aantallen[3].gemeenteCode</c>), and what is wrong with it, in Dutch for the person who sent it.
/// Immutable; equal when path and message are equal (ordinally, as a record compares its strings).
/// </summary>
public sealed record InputError
{
    /// <summary>Creates an error.</summary>
    /// <param name="path">The field as a JSON path; <c>body</c> for the request as a whole.</param>
    /// <param name="message">What is wrong, in Dutch.</param>
    /// <exception cref="ArgumentException">The path or the message is empty.</exception>
    public InputError(string path, string message)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        Path = path;
        Message = message;
    }

    /// <summary>The field as a JSON path.</summary>
    public string Path { get; }

    /// <summary>What is wrong, in Dutch.</summary>
    public string Message { get; }

    /// <summary><c>path: message</c>.</summary>
    public override string ToString() => $"{Path}: {Message}";
}
