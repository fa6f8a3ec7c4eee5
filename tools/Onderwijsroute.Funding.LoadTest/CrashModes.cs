using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Onderwijsroute.Funding.LoadTest;

/// <summary>
/// The crash test's parts (tools/crash-test.sh): <c>crash-writers</c> writes forecasts until the service dies and
/// journals every write before it is sent (P) and when it is acknowledged (A); <c>crash-verify</c> checks after the
/// restart that every acknowledged write is there and intact (an in-flight write may have landed or not);
/// <c>integriteit</c> runs <c>PRAGMA integrity_check</c> on the database file.
/// </summary>
internal static class CrashModes
{
    private static readonly string[] Municipalities = ["GM0014", "GM0363", "GM0599", "GM0344"];

    public static async Task<int> WritersAsync(Options options)
    {
        var stats = new Stats();
        using var api = new Api(options.Url, stats, options.MaxRequests);
        var keys = await api.MintGemeenteKeysAsync(BeheerKey.Read(options), Municipalities).ConfigureAwait(false);

        await using var journal = new StreamWriter(options.Get("journal") ?? throw new ArgumentException("--journal <file>"), append: false) { AutoFlush = true };
        var gate = new Lock();
        void Log(string line)
        {
            lock (gate)
            {
                journal.WriteLine(line);
            }
        }

        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(options.Seconds));
        var acknowledged = 0;
        var workers = Enumerable.Range(0, options.Clients).Select(i => Task.Run(async () =>
        {
            var code = Municipalities[i % Municipalities.Length];
            var live = new List<(string Path, long Version)>();
            var random = new Random(i);
            var n = 0;
            while (!stop.IsCancellationRequested && !api.Exhausted)
            {
                try
                {
                    var name = string.Create(CultureInfo.InvariantCulture, $"w{i}-{++n}");
                    if (live.Count == 0 || random.Next(2) == 0)
                    {
                        using var response = await api.SendAsync(HttpMethod.Post, $"v1/gemeenten/{code}/prognoses", keys[code], LoadRun.ForecastBody("naam", name), null, stop.Token).ConfigureAwait(false);
                        if (response.StatusCode == HttpStatusCode.Created)
                        {
                            var href = response.Headers.Location!.OriginalString;
                            Log($"A {code} {href} 1 {name}");
                            Interlocked.Increment(ref acknowledged);
                            live.Add((href, 1));
                        }
                    }
                    else
                    {
                        var at = random.Next(live.Count);
                        var (href, version) = live[at];
                        Log($"P {code} {href} {version + 1} {name}");
                        using var response = await api.SendAsync(HttpMethod.Put, href.TrimStart('/'), keys[code], LoadRun.ForecastBody("naam", name), $"\"{version}\"", stop.Token).ConfigureAwait(false);
                        if (response.StatusCode == HttpStatusCode.OK)
                        {
                            Log($"A {code} {href} {version + 1} {name}");
                            Interlocked.Increment(ref acknowledged);
                            live[at] = (href, version + 1);
                        }
                    }
                }
                catch (Exception e) when (e is HttpRequestException or IOException or OperationCanceledException)
                {
                    return; // the service was killed (or the time is up): this writer stops
                }
            }
        })).ToArray();
        await Task.WhenAll(workers).ConfigureAwait(false);
        Console.WriteLine($"crash-writers: {acknowledged} writes acknowledged");
        return 0;
    }

    public static async Task<int> VerifyAsync(Options options)
    {
        var stats = new Stats();
        using var api = new Api(options.Url, stats, long.MaxValue);
        var last = new Dictionary<string, (string Code, long Version, string Name)>(StringComparer.Ordinal);
        var pending = new Dictionary<string, (long Version, string Name)>(StringComparer.Ordinal);
        foreach (var line in await File.ReadAllLinesAsync(options.Get("journal") ?? throw new ArgumentException("--journal <file>")).ConfigureAwait(false))
        {
            var parts = line.Split(' ', 5);
            if (parts.Length != 5)
            {
                continue; // a line cut off by the end of the writer
            }

            var entry = (Version: long.Parse(parts[3], CultureInfo.InvariantCulture), Name: parts[4]);
            if (parts[0] == "A")
            {
                last[parts[2]] = (parts[1], entry.Version, entry.Name);
                pending.Remove(parts[2]);
            }
            else
            {
                pending[parts[2]] = entry;
            }
        }

        var keys = await api.MintGemeenteKeysAsync(BeheerKey.Read(options), last.Values.Select(v => v.Code).Distinct()).ConfigureAwait(false);

        int lost = 0, corrupted = 0, landed = 0;
        foreach (var (href, expected) in last)
        {
            using var response = await api.SendAsync(HttpMethod.Get, href.TrimStart('/'), keys[expected.Code], null, null, CancellationToken.None).ConfigureAwait(false);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                lost++;
                continue;
            }

            using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync().ConfigureAwait(false));
            var version = document.RootElement.GetProperty("versie").GetInt64();
            var name = document.RootElement.GetProperty("naam").GetString();
            var input = document.RootElement.GetProperty("invoer").GetProperty("naam").GetString();
            if (version == expected.Version && name == expected.Name && input == name)
            {
                continue;
            }

            if (pending.TryGetValue(href, out var inFlight) && version == inFlight.Version && name == inFlight.Name && input == name)
            {
                landed++;
                continue;
            }

            corrupted++;
        }

        Console.WriteLine($"crash-verify: {last.Count} acknowledged forecasts checked; lost {lost}; corrupted {corrupted}; in-flight writes that landed {landed}");
        return last.Count > 0 && lost == 0 && corrupted == 0 ? 0 : 1;
    }

    public static int Integrity(Options options)
    {
        var path = options.Get("database") ?? throw new ArgumentException("--database <file>");
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWrite }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check;";
        var result = command.ExecuteScalar() as string;
        Console.WriteLine($"integrity_check {path}: {result}");
        return result == "ok" ? 0 : 1;
    }
}
