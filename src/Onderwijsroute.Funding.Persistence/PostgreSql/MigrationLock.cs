using Dapper;
using Npgsql;

namespace Onderwijsroute.Funding.Persistence.PostgreSql;

/// <summary>The session advisory lock that lets one instance at a time migrate a shared PostgreSQL database.</summary>
internal sealed class MigrationLock : IDisposable
{
    // Any fixed number shared by every instance; pg_advisory_lock is held by the session until it is released.
    private const long Key = 0x6F6E64_16;

    private readonly NpgsqlConnection _connection;

    /// <summary>Waits for the lock on a connection of its own.</summary>
    /// <param name="connection">An open connection; closed when the lock is released.</param>
    public MigrationLock(NpgsqlConnection connection)
    {
        _connection = connection;
        try
        {
            _connection.Execute("SELECT pg_advisory_lock(@Lock);", new { Lock = Key });
        }
        catch
        {
            _connection.Dispose();
            throw;
        }
    }

    /// <summary>Releases the lock and closes its connection.</summary>
    public void Dispose()
    {
        _connection.Execute("SELECT pg_advisory_unlock(@Lock);", new { Lock = Key });
        _connection.Dispose();
    }
}
