using System.Xml.Linq;

namespace LoFin.Domain.Tests;

/// <summary>The domain stays pure C#: no packages, no project references, no I/O namespaces.</summary>
public sealed class DomainPurityTests
{
    private static string DomainDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "functions", "LoFin.Domain");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new InvalidOperationException("functions/LoFin.Domain not found.");
    }

    [Fact]
    public void DomainProject_WhenBuilt_ReferencesNoPackageAndNoProject()
    {
        var project = XDocument.Load(Path.Combine(DomainDirectory(), "LoFin.Domain.csproj"));
        Assert.Empty(project.Descendants("PackageReference"));
        Assert.Empty(project.Descendants("ProjectReference"));
        Assert.Empty(project.Descendants("FrameworkReference"));
    }

    [Theory]
    [InlineData("System.IO")]
    [InlineData("System.Net")]
    [InlineData("Microsoft.Data")]
    [InlineData("Microsoft.AspNetCore")]
    [InlineData("Azure")]
    [InlineData("System.Data")]
    public void DomainSources_WhenScanned_UseNoIoNamespace(string forbidden)
    {
        var offenders = Directory.EnumerateFiles(DomainDirectory(), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => File.ReadLines(f).Any(line => line.StartsWith($"using {forbidden}", StringComparison.Ordinal)))
            .ToList();
        Assert.Empty(offenders);
    }

    [Fact]
    public void DomainAssembly_WhenLoaded_ReferencesOnlyTheBaseLibrary()
    {
        var references = typeof(Tenancy.TenantId).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        // System.Memory is spans and MemoryExtensions (allocation-free parsing and posting), not I/O.
        Assert.All(references, name => Assert.True(name is "System.Runtime" or "System.Linq" or "System.Collections" or "System.Runtime.InteropServices" or "System.Memory" or "netstandard", name));
    }
}
