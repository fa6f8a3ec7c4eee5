namespace Onderwijsroute.Funding;

/// <summary>
/// What the CBS codes (<see cref="MunicipalityCode"/>, <see cref="RegionCode"/>) share: a fixed prefix and a fixed
/// number of ASCII digits, parsed the same way. Each code type says its own prefix, length and name; equality and
/// order are the ordinal ones of the text, which both get as record structs.
/// </summary>
/// <typeparam name="TSelf">The code type.</typeparam>
internal interface ICbsCode<TSelf>
    where TSelf : struct, ICbsCode<TSelf>
{
    /// <summary>The letters every code starts with, e.g. <c>GM</c>.</summary>
    static abstract string Prefix { get; }

    /// <summary>How many digits follow the prefix.</summary>
    static abstract int Digits { get; }

    /// <summary>What the code is called in the message of a refused parse.</summary>
    static abstract string Description { get; }

    /// <summary>The code of text already known to be well formed.</summary>
    static abstract TSelf FromWellFormed(string value);
}
