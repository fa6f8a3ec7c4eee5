using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Onderwijsroute.Funding.Api.Tests.Security;

/// <summary>The API on a real Kestrel (loopback, a free port): what Kestrel itself refuses never reaches the test server.</summary>
public sealed class KestrelApiFactory : ApiFactory
{
    public KestrelApiFactory() => UseKestrel(0);
}

/// <summary>
/// Requests Kestrel refuses before the application sees them (issue 11, item 10): a NUL in the path (400), a request
/// line over 8 KB (414) and headers over 32 KB (431) get a Dutch problem with a type and the API's headers, not an empty
/// body; an ordinary answer on the same kind of connection is left as it was.
/// </summary>
public sealed class KestrelRejectionTests(KestrelApiFactory factory) : IClassFixture<KestrelApiFactory>
{
    public static TheoryData<string, int> Requests => new()
    {
        { "GET /v1/gem%00eenten HTTP/1.1\r\nHost: localhost\r\n\r\n", 400 },
        { $"GET /v1/gemeenten?x={new string('a', 9000)} HTTP/1.1\r\nHost: localhost\r\n\r\n", 414 },
        { $"GET /v1/gemeenten HTTP/1.1\r\nHost: localhost\r\nX-Groot: {new string('b', 40_000)}\r\n\r\n", 431 },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task ARequestKestrelRefuses_GetsAProblemWithTheApisHeaders(string request, int status)
    {
        var (head, body) = await SendRawAsync(request);

        Assert.StartsWith($"HTTP/1.1 {status} ", head, StringComparison.Ordinal);
        Assert.Contains("\r\nContent-Type: application/problem+json\r\n", head, StringComparison.Ordinal);
        Assert.Contains("\r\nAPI-Version: 1.1.0\r\n", head, StringComparison.Ordinal);
        Assert.Contains("\r\nX-Content-Type-Options: nosniff\r\n", head, StringComparison.Ordinal);
        Assert.Contains("\r\nContent-Security-Policy: default-src 'none'; frame-ancestors 'none'\r\n", head, StringComparison.Ordinal);
        using var problem = JsonDocument.Parse(body);
        Assert.Equal(status, problem.RootElement.GetProperty("status").GetInt32());
        Assert.StartsWith("https://", problem.RootElement.GetProperty("type").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(problem.RootElement.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task AnOrdinaryAnswer_AndAnApplicationProblem_PassUnchanged()
    {
        var (okHead, okBody) = await SendRawAsync("GET /v1/health/live HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        var (notFoundHead, notFoundBody) = await SendRawAsync("GET /v1/bestaat-niet HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        Assert.StartsWith("HTTP/1.1 200 ", okHead, StringComparison.Ordinal);
        Assert.Contains("\"status\":\"UP\"", okBody, StringComparison.Ordinal);
        Assert.StartsWith("HTTP/1.1 404 ", notFoundHead, StringComparison.Ordinal);
        Assert.Contains("\"title\":\"Niet gevonden\"", notFoundBody, StringComparison.Ordinal);
    }

    private async Task<(string Head, string Body)> SendRawAsync(string request)
    {
        factory.StartServer();
        var address = factory.ClientOptions.BaseAddress;
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(address.Host, address.Port);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var reader = new MemoryStream();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await stream.CopyToAsync(reader, timeout.Token);
        var text = Encoding.UTF8.GetString(reader.ToArray());
        var split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        return (text[..(split + 2)], text[(split + 4)..]);
    }
}
