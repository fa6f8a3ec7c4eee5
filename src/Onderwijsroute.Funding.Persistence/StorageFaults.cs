using Microsoft.Data.Sqlite;
using Npgsql;

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
            if (e is PostgresException postgres)
            {
                return Postgres(postgres.SqlState);
            }

            // No answer from the server at all (refused, reset, timed out): the shared store cannot be written.
            if (e is NpgsqlException { InnerException: System.Net.Sockets.SocketException or IOException or TimeoutException })
            {
                return StorageFaultKind.Unwritable;
            }

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

    // PostgreSQL error codes (https://www.postgresql.org/docs/current/errcodes-appendix.html): class 53 insufficient
    // resources (53100 disk full), XX001/XX002 damaged data or index, 08 connection, 57P01-57P03 server shut down or
    // starting, 25006 read-only transaction (a standby), 42501 no privilege.
    private static StorageFaultKind? Postgres(string sqlState) => sqlState switch
    {
        "53100" => StorageFaultKind.Full,
        "XX001" or "XX002" => StorageFaultKind.Damaged,
        "25006" or "42501" or "57P01" or "57P02" or "57P03" => StorageFaultKind.Unwritable,
        _ when sqlState.StartsWith("08", StringComparison.Ordinal) => StorageFaultKind.Unwritable,
        _ => null,
    };
}
