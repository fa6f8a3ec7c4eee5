using System.Net;

namespace Onderwijsroute.Funding.Api.Tests.Security;

/// <summary>
/// HEAD is answered wherever GET is (RFC 9110 §9.1: a general-purpose server must support both; §9.3.2: the same
/// status and headers as GET, without the content), with the same access control, and it stores nothing.
/// </summary>
public sealed class HeadRequestsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static HttpRequestMessage Head(string path) => new(HttpMethod.Head, path);

    [Theory]
    [InlineData("/v1/gemeenten")]
    [InlineData("/V1/GEMEENTEN/GM0014")]
    [InlineData("/v1/regelingen/spuk-regulier")]
    [InlineData("/v1/health/live")]
    [InlineData("/v1/openapi.json")]
    public async Task Head_OfAReadableResource_IsAnsweredLikeGet(string path)
    {
        var client = factory.CreateClient();

        var get = await client.GetAsync(path);
        var head = await client.SendAsync(Head(path));

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(get.StatusCode, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
        Assert.Equal(get.Headers.GetValues("API-Version"), head.Headers.GetValues("API-Version"));
        Assert.Equal(get.Headers.CacheControl, head.Headers.CacheControl);
    }

    [Fact]
    public async Task Head_KeepsAccessControl()
    {
        var anonymous = await factory.CreateClient().SendAsync(Head("/v1/scenarios"));
        var ministerie = await factory.CreateClient("ministerie").SendAsync(Head("/V1/Scenarios"));
        var gemeente = await factory.CreateClient("gemeente", "GM0014").SendAsync(Head("/v1/scenarios"));

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ministerie.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, gemeente.StatusCode);
    }

    [Fact]
    public async Task Head_OfAWriteOnlyPath_Is405()
    {
        var response = await factory.CreateClient().SendAsync(Head("/v1/prognoseberekeningen"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}
