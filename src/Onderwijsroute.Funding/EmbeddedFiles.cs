namespace Onderwijsroute.Funding;

/// <summary>
/// The data files this library carries (parameter files, the source register, reference data, ready scenarios): each
/// is embedded under its folder, named as the project file's <c>LogicalName</c> gives it (<c>Schemes/</c>,
/// <c>Scenarios/Ready/</c> …), and read through here. A missing file means the library was built wrong: a bug.
/// </summary>
internal static class EmbeddedFiles
{
    /// <summary>The names of the files in a folder, without the folder, in ordinal order.</summary>
    /// <param name="folder">The folder with its closing slash, e.g. <c>Schemes/</c>.</param>
    public static IReadOnlyList<string> Names(string folder) =>
        typeof(EmbeddedFiles).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(folder, StringComparison.Ordinal))
            .Select(n => n[folder.Length..])
            .Order(StringComparer.Ordinal)
            .ToArray();

    /// <summary>Opens one file as text.</summary>
    /// <param name="folder">The folder with its closing slash.</param>
    /// <param name="fileName">The file's name in the folder.</param>
    /// <exception cref="FileNotFoundException">No such file is embedded.</exception>
    public static StreamReader Open(string folder, string fileName) =>
        new(typeof(EmbeddedFiles).Assembly.GetManifestResourceStream(folder + fileName)
            ?? throw new FileNotFoundException($"No embedded file {folder}{fileName}."));
}
