namespace Onderwijsroute.Funding;

/// <summary>
/// Collects input errors while a check runs and makes the immutable <see cref="InputErrors"/>. It allocates nothing
/// until the first error, so a check of a long list that finds nothing costs no more than the loop.
/// </summary>
public sealed class InputErrorsBuilder
{
    private List<InputError>? _errors;
    private bool _isTruncated;

    /// <summary>Whether no error was added.</summary>
    public bool IsEmpty => _errors is null;

    /// <summary>Adds an error (beyond <see cref="InputErrors.MaxCount"/> it is counted as left out).</summary>
    /// <param name="path">The field as a JSON path.</param>
    /// <param name="message">What is wrong, in Dutch.</param>
    public void Add(string path, string message) => Add(new InputError(path, message));

    /// <summary>Adds an error (beyond <see cref="InputErrors.MaxCount"/> it is counted as left out).</summary>
    /// <param name="error">The error.</param>
    public void Add(InputError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        _errors ??= [];
        if (_errors.Count < InputErrors.MaxCount)
        {
            _errors.Add(error);
        }
        else
        {
            _isTruncated = true;
        }
    }

    /// <summary>Adds every error of a list, in order.</summary>
    /// <param name="errors">The errors.</param>
    public void AddRange(InputErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        foreach (var error in errors)
        {
            Add(error);
        }

        _isTruncated |= errors.IsTruncated;
    }

    /// <summary>The errors collected so far.</summary>
    public InputErrors ToErrors() => _errors is null ? InputErrors.Empty : new InputErrors([.. _errors], _isTruncated);

    /// <summary>The errors a check finds.</summary>
    /// <param name="check">Adds every input error it finds.</param>
    internal static InputErrors Collect(Action<InputErrorsBuilder> check)
    {
        var errors = new InputErrorsBuilder();
        check(errors);
        return errors.ToErrors();
    }
}
