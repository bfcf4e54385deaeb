using System.Text.Json;
using System.Xml.Linq;

namespace BoneBalance.Cli.Tests;

/// <summary>
/// The project boundaries of docs/ARCHITECTURE.md that a reference added back would silently break: the CLI ships
/// no accounts database (EF Core, Identity, Npgsql live in BoneBalance.Persistence, which only the web host
/// references), and bench/ reaches the screening pipeline through BoneBalance.Screening, never through a host.
/// </summary>
public sealed class ProjectBoundaryTests
{
    /// <summary>Package and assembly name prefixes that belong to the web host's persistence only.</summary>
    private static readonly string[] WebOnly =
    [
        "Microsoft.EntityFrameworkCore",
        "Microsoft.AspNetCore.Identity",
        "Npgsql",
        "BoneBalance.Persistence",
        "BoneBalance.Web",
    ];

    [Fact]
    public void The_cli_dependency_manifest_lists_no_entity_framework_identity_or_npgsql_library_or_assembly()
    {
        // The SDK copies the referenced executable's deps.json (the CLI's full dependency closure) next to this test.
        var path = Path.Combine(AppContext.BaseDirectory, "bonebalance.deps.json");
        using var deps = JsonDocument.Parse(File.ReadAllBytes(path));
        var target = deps.RootElement.GetProperty("runtimeTarget").GetProperty("name").GetString()!;
        var libraries = deps.RootElement.GetProperty("targets").GetProperty(target).EnumerateObject().ToList();
        var names = libraries.Select(l => l.Name.Split('/')[0]).ToList();
        var assemblies = libraries
            .SelectMany(l => l.Value.TryGetProperty("runtime", out var runtime) ? runtime.EnumerateObject().Select(a => Path.GetFileName(a.Name)) : [])
            .ToList();

        // The manifest is the CLI's: it names the CLI and what the CLI does use.
        Assert.Contains("bonebalance", names);
        Assert.Contains("BoneBalance.Catalogues", names);
        Assert.Contains("Microsoft.Data.Sqlite.dll", assemblies);
        Assert.DoesNotContain(names, IsWebOnly);
        Assert.DoesNotContain(assemblies, IsWebOnly);
    }

    [Fact]
    public void The_cli_output_folder_holds_no_entity_framework_identity_or_npgsql_assembly()
    {
        // This test runs from tests/BoneBalance.Cli.Tests/bin/CONFIGURATION/TFM; the CLI builds to the same pair.
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var cliOutput = Path.Combine(Repository.Root, "src", "BoneBalance.Cli", "bin", testOutput.Parent!.Name, testOutput.Name);
        var files = Directory.GetFiles(cliOutput, "*.dll").Select(Path.GetFileName).ToList();

        Assert.Contains("bonebalance.dll", files);
        Assert.Contains("Microsoft.Data.Sqlite.dll", files);
        Assert.DoesNotContain(files, f => IsWebOnly(f!));
    }

    [Fact]
    public void Bench_references_no_host_project_directly_or_through_another_project()
    {
        var bench = Path.Combine(Repository.Root, "bench", "BoneBalance.Benchmarks", "BoneBalance.Benchmarks.csproj");
        var reached = ProjectClosure(bench);

        Assert.Contains(reached, p => Path.GetFileName(p) == "BoneBalance.Screening.csproj");
        foreach (var project in reached)
        {
            var root = XDocument.Load(project).Root!;
            var name = Path.GetFileName(project);
            Assert.False(((string?)root.Attribute("Sdk") ?? "").StartsWith("Microsoft.NET.Sdk.Web", StringComparison.Ordinal),
                $"bench reaches the web host {name}");
            Assert.False(root.Descendants("OutputType").Any(o => o.Value.Trim().Equals("Exe", StringComparison.OrdinalIgnoreCase)),
                $"bench reaches the executable {name}");
            Assert.DoesNotContain(name, (string[])["BoneBalance.Cli.csproj", "BoneBalance.Web.csproj", "BoneBalance.Persistence.csproj"]);
        }
    }

    private static bool IsWebOnly(string name) => WebOnly.Any(p => name.StartsWith(p, StringComparison.OrdinalIgnoreCase));

    /// <summary>Every project <paramref name="project"/> references, directly or through others (not itself).</summary>
    private static HashSet<string> ProjectClosure(string project)
    {
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([project]);
        while (pending.TryPop(out var current))
        {
            var dir = Path.GetDirectoryName(current)!;
            foreach (var reference in XDocument.Load(current).Descendants("ProjectReference"))
            {
                var include = reference.Attribute("Include")!.Value.Replace('\\', Path.DirectorySeparatorChar);
                var path = Path.GetFullPath(Path.Combine(dir, include));
                Assert.True(File.Exists(path), $"{current} references {include}, which does not exist");
                if (reached.Add(path))
                {
                    pending.Push(path);
                }
            }
        }

        return reached;
    }
}
