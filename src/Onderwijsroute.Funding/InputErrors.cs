using System.Collections;

namespace Onderwijsroute.Funding;

/// <summary>
/// Every input error a check found, in the order found (Dutch: <em>invoerfouten</em>); immutable, and empty when the
/// input is fine. Bounded: a list keeps at most <see cref="MaxCount"/> errors and says when it left more out, so that a
/// request with a wrong value in each of ten thousand items gets a readable answer rather than a huge one.
/// </summary>
public sealed class InputErrors : IReadOnlyList<InputError>
{
    /// <summary>The most errors one list keeps.</summary>
    public const int MaxCount = 1_000;

    private readonly InputError[] _errors;

    internal InputErrors(InputError[] errors, bool isTruncated)
    {
        _errors = errors;
        IsTruncated = isTruncated;
    }

    /// <summary>No errors.</summary>
    public static InputErrors Empty { get; } = new([], false);

    /// <summary>Whether there are no errors.</summary>
    public bool IsEmpty => _errors.Length == 0;

    /// <summary>The number of errors kept.</summary>
    public int Count => _errors.Length;

    /// <summary>Whether more errors were found than <see cref="MaxCount"/> and the rest was left out.</summary>
    public bool IsTruncated { get; }

    /// <summary>The error at a position.</summary>
    /// <param name="index">The position, from 0.</param>
    public InputError this[int index] => _errors[index];

    /// <summary>A list of one error.</summary>
    /// <param name="path">The field as a JSON path.</param>
    /// <param name="message">What is wrong, in Dutch.</param>
    public static InputErrors Of(string path, string message) => new([new InputError(path, message)], false);

    /// <summary>These errors followed by others (each list keeps its order; the result keeps at most <see cref="MaxCount"/>).</summary>
    /// <param name="other">The errors to add.</param>
    public InputErrors Concat(InputErrors other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.IsEmpty)
        {
            return this;
        }

        if (IsEmpty)
        {
            return other;
        }

        var errors = new InputErrorsBuilder();
        errors.AddRange(this);
        errors.AddRange(other);
        return errors.ToErrors();
    }

    /// <inheritdoc/>
    public IEnumerator<InputError> GetEnumerator() => ((IEnumerable<InputError>)_errors).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Every error as <c>path: message</c>, separated by semicolons.</summary>
    public override string ToString() => string.Join("; ", _errors.Select(e => e.ToString())) + (IsTruncated ? "; …" : string.Empty);
}
