namespace Onderwijsroute.Funding;

/// <summary>
/// Small numbers written out in Dutch, for explanation texts that state a parameter's value in words ("de twee jaren
/// erna", "een latere achttiende verjaardag"): the value comes from the parameters, only its spelling lives here.
/// Beyond twenty the digits stand in ("21", "21e").
/// </summary>
internal static class DutchNumbers
{
    private static readonly string[] Cardinals =
        ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien",
         "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien", "twintig"];

    private static readonly string[] Ordinals =
        ["nulde", "eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste", "negende", "tiende",
         "elfde", "twaalfde", "dertiende", "veertiende", "vijftiende", "zestiende", "zeventiende", "achttiende", "negentiende", "twintigste"];

    /// <summary>The number in words (<c>2</c>: "twee"), or in digits when it is negative or above twenty.</summary>
    public static string Cardinal(long n) => n >= 0 && n < Cardinals.Length ? Cardinals[n] : n.ToString(CultureInfo.InvariantCulture);

    /// <summary>The ordinal in words (<c>18</c>: "achttiende"), or in digits with "e" when it is negative or above twenty.</summary>
    public static string Ordinal(long n) => n >= 0 && n < Ordinals.Length ? Ordinals[n] : n.ToString(CultureInfo.InvariantCulture) + "e";
}
