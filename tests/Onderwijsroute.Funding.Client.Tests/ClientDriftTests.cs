using System.Diagnostics;

namespace Onderwijsroute.Funding.Client.Tests;

/// <summary>
/// The committed client is the one the committed contract generates (issue 14): the test runs tools/generate-client.sh
/// into a temporary file and compares. After regenerating openapi/v1.json, run the script and commit its output.
/// </summary>
public sealed class ClientDriftTests
{
    [Fact]
    public async Task CommittedClient_IsWhatTheContractGenerates()
    {
        var root = RepositoryRoot();
        var output = Path.Combine(Path.GetTempPath(), $"onderwijsroute-client-{Guid.NewGuid():N}.cs");
        try
        {
            var start = new ProcessStartInfo("bash", [Path.Combine(root, "tools", "generate-client.sh")])
            {
                WorkingDirectory = root,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                Environment = { ["CLIENT_OUTPUT"] = output },
            };
            using var process = Process.Start(start)!;
            var errors = process.StandardError.ReadToEndAsync();
            await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, "tools/generate-client.sh failed:\n" + await errors);

            var committed = await File.ReadAllTextAsync(Path.Combine(root, "src", "Onderwijsroute.Funding.Client", "FundingClient.g.cs"));
            var generated = await File.ReadAllTextAsync(output);
            Assert.True(
                committed == generated,
                "src/Onderwijsroute.Funding.Client/FundingClient.g.cs differs from what openapi/v1.json generates: run tools/generate-client.sh and commit the result.");
        }
        finally
        {
            File.Delete(output);
        }
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
