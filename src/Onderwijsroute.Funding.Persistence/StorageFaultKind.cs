namespace Onderwijsroute.Funding.Persistence;

/// <summary>What is wrong with the store when a statement fails for a reason outside the statement itself.</summary>
public enum StorageFaultKind
{
    /// <summary>The file system holding the database is full (SQLite error 13): writes fail until space is freed.</summary>
    Full,

    /// <summary>The database file is damaged (SQLite error 11 or 26): only a restore mends it.</summary>
    Damaged,

    /// <summary>The database cannot be written or opened (read-only, I/O error, permissions): the file system needs a look.</summary>
    Unwritable,
}
