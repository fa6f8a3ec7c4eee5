using Microsoft.Data.Sqlite;

namespace Onderwijsroute.Funding.Persistence;

/// <summary>Tells a failure of the store (full, damaged, unwritable) from a failure of one statement.</summary>
public static class StorageFaults
{
    // Primary SQLite result codes (https://sqlite.org/rescode.html).
    private const int Permission = 3;
    private const int ReadOnly = 8;
    private const int IoError = 10;
    private const int Corrupt = 11;
    private const int Full = 13;
    private const int CannotOpen = 14;
    private const int NotADatabase = 26;

    /// <summary>The fault behind an exception (or one of its inner exceptions), or <c>null</c> when it is no storage fault.</summary>
    /// <param name="exception">The exception.</param>
    public static StorageFaultKind? Classify(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is SqliteException sqlite)
            {
                return sqlite.SqliteErrorCode switch
                {
                    Full => StorageFaultKind.Full,
                    Corrupt or NotADatabase => StorageFaultKind.Damaged,
                    Permission or ReadOnly or IoError or CannotOpen => StorageFaultKind.Unwritable,
                    _ => null,
                };
            }
        }

        return null;
    }
}
