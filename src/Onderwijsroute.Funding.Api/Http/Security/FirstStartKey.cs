namespace Onderwijsroute.Funding.Api.Http.Security;

/// <summary>
/// On the very first start of a fresh installation (the database file did not exist and no key exists yet) makes a
/// <c>beheer</c> key and writes it to <c>beheer-sleutel.txt</c> next to the database (mode 0600 on Unix), so a
/// newcomer is never locked out. Only the file's path is logged, never the key.
/// </summary>
internal sealed partial class FirstStartKey(ApiKeyStore keys, IApiKeyRepository repository, ILogger<FirstStartKey> logger)
{
    /// <summary>The file name, in the database's folder.</summary>
    public const string FileName = "beheer-sleutel.txt";

    /// <summary>Makes and writes the key when the key table is empty.</summary>
    /// <param name="databasePath">The database file.</param>
    public void CreateIfNone(string databasePath)
    {
        if (repository.Count() > 0)
        {
            return;
        }

        var (_, key) = keys.Create("eerste beheersleutel", ApiRoles.Beheer, null, null);
        var path = Path.Combine(Path.GetDirectoryName(databasePath) ?? ".", FileName);
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var writer = new StreamWriter(path, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false), options))
        {
            writer.WriteLine(key);
        }

        LogWritten(logger, path);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "First start: a beheer API key was written to {Path}; keep it safe, then delete the file")]
    private static partial void LogWritten(ILogger logger, string path);
}
