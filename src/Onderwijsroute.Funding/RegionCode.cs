namespace Onderwijsroute.Funding;

/// <summary>
/// The CBS code of an arbeidsmarktregio (Dutch: <em>arbeidsmarktregiocode</em>), <c>AM</c> and two digits, e.g. <c>AM18</c>.
/// </summary>
public readonly struct RegionCode : IEquatable<RegionCode>, IComparable<RegionCode>
{
    private readonly string? _value;

    private RegionCode(string value) => _value = value;

    /// <summary>The code as text.</summary>
    public string Value => _value ?? throw new InvalidOperationException("An uninitialised region code was used.");

    /// <summary>Parses a code.</summary>
    /// <param name="value">Text such as <c>AM18</c>.</param>
    /// <exception cref="FormatException">The text is not a region code.</exception>
    public static RegionCode Parse(string value) =>
        TryParse(value, out var code) ? code : throw new FormatException($"'{value}' is not a CBS arbeidsmarktregiocode (AM followed by two digits).");

    /// <summary>Tries to parse a code.</summary>
    /// <param name="value">The text.</param>
    /// <param name="code">The code when the result is <c>true</c>.</param>
    /// <returns>Whether <paramref name="value"/> is a well-formed region code.</returns>
    public static bool TryParse(string? value, out RegionCode code)
    {
        code = default;
        if (!MunicipalityCode.IsWellFormed(value, "AM", 2))
        {
            return false;
        }

        code = new RegionCode(value!);
        return true;
    }

    /// <inheritdoc />
    public bool Equals(RegionCode other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RegionCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <inheritdoc />
    public int CompareTo(RegionCode other) => string.CompareOrdinal(_value, other._value);

    /// <summary>Equality of codes.</summary>
    public static bool operator ==(RegionCode left, RegionCode right) => left.Equals(right);

    /// <summary>Inequality of codes.</summary>
    public static bool operator !=(RegionCode left, RegionCode right) => !left.Equals(right);

    /// <summary>Ordinal order of codes.</summary>
    public static bool operator <(RegionCode left, RegionCode right) => left.CompareTo(right) < 0;

    /// <summary>Ordinal order of codes.</summary>
    public static bool operator >(RegionCode left, RegionCode right) => left.CompareTo(right) > 0;

    /// <summary>Ordinal order of codes.</summary>
    public static bool operator <=(RegionCode left, RegionCode right) => left.CompareTo(right) <= 0;

    /// <summary>Ordinal order of codes.</summary>
    public static bool operator >=(RegionCode left, RegionCode right) => left.CompareTo(right) >= 0;

    /// <inheritdoc />
    public override string ToString() => _value ?? string.Empty;
}
