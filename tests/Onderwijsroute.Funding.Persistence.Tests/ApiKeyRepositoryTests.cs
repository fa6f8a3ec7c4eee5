using Dapper;
using NodaTime;

namespace Onderwijsroute.Funding.Persistence.Tests;

public sealed class ApiKeyRepositoryTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 3, 1, 12, 0);

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task Add_ThenFind_RoundTripsEveryField_AndRevokeKeepsTheFirstTime(string engine)
    {
        using var store = TestStore.Create(engine);
        var repository = store.Keys;
        var record = new ApiKeyRecord("0123456789abcdef", "Groningen", "gemeente", "GM0014", [1, 2, 3], [4, 5, 6], Now, Now.Plus(Duration.FromDays(30)), null);

        repository.Add(record);
        var found = await repository.FindAsync(record.Id, CancellationToken.None);
        var firstRevoke = repository.Revoke(record.Id, Now.Plus(Duration.FromHours(1)));
        var secondRevoke = repository.Revoke(record.Id, Now.Plus(Duration.FromHours(2)));

        Assert.NotNull(found);
        Assert.Equal(record.Name, found.Name);
        Assert.Equal(record.Scope, found.Scope);
        Assert.Equal(record.Salt, found.Salt);
        Assert.Equal(record.Hash, found.Hash);
        Assert.Equal(record.ExpiresAt, found.ExpiresAt);
        Assert.True(firstRevoke);
        Assert.False(secondRevoke);
        Assert.Equal(Now.Plus(Duration.FromHours(1)), (await repository.FindAsync(record.Id, CancellationToken.None))!.RevokedAt);
        Assert.Equal(1, repository.Count());
        Assert.Equal([record.Id], repository.List().Select(k => k.Id));
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task Audit_StoresWhoWhatWhen(string engine)
    {
        using var store = TestStore.Create(engine);

        await store.Keys.AuditAsync(new AuditRecord(Now, "0123456789abcdef", "Groningen", "gemeente", "POST", "/v1/gemeenten/GM0014/prognoses", 201), CancellationToken.None);

        Assert.Equal(1, store.Scalar("SELECT count(*) FROM auditlog WHERE pad = '/v1/gemeenten/GM0014/prognoses' AND status = 201 AND sleutel_naam = 'Groningen'"));
    }

    [Fact]
    public void Open_CommitsWithSynchronousFull()
    {
        using var file = new TemporaryDatabaseFile();
        var database = SqliteDatabase.ForFile(file.FilePath);
        DatabaseMigrator.Migrate(database);

        using var connection = database.Open();

        Assert.Equal(2L, connection.ExecuteScalar<long>("PRAGMA synchronous;"));
        Assert.Equal("wal", connection.ExecuteScalar<string>("PRAGMA journal_mode;"));
    }
}
