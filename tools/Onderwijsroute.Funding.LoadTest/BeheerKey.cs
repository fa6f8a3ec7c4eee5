namespace Onderwijsroute.Funding.LoadTest;

/// <summary>The beheer key the tool mints its keys with: <c>--beheer-sleutel-bestand</c> (the first-start file) or env <c>ORF_BEHEER_SLEUTEL</c>.</summary>
internal static class BeheerKey
{
    public static string Read(Options options)
    {
        if (options.Get("beheer-sleutel-bestand") is { } file)
        {
            return File.ReadAllText(file).Trim();
        }

        return Environment.GetEnvironmentVariable("ORF_BEHEER_SLEUTEL")
            ?? throw new ArgumentException("Give --beheer-sleutel-bestand <database folder>/beheer-sleutel.txt or set ORF_BEHEER_SLEUTEL.");
    }
}
