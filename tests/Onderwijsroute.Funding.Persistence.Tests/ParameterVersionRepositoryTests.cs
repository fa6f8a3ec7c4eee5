using NodaTime;

namespace Onderwijsroute.Funding.Persistence.Tests;

public sealed class ParameterVersionRepositoryTests : IDisposable
{
    private readonly TemporaryDatabaseFile _file = new();
    private readonly ParameterVersionRepository _repository;

    public ParameterVersionRepositoryTests()
    {
        var database = _file.Open();
        DatabaseMigrator.Migrate(database);
        _repository = new ParameterVersionRepository(database);
    }

    public void Dispose() => _file.Dispose();

    [Fact]
    public async Task Register_NewVersion_IsStoredAndFound()
    {
        var record = new ParameterVersionRecord("sha256:d7b7", "[{\"id\":\"spuk-regulier\"}]", Instant.FromUtc(2026, 11, 28, 23, 0));

        Assert.True(_repository.Register(record));
        Assert.Equal(record, await _repository.FindAsync("sha256:d7b7", CancellationToken.None));
    }

    [Fact]
    public async Task Register_KnownVersion_KeepsTheFirstRegistration()
    {
        var first = new ParameterVersionRecord("sha256:d7b7", "[1]", Instant.FromUtc(2026, 1, 1, 0, 0));
        _repository.Register(first);

        var isNew = _repository.Register(first with { ContentJson = "[2]", FirstLoadedAt = Instant.FromUtc(2026, 6, 1, 0, 0) });

        Assert.False(isNew);
        Assert.Equal(first, await _repository.FindAsync("sha256:d7b7", CancellationToken.None));
    }

    [Fact]
    public async Task Find_UnknownVersion_ReturnsNull()
    {
        Assert.Null(await _repository.FindAsync("sha256:none", CancellationToken.None));
    }
}
