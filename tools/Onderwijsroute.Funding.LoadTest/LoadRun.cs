using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Onderwijsroute.Funding.LoadTest;

/// <summary>
/// The load run: a trivial phase (<c>GET /v1/health/live</c>), a calculation phase (stored national settlement, all
/// gemeenten counted), a stateless forecast phase, optionally a phase of the same settlements answered without storing
/// (<c>--zonder-opslaan opslaan=false</c>: the query that asks for it), and a mixed phase (reference reads,
/// calculations, forecast creates/replaces/deletes/reads under a gemeente key per client), each with every client; then
/// everything written is read back. Targets (issue 11): p99 of a stored national settlement in the mixed load ≤ 50 ms,
/// and stored settlements ≥ 0.8× the throughput of the same settlements without storing (until that path exists the
/// ratio to the stateless forecast is reported, without a target).
/// </summary>
internal static class LoadRun
{
    public const string Trivial = "triviaal (health/live)";
    public const string Settlement = "vaststelling landelijk";
    public const string SettlementOnly = "vaststelling landelijk (fase alleen berekeningen)";
    public const string ForecastOnly = "prognoseberekening (fase alleen prognoses)";
    public const string UnstoredOnly = "vaststelling niet opgeslagen (fase)";
    private const string Reference = "referentie lezen";
    private const string ForecastCalculation = "prognoseberekening";
    private const string Create = "prognose maken";
    private const string Replace = "prognose vervangen";
    private const string Delete = "prognose verwijderen";
    private const string Read = "prognose lezen";

    private static readonly string[] Municipalities = ["GM0014", "GM0363", "GM0599", "GM0344", "GM0518", "GM0772", "GM0193", "GM0080"];
    private static readonly string[] ReferencePaths = ["v1/gemeenten/GM0014", "v1/regelingen/spuk-onderwijsroute-2023", "v1/arbeidsmarktregios/AM01", "v1/gemeenten"];

    public static async Task<int> RunAsync(Options options)
    {
        var stats = new Stats();
        using var api = new Api(options.Url, stats, options.MaxRequests);
        var keys = await api.MintGemeenteKeysAsync(BeheerKey.Read(options), Municipalities).ConfigureAwait(false);

        // A database that already holds forecasts of these gemeenten (a service started by hand) keeps them: the read
        // back expects them in the lists beside this run's own, not as corrupted writes.
        var before = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (code, key) in keys)
        {
            before[code] = await ListedAsync(api, code, key).ConfigureAwait(false);
        }

        var settlementBody = await SettlementBodyAsync(api).ConfigureAwait(false);
        var unstoredQuery = options.Get("zonder-opslaan");
        var phaseSeconds = Math.Max(1, options.Seconds / (unstoredQuery is null ? 6 : 7));
        var phases = unstoredQuery is null ? 3 : 4;
        var mixedSeconds = Math.Max(1, options.Seconds - (phases * phaseSeconds));
        var settlements = new ConcurrentBag<(string Id, string Hash)>();
        Console.WriteLine($"{options.Clients} clients, {options.Seconds} s ({phaseSeconds} s each: trivial, stored settlements, stateless forecasts{(unstoredQuery is null ? string.Empty : ", settlements ?" + unstoredQuery)}; {mixedSeconds} s mixed), at most {options.MaxRequests} requests, {options.Url}");

        var trivialRate = await PhaseAsync(options, api, phaseSeconds, Trivial, (_, _, token) => api.TimedAsync(Trivial, HttpMethod.Get, "v1/health/live", null, null, null, HttpStatusCode.OK, token)).ConfigureAwait(false);
        var settlementRate = await PhaseAsync(options, api, phaseSeconds, SettlementOnly, (_, _, token) => SettleAsync(api, SettlementOnly, settlementBody, settlements, token)).ConfigureAwait(false);
        var forecastRate = await PhaseAsync(options, api, phaseSeconds, ForecastOnly, (i, _, token) => api.TimedAsync(ForecastOnly, HttpMethod.Post, "v1/prognoseberekeningen", null, ForecastBody("gemeenteCode", Municipalities[i % Municipalities.Length]), null, HttpStatusCode.OK, token)).ConfigureAwait(false);
        var unstoredStatus = (HttpStatusCode)int.Parse(options.Get("zonder-opslaan-status", "200"), CultureInfo.InvariantCulture);
        var unstoredRate = unstoredQuery is null
            ? ((double Rate, double Seconds, int Count)?)null
            : await PhaseAsync(options, api, phaseSeconds, UnstoredOnly, (_, _, token) => api.TimedAsync(UnstoredOnly, HttpMethod.Post, "v1/vaststellingsberekeningen?" + unstoredQuery, null, settlementBody, null, unstoredStatus, token)).ConfigureAwait(false);
        var clients = Enumerable.Range(0, options.Clients).Select(i => new ClientState(i, Municipalities[i % Municipalities.Length], keys[Municipalities[i % Municipalities.Length]])).ToArray();
        var mixedClock = Stopwatch.StartNew();
        await PhaseAsync(options, api, mixedSeconds, null, (i, random, token) => MixedStepAsync(api, clients[i], random, settlementBody, settlements, token)).ConfigureAwait(false);
        var mixedElapsed = mixedClock.Elapsed.TotalSeconds;

