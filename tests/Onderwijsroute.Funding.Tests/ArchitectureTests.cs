namespace Onderwijsroute.Funding.Tests;

public class ArchitectureTests
{
    [Fact]
    public void DomainLibrary_ReferencesNoWebSqlOrDependencyInjectionPackage()
    {
        var allowed = new[] { "System.", "Microsoft.Win32.", "netstandard", "mscorlib", "NodaTime", "YamlDotNet", "CsvHelper" };

        var references = typeof(Money).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToArray();

        Assert.All(references, name => Assert.Contains(allowed, prefix => name == "System" || name.StartsWith(prefix, StringComparison.Ordinal)));
        Assert.DoesNotContain(references, name => name.StartsWith("Onderwijsroute.", StringComparison.Ordinal));
    }

    [Fact]
    public void DomainLibrary_ExposesNoDoubleOrFloatMoney()
    {
        var offending = typeof(Money).Assembly.GetExportedTypes()
            .SelectMany(t => t.GetProperties().Select(p => (t, p.Name, p.PropertyType)))
            .Where(m => m.PropertyType == typeof(double) || m.PropertyType == typeof(float))
            .ToArray();

        Assert.Empty(offending);
    }
}
