using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Onderwijsroute.Funding.Api.V1.Forecasts;
using Onderwijsroute.Funding.Forecasts;
using Onderwijsroute.Funding.Parameters;
using Onderwijsroute.Funding.ReferenceData;

namespace Onderwijsroute.Funding.Benchmarks;

/// <summary>
/// The load tool's stateless forecast (one gemeente, two trajecten, 2024-2026; about 109 KB of JSON) split into its
/// parts: computing, mapping the result to the response, and serializing it with the service's JSON options.
/// </summary>
[MemoryDiagnoser]
[SuppressMessage("Design", "CA1001", Justification = "BenchmarkDotNet calls the [GlobalCleanup] method, which disposes it.")]
public class ForecastAnswerBenchmarks
{
    /// <summary>The body of the load tool's forecast (docs/performance.md, "Load over HTTP").</summary>
    public static readonly byte[] LoadBody = """
        { "gemeenteCode": "GM0014", "vanJaar": 2024, "totEnMetJaar": 2026,
          "trajecten": [ { "startdatum": "2024-10-01", "niveau": "mbo4", "prijs": 17000 }, { "startdatum": "2025-02-01", "niveau": "hbo-ntg", "contractvorm": "maatwerk" } ] }
        """u8.ToArray();

    private readonly ParameterCatalogue _catalogue = ParameterCatalogue.Embedded;
    private readonly ReferenceDataSet _data = ReferenceDataSet.Embedded;
    private JsonSerializerOptions _json = null!;
    private ForecastRequest _request = null!;
    private ForecastResult _result = null!;
    private ForecastResponse _response = null!;
    private readonly ArrayBufferWriter<byte> _buffer = new(256 * 1024);
    private Utf8JsonWriter _writer = null!;

    [GlobalSetup]
    public void Setup()
    {
        _json = ServiceJson();
        var body = JsonSerializer.Deserialize<CreateForecastCalculationRequest>(LoadBody, _json)!;
        var errors = new InputErrorsBuilder();
        _request = ForecastRequestReader.Read(body, ForecastRequestReader.ScopeOf(body, errors), errors)
            ?? throw new InvalidOperationException("The benchmark body is refused: " + errors.ToErrors());
        _result = ForecastCalculator.Calculate(_catalogue, _data, _request).Value;
        _response = ForecastResponse.Of(_result);
        _writer = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Encoder = _json.Encoder, SkipValidation = true });
    }

    [GlobalCleanup]
    public void Cleanup() => _writer.Dispose();

    /// <summary>Computing only.</summary>
    [Benchmark]
    public ForecastResult Compute() => ForecastCalculator.Calculate(_catalogue, _data, _request).Value;

    /// <summary>The domain result mapped to the response records.</summary>
    [Benchmark]
    public ForecastResponse Map() => ForecastResponse.Of(_result);

    /// <summary>The response records written as JSON into a reused buffer, as the service writes into the response body.</summary>
    [Benchmark]
    public int Serialize() => Write(_response);

    /// <summary>The same written into a new array, as a stored forecast's result is (a 109 KB array: the large object heap).</summary>
    [Benchmark]
    public byte[] SerializeToArray() => JsonSerializer.SerializeToUtf8Bytes(_response, _json);

    /// <summary>The whole answer: computed, mapped and written into a reused buffer.</summary>
    [Benchmark(Baseline = true)]
    public int Answer() => Write(ForecastResponse.Of(ForecastCalculator.Calculate(_catalogue, _data, _request).Value));

    private int Write(ForecastResponse response)
    {
        _buffer.ResetWrittenCount();
        _writer.Reset(_buffer);
        JsonSerializer.Serialize(_writer, response, _json);
        return _buffer.WrittenCount;
    }

    /// <summary>The service's JSON options (those <c>ConfigureHttpJsonOptions</c> gives), without starting the service.</summary>
    internal static JsonSerializerOptions ServiceJson()
    {
        var builder = Microsoft.AspNetCore.Builder.WebApplication.CreateSlimBuilder();
        Api.Http.HttpSetup.AddV1Http(builder);
        using var provider = builder.Services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
    }
}
