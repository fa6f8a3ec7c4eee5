using NodaTime;

namespace Onderwijsroute.Funding.Persistence.Tests;

public sealed class ParameterVersionRepositoryTests
{

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task Register_NewVersion_IsStoredAndFound(string engine)
    {
        using var store = TestStore.Create(engine);
        var repository = store.ParameterVersions;
        var record = new ParameterVersionRecord("sha256:d7b7", "[{\"id\":\"spuk-regulier\"}]", Instant.FromUtc(2026, 11, 28, 23, 0));

        Assert.True(repository.Register(record));
        Assert.Equal(record, await repository.FindAsync("sha256:d7b7", CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task Register_KnownVersion_KeepsTheFirstRegistration(string engine)
    {
        using var store = TestStore.Create(engine);
        var repository = store.ParameterVersions;
        var first = new ParameterVersionRecord("sha256:d7b7", "[1]", Instant.FromUtc(2026, 1, 1, 0, 0));
        repository.Register(first);

        var isNew = repository.Register(first with { ContentJson = "[2]", FirstLoadedAt = Instant.FromUtc(2026, 6, 1, 0, 0) });

        Assert.False(isNew);
        Assert.Equal(first, await repository.FindAsync("sha256:d7b7", CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task Find_UnknownVersion_ReturnsNull(string engine)
    {
        using var store = TestStore.Create(engine);
        var repository = store.ParameterVersions;
        Assert.Null(await repository.FindAsync("sha256:none", CancellationToken.None));
    }
}
