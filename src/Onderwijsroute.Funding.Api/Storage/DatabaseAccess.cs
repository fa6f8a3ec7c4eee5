namespace Onderwijsroute.Funding.Api.Storage;

/// <summary>
/// What the service's user must be allowed to do before SQLite opens anything (issue 11): create the database folder
/// when it is missing, create files in it (SQLite keeps its <c>-wal</c> and <c>-shm</c> files beside the database, and
/// the first start writes the beheer key there), and read and write the database file and its <c>-wal</c> and
/// <c>-shm</c> files when they exist. Checked by trying, so that permissions, ACLs, read-only mounts and a full inode
/// table all count, and before SQLite, so that a refused start leaves nothing behind.
/// </summary>
internal static class DatabaseAccess
{
    /// <summary>The one log line that says which path lacks which permission, or <c>null</c> when everything is allowed.</summary>
    /// <param name="filePath">The absolute path of the database file.</param>
    public static string? Problem(string filePath)
    {
        var folder = Path.GetDirectoryName(filePath) ?? ".";
        if (!Directory.Exists(folder))
        {
            try
            {
                Directory.CreateDirectory(folder);
            }
            catch (Exception e) when (e is UnauthorizedAccessException or IOException)
            {
                return $"Cannot create the database folder {folder}: {Reason(e, "no write permission on", Existing(folder))}.";
            }
        }

        var probe = Path.Combine(folder, $".{Path.GetFileName(filePath)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (File.Create(probe, 1, FileOptions.DeleteOnClose))
            {
            }
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            return $"Cannot create files in the database folder {folder}: {Reason(e, "no write permission on", folder)} (SQLite keeps its -wal and -shm files beside the database).";
        }

        foreach (var file in new[] { filePath, filePath + "-wal", filePath + "-shm" })
        {
            if (FileProblem(file) is { } problem)
            {
                return problem;
            }
        }

        return null;
    }

    private static string? FileProblem(string file)
    {
        if (!File.Exists(file))
        {
            return null;
        }

        foreach (var (access, missing) in new[] { (FileAccess.Read, "no read permission on"), (FileAccess.ReadWrite, "no write permission on") })
        {
            try
            {
                using (new FileStream(file, FileMode.Open, access, FileShare.ReadWrite | FileShare.Delete))
                {
                }
            }
            catch (Exception e) when (e is UnauthorizedAccessException or IOException)
            {
                return $"Cannot open the database file {file}: {Reason(e, missing, file)}.";
            }
        }

        return null;
    }

    // A refused permission is named as such; any other I/O error (a read-only file system, no space for a new file) by its message.
    private static string Reason(Exception e, string missingPermission, string path) =>
        e is UnauthorizedAccessException ? $"{missingPermission} {path}" : $"{e.Message.TrimEnd('.')} ({path})";

    private static string Existing(string folder)
    {
        var parent = Path.GetDirectoryName(folder);
        while (parent is not null && !Directory.Exists(parent))
        {
            parent = Path.GetDirectoryName(parent);
        }

        return parent ?? folder;
    }
}