        var check = await ReadBackAsync(api, options, clients, keys, before, settlements).ConfigureAwait(false);
        var seconds = new Dictionary<string, double>(StringComparer.Ordinal) { [Trivial] = trivialRate.Seconds };
        foreach (var operation in new[] { Reference, ForecastCalculation, Create, Replace, Delete, Read })
        {
            seconds[operation] = mixedElapsed;
        }

        seconds[Settlement] = mixedElapsed;
        seconds[SettlementOnly] = settlementRate.Seconds;
        seconds[ForecastOnly] = forecastRate.Seconds;
        if (unstoredRate is { } unstored)
        {
            seconds[UnstoredOnly] = unstored.Seconds;
        }

        Console.WriteLine();
        Console.WriteLine(stats.Table(seconds));
        Console.WriteLine();
        var p99 = stats.Percentile(Settlement, 99);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"p99 stored national settlement in the mixed load: {p99:F2} ms (target ≤ 50 ms); with every client settling at once: {stats.Percentile(SettlementOnly, 99):F2} ms"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"throughput, each phase with every client: stored national settlements {settlementRate.Rate:F1} req/s; stateless forecasts {forecastRate.Rate:F1} req/s; trivial {trivialRate.Rate:F1} req/s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio stored settlements / stateless forecasts: {settlementRate.Rate / Math.Max(1e-9, forecastRate.Rate):F3} (reported; the target is against unstored settlements)"));
        var ratio = unstoredRate is { } measured ? settlementRate.Rate / Math.Max(1e-9, measured.Rate) : (double?)null;
        Console.WriteLine(ratio is { } r
            ? string.Create(CultureInfo.InvariantCulture, $"ratio stored / unstored national settlements (?{unstoredQuery}): {r:F3} at {unstoredRate!.Value.Rate:F1} req/s unstored (target ≥ 0.8)")
            : "ratio stored / unstored national settlements: not measured (give --zonder-opslaan opslaan=false to measure it)");
        Console.WriteLine($"requests sent: {api.Sent}; errors: {stats.ErrorCount}; writes checked: {check.Checked}; lost: {check.Lost}; corrupted: {check.Corrupted}");
        foreach (var error in stats.Errors.Take(20))
        {
            Console.WriteLine("  error: " + error);
        }

        var ok = stats.ErrorCount == 0 && check.Lost == 0 && check.Corrupted == 0 && check.Checked > 0;
        if (!options.Short)
        {
            ok &= p99 <= 50 && (ratio is not { } measuredRatio || measuredRatio >= 0.8);
        }

        Console.WriteLine(ok ? "RESULT: targets met" : options.Short ? "RESULT: FAILED (errors or lost/corrupted writes)" : "RESULT: FAILED (a target was missed)");
        return ok ? 0 : 1;
    }

    private static async Task<(double Rate, double Seconds, int Count)> PhaseAsync(Options options, Api api, int seconds, string? operation, Func<int, Random, CancellationToken, Task> step)
    {
        // A phase ends between requests, never by cancelling one: a cancelled write may still have been applied,
        // and the read-back could not tell it from a lost or stray write.
        var duration = TimeSpan.FromSeconds(seconds);
        var before = operation is null ? 0 : api.Stats.Count(operation);
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, options.Clients).Select(i => Task.Run(async () =>
        {
            var random = new Random(1000 + i);
            while (clock.Elapsed < duration && !api.Exhausted)
            {
                await step(i, random, CancellationToken.None).ConfigureAwait(false);
            }
        })).ToArray();
        await Task.WhenAll(workers).ConfigureAwait(false);
        var elapsed = clock.Elapsed.TotalSeconds;
        var count = operation is null ? 0 : api.Stats.Count(operation) - before;
        return (count / elapsed, elapsed, count);
    }

    private static async Task SettleAsync(Api api, string operation, byte[] body, ConcurrentBag<(string Id, string Hash)> settlements, CancellationToken token)
    {
        var result = await api.TimedAsync(operation, HttpMethod.Post, "v1/vaststellingsberekeningen", null, body, null, HttpStatusCode.Created, token).ConfigureAwait(false);
        if (result is { } r)
        {
            settlements.Add((TopLevelString(r.Body, "id"), Hash(r.Body)));
        }
    }

    private static async Task MixedStepAsync(Api api, ClientState client, Random random, byte[] settlementBody, ConcurrentBag<(string Id, string Hash)> settlements, CancellationToken token)
    {
        var roll = random.Next(100);
        if (client.Live.Count == 0 && roll >= 50)
        {
            roll = 50;
        }

        switch (roll)
        {
            case < 25:
                await api.TimedAsync(Reference, HttpMethod.Get, ReferencePaths[random.Next(ReferencePaths.Length)], null, null, null, HttpStatusCode.OK, token).ConfigureAwait(false);
                break;
            case < 40:
                await SettleAsync(api, Settlement, settlementBody, settlements, token).ConfigureAwait(false);
                break;
            case < 50:
                await api.TimedAsync(ForecastCalculation, HttpMethod.Post, "v1/prognoseberekeningen", null, ForecastBody("gemeenteCode", client.Municipality), null, HttpStatusCode.OK, token).ConfigureAwait(false);
                break;
            case < 70 when client.Live.Count < 40:
                var name = client.NextName();
                var created = await api.TimedAsync(Create, HttpMethod.Post, $"v1/gemeenten/{client.Municipality}/prognoses", client.Key, ForecastBody("naam", name), null, HttpStatusCode.Created, token).ConfigureAwait(false);
                if (created is { } c)
                {
                    using var document = JsonDocument.Parse(c.Body);
                    client.Live[document.RootElement.GetProperty("href").GetString()!] = (document.RootElement.GetProperty("versie").GetInt64(), name);
                }

                break;
            case < 90:
                var (path, (version, _)) = client.Live.ElementAt(random.Next(client.Live.Count));
                var renamed = client.NextName();
                var replaced = await api.TimedAsync(Replace, HttpMethod.Put, path.TrimStart('/'), client.Key, ForecastBody("naam", renamed), $"\"{version}\"", HttpStatusCode.OK, token).ConfigureAwait(false);
                if (replaced is not null)
                {
                    client.Live[path] = (version + 1, renamed);
                }

                break;
            case < 95:
                var (gone, (goneVersion, _)) = client.Live.ElementAt(random.Next(client.Live.Count));
                if (await api.TimedAsync(Delete, HttpMethod.Delete, gone.TrimStart('/'), client.Key, null, $"\"{goneVersion}\"", HttpStatusCode.NoContent, token).ConfigureAwait(false) is not null)
                {
                    client.Live.Remove(gone);
                    client.Deleted.Add(gone);
                }

                break;
            default:
                var (readPath, expected) = client.Live.ElementAt(random.Next(client.Live.Count));
                var read = await api.TimedAsync(Read, HttpMethod.Get, readPath.TrimStart('/'), client.Key, null, null, HttpStatusCode.OK, token).ConfigureAwait(false);
                if (read is { } r && !Matches(r.Body, expected))
                {
                    api.Stats.Error($"{Read}: {readPath} is not what was last written");
                }

                break;
        }
    }

    /// <summary>The hrefs of a gemeente's stored forecasts (one page of the largest size).</summary>
    private static async Task<HashSet<string>> ListedAsync(Api api, string code, string key)
    {
        using var response = await api.SendAsync(HttpMethod.Get, $"v1/gemeenten/{code}/prognoses?paginaGrootte=1000", key, null, null, CancellationToken.None).ConfigureAwait(false);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync().ConfigureAwait(false));
        return document.RootElement.GetProperty("prognoses").EnumerateArray().Select(p => p.GetProperty("href").GetString()!).ToHashSet(StringComparer.Ordinal);
    }

    private static async Task<(int Checked, int Lost, int Corrupted)> ReadBackAsync(Api api, Options options, ClientState[] clients, Dictionary<string, string> keys, Dictionary<string, HashSet<string>> before, ConcurrentBag<(string Id, string Hash)> settlements)
    {
        var lost = 0;
        var corrupted = 0;
        var checkedCount = 0;
        var work = new ConcurrentQueue<Func<Task>>();
        foreach (var client in clients)
        {
            foreach (var (path, expected) in client.Live)
            {
                work.Enqueue(async () =>
                {
                    using var response = await api.SendAsync(HttpMethod.Get, path.TrimStart('/'), client.Key, null, null, CancellationToken.None).ConfigureAwait(false);
                    Interlocked.Increment(ref checkedCount);
                    if (response.StatusCode == HttpStatusCode.NotFound)
                    {
                        Interlocked.Increment(ref lost);
                    }
                    else if (response.StatusCode != HttpStatusCode.OK || !Matches(await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false), expected))
                    {
                        Interlocked.Increment(ref corrupted);
                    }
                });
            }

            foreach (var path in client.Deleted)
            {
                work.Enqueue(async () =>
                {
                    using var response = await api.SendAsync(HttpMethod.Get, path.TrimStart('/'), client.Key, null, null, CancellationToken.None).ConfigureAwait(false);
                    Interlocked.Increment(ref checkedCount);
                    if (response.StatusCode != HttpStatusCode.NotFound)
                    {
                        Interlocked.Increment(ref corrupted);
                    }
                });
            }
        }

        foreach (var (code, key) in keys)
        {
            var expected = clients.Where(c => c.Municipality == code).SelectMany(c => c.Live.Keys).ToHashSet(StringComparer.Ordinal);
            work.Enqueue(async () =>
            {
                var listed = await ListedAsync(api, code, key).ConfigureAwait(false);
                listed.ExceptWith(before[code]);
                Interlocked.Add(ref lost, expected.Except(listed).Count());
                Interlocked.Add(ref corrupted, listed.Except(expected).Count());
            });
        }

        foreach (var (id, hash) in settlements)
        {
            work.Enqueue(async () =>
            {
                using var response = await api.SendAsync(HttpMethod.Get, $"v1/vaststellingsberekeningen/{id}", null, null, null, CancellationToken.None).ConfigureAwait(false);
                Interlocked.Increment(ref checkedCount);
                if (response.StatusCode == HttpStatusCode.NotFound)
                {
                    Interlocked.Increment(ref lost);
                }
                else if (response.StatusCode != HttpStatusCode.OK || Hash(await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false)) != hash)
                {
                    Interlocked.Increment(ref corrupted);
                }
            });
        }

        var readers = Enumerable.Range(0, options.Clients).Select(_ => Task.Run(async () =>
        {
            while (work.TryDequeue(out var item))
            {
                await item().ConfigureAwait(false);
            }
        }));
        await Task.WhenAll(readers).ConfigureAwait(false);
        return (checkedCount, lost, corrupted);
    }

    private static bool Matches(byte[] body, (long Version, string Name) expected)
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        return root.GetProperty("versie").GetInt64() == expected.Version
            && root.GetProperty("naam").GetString() == expected.Name
            && root.GetProperty("invoer").GetProperty("naam").GetString() == expected.Name;
    }

    private static async Task<byte[]> SettlementBodyAsync(Api api)
    {
        using var response = await api.SendAsync(HttpMethod.Get, "v1/gemeenten", null, null, null, CancellationToken.None).ConfigureAwait(false);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync().ConfigureAwait(false));
        var list = document.RootElement.EnumerateObject().First(p => p.Value.ValueKind == JsonValueKind.Array).Value;
        var counts = list.EnumerateArray().Select((g, i) => new { gemeenteCode = g.GetProperty("code").GetString(), aantal = i % 13 }).ToArray();
        return JsonSerializer.SerializeToUtf8Bytes(new { regeling = "spuk-onderwijsroute-2023", jaar = 2024, aantallen = counts });
    }

    internal static byte[] ForecastBody(string field, string value) => Encoding.UTF8.GetBytes($$"""
        { "{{field}}": "{{value}}", "vanJaar": 2024, "totEnMetJaar": 2026,
          "trajecten": [ { "startdatum": "2024-10-01", "niveau": "mbo4", "prijs": 17000 }, { "startdatum": "2025-02-01", "niveau": "hbo-ntg", "contractvorm": "maatwerk" } ] }
        """);

    private static string Hash(byte[] body) => Convert.ToHexString(SHA256.HashData(body));

    // The id is the first field of a stored result: read up to it instead of parsing the whole ~44 KB document.
    private static string TopLevelString(byte[] body, string name)
    {
        var reader = new Utf8JsonReader(body);
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && reader.ValueTextEquals(name))
            {
                reader.Read();
                return reader.GetString()!;
            }
        }

        throw new InvalidDataException($"No top-level '{name}' in the answer.");
    }

    private sealed class ClientState(int index, string municipality, string key)
    {
        private int _names;

        public string Municipality => municipality;

        public string Key => key;

        public Dictionary<string, (long Version, string Name)> Live { get; } = new(StringComparer.Ordinal);

        public List<string> Deleted { get; } = [];

        public string NextName() => string.Create(CultureInfo.InvariantCulture, $"client {index} nr {++_names}");
    }
}
