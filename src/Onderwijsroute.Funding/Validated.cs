namespace Onderwijsroute.Funding;

/// <summary>Makes <see cref="Validated{T}"/> outcomes.</summary>
public static class Validated
{
    /// <summary>An accepted outcome.</summary>
    /// <typeparam name="T">The result type.</typeparam>
    /// <param name="value">The result.</param>
    public static Validated<T> Valid<T>(T value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new Validated<T>(value, InputErrors.Empty);
    }

    /// <summary>A refused outcome.</summary>
    /// <typeparam name="T">The result type.</typeparam>
    /// <param name="errors">Every error found; at least one.</param>
    /// <exception cref="ArgumentException">The list is empty.</exception>
    public static Validated<T> Invalid<T>(InputErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.IsEmpty)
        {
            throw new ArgumentException("A refused outcome names at least one error.", nameof(errors));
        }

        return new Validated<T>(default, errors);
    }

    /// <summary>The result, or the errors when there are any: the usual ending of a check followed by a calculation.</summary>
    /// <typeparam name="T">The result type.</typeparam>
    /// <param name="errors">The errors the check found.</param>
    /// <param name="calculate">Computes the result; only called when there are no errors.</param>
    public static Validated<T> Unless<T>(InputErrors errors, Func<T> calculate)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(calculate);
        return errors.IsEmpty ? Valid(calculate()) : Invalid<T>(errors);
    }

    /// <summary>Checks a request, then computes it when the check found nothing: the shape of every calculation's entry point.</summary>
    /// <typeparam name="TChecked">What the check hands to the computation.</typeparam>
    /// <typeparam name="T">The result type.</typeparam>
    /// <param name="check">Adds every input error it finds.</param>
    /// <param name="compute">Computes the result from a request the check accepted.</param>
    internal static Validated<T> CheckThen<TChecked, T>(Func<InputErrorsBuilder, TChecked> check, Func<TChecked, T> compute)
    {
        var errors = new InputErrorsBuilder();
        var checkedRequest = check(errors);
        return Unless(errors.ToErrors(), () => compute(checkedRequest));
    }
}
