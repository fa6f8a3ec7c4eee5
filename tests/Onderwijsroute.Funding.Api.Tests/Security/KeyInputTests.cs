using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Onderwijsroute.Funding.Api.Http.Security;
using Onderwijsroute.Funding.Persistence;

namespace Onderwijsroute.Funding.Api.Tests.Security;

/// <summary>
/// Key management input (issue 11, item 9): a key that would be expired when made, and a name with control characters
/// (terminal escapes) or invisible format characters (a right-to-left override, a zero-width space), are refused, over HTTP and by the key command; a name stored before is listed escaped.
/// </summary>
public sealed class KeyInputTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Theory]
    [InlineData("""{ "naam": "verleden", "rol": "ministerie", "verlooptOp": "2026-02-28" }""", "verlooptOp")]
    [InlineData("""{ "naam": "vandaag", "rol": "ministerie", "verlooptOp": "2026-03-01" }""", "verlooptOp")]
    [InlineData("""{ "naam": "rood\u001b[31m", "rol": "ministerie" }""", "naam")]
    [InlineData("""{ "naam": "twee\r\nregels", "rol": "ministerie" }""", "naam")]
    [InlineData("""{ "naam": "Groningen\u202e", "rol": "ministerie" }""", "naam")]
    [InlineData("""{ "naam": "Gro\u200bningen", "rol": "ministerie" }""", "naam")]
    public async Task AnExpiredOrEscapingKey_Is400NamingTheField(string body, string field)
    {
        var response = await factory.CreateClient("beheer").PostAsync("/v1/sleutels", HttpAssertions.Json(body));

        await response.AssertInvalidAsync(field);
    }

    [Fact]
    public async Task AKeyThatExpiresTomorrow_IsMade()
    {
        var response = await factory.CreateClient("beheer").PostAsync("/v1/sleutels", HttpAssertions.Json("""{ "naam": "morgen", "rol": "ministerie", "verlooptOp": "2026-03-02" }"""));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Theory]
    [InlineData("--verloopt", "2020-01-01", "vervaldatum")]
    [InlineData("--naam", "rood\u001b[31m", "stuurtekens")]
    public void TheKeyCommand_RefusesThemToo(string option, string value, string message)
    {
        var args = new List<string> { "sleutels", "maak", "--naam", "cli", "--rol", "ministerie" };
        var at = args.IndexOf(option);
        if (at >= 0)
        {
            args[at + 1] = value;
        }
        else
        {
            args.AddRange([option, value]);
        }

        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = KeysCommand.Run(factory.Services, [.. args], output, error);

        Assert.Equal(2, code);
        Assert.Empty(output.ToString());
        Assert.Contains(message, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void TheKeyList_PrintsAnOldEscapingNameEscaped()
    {
        var (id, _, salt, hash) = ApiKeySecret.Create();
        factory.Services.GetRequiredService<IApiKeyRepository>().Add(new ApiKeyRecord(id, "oud\u001b]0;gekaapt\u0007\r\nnep", "ministerie", null, salt, hash, ApiFactory.Now, null, null));
        using var output = new StringWriter();
        using var error = new StringWriter();

        Assert.Equal(0, KeysCommand.Run(factory.Services, ["sleutels", "lijst"], output, error));

        var line = Assert.Single(output.ToString().Split('\n'), l => l.StartsWith(id, StringComparison.Ordinal));
        Assert.Contains("oud\\u001b]0;gekaapt\\u0007\\u000d\\u000anep", line, StringComparison.Ordinal);
        Assert.DoesNotContain(line, c => c is '\u001b' or '\u0007' or '\r');
    }
}
