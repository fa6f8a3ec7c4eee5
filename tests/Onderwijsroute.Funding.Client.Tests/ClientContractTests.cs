using System.Reflection;
using System.Text.Json;

namespace Onderwijsroute.Funding.Client.Tests;

/// <summary>
/// The client is generated at build time from openapi/v1.json (tools/generate-client.sh). This checks what the
/// generator options promise: one method per operationId (<c>getBron</c> becomes <c>GetBronAsync</c>), each also with a
/// CancellationToken, and nothing else; an option change that drops, splits or renames operations fails here.
/// </summary>
public sealed class ClientContractTests
{
    private static readonly string[] HttpMethods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

    [Fact]
    public void Interface_HasOneMethodPerOperationId()
    {
        var expected = OperationIds().Select(id => char.ToUpperInvariant(id[0]) + id[1..] + "Async").Order(StringComparer.Ordinal).ToList();
        var actual = ClientMethods().Select(m => m.Name).Distinct().Order(StringComparer.Ordinal).ToList();

        Assert.NotEmpty(expected);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void EveryOperation_HasAnOverloadTakingACancellationToken()
    {
        var withoutToken = ClientMethods()
            .GroupBy(m => m.Name)
            .Where(g => !g.Any(m => m.GetParameters() is [.., var last] && last.ParameterType == typeof(CancellationToken)))
            .Select(g => g.Key)
            .ToList();

        Assert.Empty(withoutToken);
    }

    private static MethodInfo[] ClientMethods() => typeof(IFundingClient).GetMethods(BindingFlags.Public | BindingFlags.Instance);

    private static List<string> OperationIds()
    {
        using var contract = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot(), "openapi", "v1.json")));
        var ids = new List<string>();
        foreach (var path in contract.RootElement.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => HttpMethods.Contains(o.Name)))
            {
                Assert.True(operation.Value.TryGetProperty("operationId", out var id), $"{operation.Name} {path.Name} has no operationId");
                ids.Add(id.GetString()!);
            }
        }

        return ids;
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Onderwijsroute.Funding.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException("The repository root (with Onderwijsroute.Funding.sln) was not found above " + AppContext.BaseDirectory);
    }
}
