namespace Onderwijsroute.Funding.Forecasts;

/// <summary>The Dutch words for <see cref="ContractForm"/>.</summary>
public static class ContractFormNames
{
    /// <summary>The word for <see cref="ContractForm.Contracted"/>.</summary>
    public const string Contracted = "gecontracteerd";

    /// <summary>The word for <see cref="ContractForm.Custom"/>.</summary>
    public const string Custom = "maatwerk";

    /// <summary>The Dutch word of a form.</summary>
    /// <param name="form">The form.</param>
    public static string ToDutch(this ContractForm form) => form == ContractForm.Custom ? Custom : Contracted;

    /// <summary>Parses a Dutch word.</summary>
    /// <param name="text">The word.</param>
    /// <param name="form">The form when the result is <c>true</c>.</param>
    /// <returns>Whether the word is a contract form.</returns>
    public static bool TryParse(string? text, out ContractForm form)
    {
        form = text == Custom ? ContractForm.Custom : ContractForm.Contracted;
        return text is Contracted or Custom;
    }
}
