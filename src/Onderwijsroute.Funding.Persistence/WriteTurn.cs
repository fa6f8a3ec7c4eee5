namespace Onderwijsroute.Funding.Persistence;

/// <summary>The right to write, held until disposed (see <see cref="SqliteDatabase.EnterWrite"/>).</summary>
public readonly struct WriteTurn : IDisposable, IEquatable<WriteTurn>
{
    private readonly SqliteDatabase? _database;

    internal WriteTurn(SqliteDatabase database) => _database = database;

    /// <summary>Lets the next writer in.</summary>
    public void Dispose() => _database?.ExitWrite();

    /// <inheritdoc />
    public bool Equals(WriteTurn other) => ReferenceEquals(_database, other._database);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is WriteTurn other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _database?.GetHashCode() ?? 0;

    /// <summary>Equality.</summary>
    public static bool operator ==(WriteTurn left, WriteTurn right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(WriteTurn left, WriteTurn right) => !left.Equals(right);
}
