using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Onderwijsroute.Funding.Api.Http;

/// <summary>
/// Reads a JSON request body with every failure as a Dutch problem, never a 500: a wrong content type, an empty body,
/// malformed JSON, a value of the wrong type, an unknown field, a field named twice or a list longer than its bound
/// (<see cref="JsonListBounds"/>, checked before anything is deserialized) is a 400 naming the field; a body over
/// <see cref="MaxBytes"/> is a 413. Reading it here (not by parameter binding) keeps the exact text for the audit record.
/// </summary>
internal static partial class JsonBody
{
    /// <summary>The largest body accepted: 1 MiB, far above a request for every gemeente.</summary>
    public const int MaxBytes = 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads and deserializes the body.</summary>
    /// <typeparam name="T">The request type.</typeparam>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static async Task<JsonBodyResult<T>> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken) where T : class
    {
        if (!IsJson(request.ContentType))
        {
            return Fail<T>(DutchProblems.InvalidInput(HeaderNames.ContentType, $"Het Content-Type moet application/json zijn (in UTF-8), niet '{request.ContentType ?? "(geen)"}'."));
        }

        if (request.ContentLength > MaxBytes)
        {
            return Fail<T>(TooLarge());
        }

        using var buffer = new MemoryStream(request.ContentLength is { } length ? (int)length : 0);
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                return Fail<T>(TooLarge());
            }

            buffer.Write(chunk, 0, read);
        }

        var options = StrictOptions(request.HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions);
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);

        // RFC 8259 §8.1 lets a reader ignore a UTF-8 byte order mark, which some Windows tools write; the request is
        // kept without it.
        if (bytes.StartsWith(Encoding.UTF8.Preamble))
        {
            bytes = bytes[Encoding.UTF8.Preamble.Length..];
        }

        if (JsonListBounds.For(typeof(T), options, request.HttpContext.RequestServices.GetRequiredService<ReferenceDataSet>()).FindOverLong(bytes) is var (path, message))
        {
            return Fail<T>(DutchProblems.InvalidInput(path, message));
        }

        // Strict UTF-8: a body with invalid bytes is refused, not silently "repaired" with U+FFFD, because the record
        // keeps the body as received.
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Fail<T>(DutchProblems.InvalidInput(JsonPaths.Body, "De body is geen geldige UTF-8."));
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return Fail<T>(DutchProblems.InvalidInput(JsonPaths.Body, "De body is leeg; stuur een JSON-object."));
        }

        try
        {
            var value = JsonSerializer.Deserialize<T>(bytes, options);
            return value is null
                ? Fail<T>(DutchProblems.InvalidInput(JsonPaths.Body, "De body moet een JSON-object zijn, niet null."))
                : new JsonBodyResult<T>(value, text, null);
        }
        catch (JsonException e)
        {
            return Fail<T>(Describe(e));
        }
    }

    /// <summary>
    /// The service's options, refusing a property named twice (<c>"jaar": 2024, "jaar": 2025</c>): the last one would
    /// silently win while the stored request as received says both. Only request bodies are read this strictly; stored
    /// JSON is read with the service's options as it always was.
    /// </summary>
    private static JsonSerializerOptions StrictOptions(JsonSerializerOptions options) =>
        StrictByOptions.GetValue(options, static o => new JsonSerializerOptions(o) { AllowDuplicateProperties = false });

    // One strict copy per options instance (one in the service; one per test host), gone with its options.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<JsonSerializerOptions, JsonSerializerOptions> StrictByOptions = [];

    // JSON between systems is UTF-8 (RFC 8259 §8.1): a charset, if given, must say so, as the body is read as UTF-8.
    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
        && (mediaType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || (mediaType.Suffix.HasValue && mediaType.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase)))
        && (!mediaType.Charset.HasValue || mediaType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase));

    private static IResult TooLarge() =>
        DutchProblems.Problem(StatusCodes.Status413PayloadTooLarge, string.Create(CultureInfo.InvariantCulture, $"De body is groter dan {MaxBytes} bytes."));

    private static IResult Describe(JsonException e)
    {
        var field = JsonPaths.FromSystemTextJsonPath(e.Path);
        var unknown = UnmappedProperty().Match(e.Message);
        if (unknown.Success)
        {
            var name = unknown.Groups["name"].Value;
            var path = field == JsonPaths.Body ? name : field.EndsWith(name, StringComparison.Ordinal) ? field : $"{field}.{name}";
            return DutchProblems.InvalidInput(path, $"Onbekend veld '{name}'.");
        }

        var duplicate = DuplicateProperty().Match(e.Message);
        if (duplicate.Success)
        {
            var name = duplicate.Groups["name"].Value;
            var path = field == JsonPaths.Body ? name : field.EndsWith(name, StringComparison.OrdinalIgnoreCase) ? field : $"{field}.{name}";
            return DutchProblems.InvalidInput(path, $"Het veld '{name}' staat meer dan één keer in het object; noem elk veld één keer.");
        }

        var where = e.LineNumber is { } line
            ? string.Create(CultureInfo.InvariantCulture, $" (regel {line + 1}, positie {e.BytePositionInLine + 1})")
            : string.Empty;
        var message = field == JsonPaths.Body
            ? $"De body is geen geldige JSON of geen JSON-object{where}."
            : $"Ongeldige waarde{where}: de JSON is niet goed gevormd of de waarde heeft het verkeerde type (verwacht wordt wat de OpenAPI-specificatie voor dit veld noemt).";
        return DutchProblems.InvalidInput(field, message);
    }

    private static JsonBodyResult<T> Fail<T>(IResult problem) where T : class => new(null, string.Empty, problem);

    [GeneratedRegex("Duplicate property '(?<name>[^']+)' encountered")]
    private static partial Regex DuplicateProperty();

    [GeneratedRegex("The JSON property '(?<name>[^']+)' could not be mapped")]
    private static partial Regex UnmappedProperty();
}
