namespace Onderwijsroute.Funding;

/// <summary>
/// The outcome of a calculation on input it had to check first (Dutch: <em>gecontroleerd resultaat</em>): either the
/// result, or every input error found. Input errors are an expected outcome and so a value, never an exception; asking
/// an invalid outcome for its <see cref="Value"/> is a bug of the caller and does throw. Made by <see cref="Validated"/>.
/// </summary>
/// <typeparam name="T">The result type.</typeparam>
public sealed class Validated<T>
{
    private readonly T? _value;

    internal Validated(T? value, InputErrors errors)
    {
        _value = value;
        Errors = errors;
    }

    /// <summary>Whether the input was accepted and <see cref="Value"/> holds the result.</summary>
    public bool IsValid => Errors.IsEmpty;

    /// <summary>The input errors; empty when <see cref="IsValid"/>.</summary>
    public InputErrors Errors { get; }

    /// <summary>The result.</summary>
    /// <exception cref="InvalidOperationException">The input was refused (the caller should have looked at <see cref="IsValid"/>).</exception>
    public T Value => IsValid ? _value! : throw new InvalidOperationException("The input was refused, so there is no result: " + Errors);
}
