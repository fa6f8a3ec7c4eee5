namespace Onderwijsroute.Funding;

/// <summary>The one parser of the CBS code types (see <see cref="ICbsCode{TSelf}"/>).</summary>
internal static class CbsCodes
{
    /// <summary>Parses a code, or throws <see cref="FormatException"/> naming what the text should have been.</summary>
    public static T Parse<T>(string value)
        where T : struct, ICbsCode<T> =>
        TryParse<T>(value, out var code) ? code : throw new FormatException($"'{value}' is not a {T.Description}.");

    /// <summary>Parses a code; <c>false</c> when the text is not the prefix followed by exactly the right number of digits.</summary>
    public static bool TryParse<T>(string? value, out T code)
        where T : struct, ICbsCode<T>
    {
        code = default;
        if (value is null || value.Length != T.Prefix.Length + T.Digits || !value.StartsWith(T.Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        for (var i = T.Prefix.Length; i < value.Length; i++)
        {
            if (!char.IsAsciiDigit(value[i]))
            {
                return false;
            }
        }

        code = T.FromWellFormed(value);
        return true;
    }
}
