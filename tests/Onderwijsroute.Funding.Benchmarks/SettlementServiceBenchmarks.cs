using System.Diagnostics.CodeAnalysis;
using System.Net.Http.Headers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Onderwijsroute.Funding.Api.V1.Settlements;
using Onderwijsroute.Funding.Parameters;
using Onderwijsroute.Funding.ReferenceData;
using Onderwijsroute.Funding.Settlement;

namespace Onderwijsroute.Funding.Benchmarks;

/// <summary>
/// A national settlement through the service: the whole stored <c>POST /v1/vaststellingsberekeningen</c> (test
/// server, real SQLite file, durable write), and its JSON parts alone, to see what the calculation is of the request.
/// </summary>
/// <remarks>
/// Server GC as in the service. A POST waits for its durable write (group commit), so its time is latency, mostly the
/// disk's; the parts show the CPU. The bodies are those of the load tool: counts for all 342 gemeenten, with the
/// advances computed by the rule or given.
/// </remarks>
[MemoryDiagnoser]
[GcServer(true)]
[SuppressMessage("Design", "CA1001", Justification = "BenchmarkDotNet calls the [GlobalCleanup] method, which disposes them.")]
public class SettlementServiceBenchmarks
{
    private ServiceHost _host = null!;
    private HttpClient _client = null!;
    private JsonSerializerOptions _json = null!;
    private byte[] _computingAdvances = null!;
    private byte[] _givenAdvances = null!;
    private SettlementResult _result = null!;

    [GlobalSetup]
    public void Setup()
    {
        _host = new ServiceHost();
        _client = _host.CreateClient();
        _json = _host.Services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var data = ReferenceDataSet.Embedded;
        var counts = data.Municipalities.Select((m, i) => new { gemeenteCode = m.Code.Value, aantal = i % 13 }).ToArray();
        var advances = data.Municipalities.Select((m, i) => new { gemeenteCode = m.Code.Value, bedrag = 10_000 + (i * 137) }).ToArray();
        _computingAdvances = JsonSerializer.SerializeToUtf8Bytes(new { regeling = "spuk-onderwijsroute-2023", jaar = 2024, aantallen = counts });
        _givenAdvances = JsonSerializer.SerializeToUtf8Bytes(new { regeling = "spuk-onderwijsroute-2023", jaar = 2024, aantallen = counts, voorschotten = advances });
        _result = SettlementCalculator.Calculate(ParameterCatalogue.Embedded, data, ReadBody(_givenAdvances)).Value;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _client.Dispose();
        _host.Dispose();
    }

    /// <summary>The load tool's request: counts only, the advances computed; calculated, stored and answered.</summary>
    [Benchmark]
    public Task<int> PostComputingAdvances() => PostAsync(_computingAdvances);

    /// <summary>Counts and the advances paid; calculated, stored and answered.</summary>
    [Benchmark]
    public Task<int> PostWithAdvances() => PostAsync(_givenAdvances);

    /// <summary>The request body (counts and advances, 27 KB) read into the domain's request, shape checks included.</summary>
    [Benchmark]
    public SettlementRequest ReadRequestBody() => ReadBody(_givenAdvances);

    /// <summary>The result mapped to the response and written as the JSON that is stored and sent.</summary>
    [Benchmark]
    public byte[] WriteResponseBody() =>
        JsonSerializer.SerializeToUtf8Bytes(SettlementCalculationResponse.Of("0194f3a2-6b4c-7d8e-9f01-23456789abcd", DateTimeOffset.UnixEpoch, _result), _json);

    private SettlementRequest ReadBody(byte[] body)
    {
        var errors = new InputErrorsBuilder();
        return JsonSerializer.Deserialize<CreateSettlementCalculationRequest>(body, _json)!.ToDomain(errors)
            ?? throw new InvalidOperationException("The benchmark body is refused: " + errors.ToErrors());
    }

    private async Task<int> PostAsync(byte[] body)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await _client.PostAsync(new Uri("/v1/vaststellingsberekeningen", UriKind.Relative), content).ConfigureAwait(false);
        var answer = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
        return response.StatusCode == System.Net.HttpStatusCode.Created ? answer.Length : throw new InvalidOperationException($"{response.StatusCode}: {System.Text.Encoding.UTF8.GetString(answer)}");
    }
}
