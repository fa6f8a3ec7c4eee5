using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Onderwijsroute.Funding.LoadTest;

/// <summary>HTTP helpers: a shared client on the loopback service, keys minted with the beheer key, timed requests.</summary>
internal sealed class Api(Uri baseUrl, Stats stats, long maxRequests) : IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler { MaxConnectionsPerServer = 512, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
    {
        BaseAddress = baseUrl,
        Timeout = TimeSpan.FromSeconds(15),
    };

    private long _sent;

    public long Sent => Interlocked.Read(ref _sent);

    public bool Exhausted => Sent >= maxRequests;

    public Stats Stats => stats;

    /// <summary>Mints a <c>gemeente</c> key for each code, by code.</summary>
    public async Task<Dictionary<string, string>> MintGemeenteKeysAsync(string beheerKey, IEnumerable<string> codes)
    {
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var code in codes)
        {
            keys[code] = await MintKeyAsync(beheerKey, "gemeente", code).ConfigureAwait(false);
        }

        return keys;
    }

    /// <summary>Mints a key through <c>POST /v1/sleutels</c>.</summary>
    public async Task<string> MintKeyAsync(string beheerKey, string role, string? scope)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(new { naam = $"loadtest {role} {scope}", rol = role, scope });
        using var response = await SendAsync(HttpMethod.Post, "v1/sleutels", beheerKey, body, null, CancellationToken.None).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"Minting a {role} key failed: {(int)response.StatusCode} {text}");
        }

        using var document = JsonDocument.Parse(text);
        return document.RootElement.GetProperty("apiSleutel").GetString()!;
    }

    /// <summary>Sends a request and records its latency under <paramref name="operation"/> when the status is the expected one; otherwise an error.</summary>
    /// The body is read as UTF-8 bytes: a national result is ~44 KB, which as a string would be a large-object-heap
    /// allocation in the client on every request (the client shares the cores with the service).
    public async Task<(HttpStatusCode Status, byte[] Body, string? ETag)?> TimedAsync(string operation, HttpMethod method, string path, string? key, byte[]? body, string? ifMatch, HttpStatusCode expected, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _sent);
        var clock = Stopwatch.StartNew();
        try
        {
            using var response = await SendAsync(method, path, key, body, ifMatch, cancellationToken).ConfigureAwait(false);
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            var elapsed = clock.Elapsed.TotalMilliseconds;
            if (response.StatusCode != expected)
            {
                stats.Error($"{operation}: {method} {path} answered {(int)response.StatusCode}, expected {(int)expected}: {Truncate(Encoding.UTF8.GetString(bytes))}");
                return null;
            }

            stats.Record(operation, elapsed);
            return (response.StatusCode, bytes, response.Headers.ETag?.Tag);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return null;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
        {
            stats.Error($"{operation}: {method} {path} failed: {e.GetType().Name}: {e.Message}");
            return null;
        }
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? key, byte[]? body, string? ifMatch, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path);
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        return await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    public void Dispose() => _http.Dispose();

    private static string Truncate(string text) => text.Length > 300 ? text[..300] + "…" : text;
}
