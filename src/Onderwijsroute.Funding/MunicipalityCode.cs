namespace Onderwijsroute.Funding;

/// <summary>
/// The CBS code of a gemeente (Dutch: <em>gemeentecode</em>), <c>GM</c> followed by four digits, e.g. <c>GM0363</c>.
/// Codes are equal and order as their text, ordinally; that order is the tie-break order of every distribution (docs/domain.md §4).
/// </summary>
public readonly record struct MunicipalityCode : IComparable<MunicipalityCode>, ICbsCode<MunicipalityCode>
{
    private readonly string? _value;

    // The four digits as a number, kept beside the text: the reference data finds a gemeente's position by it in one
    // array read, for each of the 684 items of a national settlement (a hash of the text was most of its input check).
    private readonly int _number;

    private MunicipalityCode(string value)
    {
        _value = value;
        _number = ((value[2] - '0') * 1000) + ((value[3] - '0') * 100) + ((value[4] - '0') * 10) + (value[5] - '0');
    }

    /// <summary>The four digits as a number (0–9999), or −1 for an uninitialised code.</summary>
    internal int Number => _value is null ? -1 : _number;

    /// <summary>The code as text.</summary>
    public string Value => _value ?? throw new InvalidOperationException("An uninitialised municipality code was used.");

    /// <summary>Parses a code.</summary>
    /// <param name="value">Text such as <c>GM0363</c>.</param>
    /// <exception cref="FormatException">The text is not a gemeente code.</exception>
    public static MunicipalityCode Parse(string value) => CbsCodes.Parse<MunicipalityCode>(value);

    /// <summary>Tries to parse a code.</summary>
    /// <param name="value">The text.</param>
    /// <param name="code">The code when the result is <c>true</c>.</param>
    /// <returns>Whether <paramref name="value"/> is a well-formed gemeente code.</returns>
    public static bool TryParse(string? value, out MunicipalityCode code) => CbsCodes.TryParse(value, out code);

    static string ICbsCode<MunicipalityCode>.Prefix => "GM";

    static int ICbsCode<MunicipalityCode>.Digits => 4;

    static string ICbsCode<MunicipalityCode>.Description => "CBS gemeentecode (GM followed by four digits)";

    static MunicipalityCode ICbsCode<MunicipalityCode>.FromWellFormed(string value) => new(value);

    /// <inheritdoc />
    public int CompareTo(MunicipalityCode other) => string.CompareOrdinal(_value, other._value);

    /// <summary>Ordinal order of codes.</summary>
    public static bool operator <(MunicipalityCode left, MunicipalityCode right) => left.CompareTo(right) < 0;

    /// <summary>Ordinal order of codes.</summary>
    public static bool operator >(MunicipalityCode left, MunicipalityCode right) => left.CompareTo(right) > 0;

    /// <summary>Ordinal order of codes.</summary>
    public static bool operator <=(MunicipalityCode left, MunicipalityCode right) => left.CompareTo(right) <= 0;

    /// <summary>Ordinal order of codes.</summary>
    public static bool operator >=(MunicipalityCode left, MunicipalityCode right) => left.CompareTo(right) >= 0;

    /// <inheritdoc />
    public override string ToString() => _value ?? string.Empty;
}
