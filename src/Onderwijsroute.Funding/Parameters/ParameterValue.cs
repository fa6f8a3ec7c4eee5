namespace Onderwijsroute.Funding.Parameters;

/// <summary>
/// One value of a parameter: a number (exact decimal) or a word, checked against its unit when created.
/// </summary>
public sealed class ParameterValue : IEquatable<ParameterValue>
{
    private ParameterValue(ParameterUnit unit, decimal number, string? text)
    {
        Unit = unit;
        Number = number;
        Text = text;
    }

    /// <summary>The unit.</summary>
    public ParameterUnit Unit { get; }

    /// <summary>The number; zero for a text value.</summary>
    public decimal Number { get; }

    /// <summary>The word of a text value, else <c>null</c>.</summary>
    public string? Text { get; }

    /// <summary>The value as euros.</summary>
    /// <exception cref="InvalidOperationException">The unit is not euro.</exception>
    public Money AsMoney() => Unit == ParameterUnit.Euro ? Money.FromEuros(Number) : throw WrongUnit(ParameterUnit.Euro);

    /// <summary>The value as a whole number.</summary>
    /// <exception cref="InvalidOperationException">The unit is not a count or years.</exception>
    public long AsInteger() => Unit is ParameterUnit.Count or ParameterUnit.Years ? (long)Number : throw WrongUnit(ParameterUnit.Count);

    /// <summary>The value as an exact fraction.</summary>
    /// <exception cref="InvalidOperationException">The unit is not a fraction.</exception>
    public decimal AsFraction() => Unit == ParameterUnit.Fraction ? Number : throw WrongUnit(ParameterUnit.Fraction);

    /// <summary>The value as a word.</summary>
    /// <exception cref="InvalidOperationException">The unit is not text.</exception>
    public string AsText() => Text ?? throw WrongUnit(ParameterUnit.Text);

    /// <summary>Parses a value written in a parameter file or an override (invariant culture, <c>.</c> as decimal point).</summary>
    /// <param name="unit">The parameter's unit.</param>
    /// <param name="text">The written value.</param>
    /// <param name="value">The value when the result is <c>true</c>.</param>
    /// <param name="problem">Why the text is not a value of the unit, when the result is <c>false</c>.</param>
    /// <returns>Whether the text is a valid value of the unit.</returns>
    public static bool TryParse(ParameterUnit unit, string? text, out ParameterValue? value, out string? problem)
    {
        value = null;
        problem = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            problem = "the value is empty";
            return false;
        }

        if (unit == ParameterUnit.Text)
        {
            value = new ParameterValue(unit, 0m, text.Trim());
            return true;
        }

        if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            problem = $"'{text}' is not a number";
            return false;
        }

        return TryCreate(unit, number, out value, out problem);
    }

    /// <summary>Creates a numeric value, checked against its unit.</summary>
    /// <param name="unit">The unit (not text).</param>
    /// <param name="number">The number.</param>
    /// <param name="value">The value when the result is <c>true</c>.</param>
    /// <param name="problem">Why the number does not fit the unit, when the result is <c>false</c>.</param>
    /// <returns>Whether the number fits the unit.</returns>
    public static bool TryCreate(ParameterUnit unit, decimal number, out ParameterValue? value, out string? problem)
    {
        value = null;
        problem = unit switch
        {
            ParameterUnit.Text => "a text parameter needs a word, not a number",
            ParameterUnit.Euro when !Money.TryFromEuros(number, out _) => $"{number} is not an amount in whole cents",
            ParameterUnit.Euro when number < 0 => "an amount must not be negative",
            ParameterUnit.Count or ParameterUnit.Years when number != decimal.Truncate(number) || number < 0 => $"{number} is not a non-negative whole number",
            ParameterUnit.Count or ParameterUnit.Years when number > long.MaxValue => $"{number} is too large",
            _ => null,
        };
        if (problem is not null)
        {
            return false;
        }

        value = new ParameterValue(unit, number, null);
        return true;
    }

    /// <summary>The value in canonical invariant text, as hashed for the parameter version.</summary>
    public override string ToString() => Text ?? (Number / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public bool Equals(ParameterValue? other) => other is not null && Unit == other.Unit && Number == other.Number && Text == other.Text;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ParameterValue);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Unit, Number, Text);

    private InvalidOperationException WrongUnit(ParameterUnit wanted) => new($"Parameter value {this} has unit {Unit}, not {wanted}.");
}
