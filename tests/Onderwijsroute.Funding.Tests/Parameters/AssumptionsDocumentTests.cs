using Onderwijsroute.Funding.Parameters;

namespace Onderwijsroute.Funding.Tests.Parameters;

/// <summary>
/// <c>docs/assumptions.md</c> must equal what the parameter files say. To accept a deliberate change, regenerate it:
/// <c>UPDATE_ASSUMPTIONS=1 dotnet test tests/Onderwijsroute.Funding.Tests --filter AssumptionsDocumentTests</c>.
/// </summary>
public class AssumptionsDocumentTests
{
    [Fact]
    public void CommittedDocument_EqualsTheParameterFiles()
    {
        var rendered = AssumptionsDocument.Render(ParameterCatalogue.Embedded);
        var path = Path.Combine(RepositoryRoot(), "docs", "assumptions.md");

        if (Environment.GetEnvironmentVariable("UPDATE_ASSUMPTIONS") == "1")
        {
            File.WriteAllText(path, rendered);
        }

        Assert.True(File.Exists(path), $"{path} is missing; run the test with UPDATE_ASSUMPTIONS=1 to create it.");
        Assert.True(
            File.ReadAllText(path).ReplaceLineEndings("\n") == rendered,
            "docs/assumptions.md differs from the parameter files. If the change is intended, run "
            + "'UPDATE_ASSUMPTIONS=1 dotnet test tests/Onderwijsroute.Funding.Tests --filter AssumptionsDocumentTests' and commit the file.");
    }

    [Fact]
    public void Document_ListsEveryAssumptionWithItsReasoning_AndEveryDerivedValueWithItsFormula()
    {
        var rendered = AssumptionsDocument.Render(ParameterCatalogue.Embedded);
        var values = ParameterCatalogue.Embedded.Schemes.SelectMany(s => s.Parameters).SelectMany(p => p.Values).ToArray();

        Assert.All(values.Where(v => v.Status == ParameterStatus.Assumption), v => Assert.Contains(v.Reasoning!.ReplaceLineEndings(" "), rendered, StringComparison.Ordinal));
        Assert.All(values.Where(v => v.Formula is not null), v => Assert.Contains($"`{v.Formula}`", rendered, StringComparison.Ordinal));
        Assert.Contains($"| `aanname` | {values.Count(v => v.Status == ParameterStatus.Assumption)} |", rendered, StringComparison.Ordinal);
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
