namespace Onderwijsroute.Funding;

/// <summary>
/// The CBS code of an arbeidsmarktregio (Dutch: <em>arbeidsmarktregiocode</em>), <c>AM</c> and two digits, e.g. <c>AM18</c>.
/// Codes are equal and order as their text, ordinally.
/// </summary>
public readonly record struct RegionCode : IComparable<RegionCode>, ICbsCode<RegionCode>
{
    private readonly string? _value;

    private RegionCode(string value) => _value = value;

    /// <summary>The code as text.</summary>
    public string Value => _value ?? throw new InvalidOperationException("An uninitialised region code was used.");

    /// <summary>Parses a code.</summary>
    /// <param name="value">Text such as <c>AM18</c>.</param>
    /// <exception cref="FormatException">The text is not a region code.</exception>
    public static RegionCode Parse(string value) => CbsCodes.Parse<RegionCode>(value);

    /// <summary>Tries to parse a code.</summary>
    /// <param name="value">The text.</param>
    /// <param name="code">The code when the result is <c>true</c>.</param>
    /// <returns>Whether <paramref name="value"/> is a well-formed region code.</returns>
    public static bool TryParse(string? value, out RegionCode code) => CbsCodes.TryParse(value, out code);

    static string ICbsCode<RegionCode>.Prefix => "AM";

    static int ICbsCode<RegionCode>.Digits => 2;

    static string ICbsCode<RegionCode>.Description => "CBS arbeidsmarktregiocode (AM followed by two digits)";

    static RegionCode ICbsCode<RegionCode>.FromWellFormed(string value) => new(value);

    /// <inheritdoc />
    public int CompareTo(RegionCode other) => string.CompareOrdinal(_value, other._value);

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
