using System.Text.Json;
using System.Text.RegularExpressions;

namespace BoneBalance.Cli.Tests.Commands;

/// <summary>
/// docs/JSON.md documents every field of every JSON output. Each command is run with <c>--json</c> on the
/// <c>examples/</c> profiles and diaries (and on inputs that reach the rarer objects), and every object written is
/// checked against its table: a documented field missing from the output fails, and so does a field the table does not
/// list. Every documented object must be met at least once, so a table cannot describe an object no command writes.
/// </summary>
public sealed partial class JsonDocumentationTests(AssessCatalogueFixture catalogue) : IClassFixture<AssessCatalogueFixture>
{
    private static readonly string Examples = Path.Combine(Repository.Root, "examples");

    /// <summary>A documented field: its name and, when it holds objects, the documented object they are.</summary>
    internal sealed record Field(string Name, string? Shape);

    [Fact]
    public void Every_output_has_exactly_the_documented_fields()
    {
        var shapes = Read(File.ReadAllText(Path.Combine(Repository.Root, "docs", "JSON.md")));
        var problems = new List<string>();
        var met = new HashSet<string>();
        foreach (var (shape, args) in Runs())
        {
            var (exit, output, error) = CliRunner.Run(args);
            Assert.True(exit == 0, $"{string.Join(' ', args)}: {error}");
            using var json = JsonDocument.Parse(output);
            Check(shapes, json.RootElement, shape, $"{string.Join(' ', args.TakeWhile(a => a != "--database").Select(a => a.EndsWith(".json", StringComparison.Ordinal) || a.EndsWith(".csv", StringComparison.Ordinal) ? Path.GetFileName(a) : a))} → {shape}", problems, met);
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems.Distinct()));
        Assert.True(shapes.Keys.All(met.Contains), "documented but never written: " + string.Join(", ", shapes.Keys.Except(met).Order()));
    }

    [Fact]
    public void A_field_the_output_lacks_or_the_table_lacks_is_found()
    {
        var shapes = new Dictionary<string, IReadOnlyList<Field>>
        {
            ["root"] = [new("person", "person"), new("gone", null)],
            ["person"] = [new("sex", null)],
        };
        using var json = JsonDocument.Parse("""{"person": {"sex": "female", "age": 67}, "extra": 1}""");
        var problems = new List<string>();
        Check(shapes, json.RootElement, "root", "root", problems, []);
        Assert.Equal(
            ["root.person: field 'age' is not documented", "root: documented field 'gone' is missing", "root: field 'extra' is not documented"],
            problems.Order());
    }

    [Fact]
    public void The_documentation_is_read_as_tables_of_fields()
    {
        var shapes = Read(File.ReadAllText(Path.Combine(Repository.Root, "docs", "JSON.md")));
        Assert.Equal(["person", "fractureRisk", "sources", "disclaimer"], shapes["riskOutput"].Select(f => f.Name));
        Assert.Equal("qfracture", shapes["fractureRisk"].Single(f => f.Name == "qfracture").Shape);
        Assert.Equal("citation", shapes["fractureRisk"].Single(f => f.Name == "citations").Shape);
        Assert.Null(shapes["fractureRisk"].Single(f => f.Name == "notes").Shape);
        Assert.Equal(["authors", "title", "source", "year", "url"], shapes["citation"].Select(f => f.Name));
    }

    // The commands, each with the documented object it writes. A temporary young profile reaches notApplicable.
    private IEnumerable<(string Shape, string[] Args)> Runs()
    {
        var database = catalogue.Database;
        var young = Path.Combine(catalogue.Directory, "young.json");
        File.WriteAllText(young, """{ "person": { "sex": "female", "age": 25, "bmi": 21 } }""");
        var diaries = Directory.GetFiles(Examples, "diary-*.csv").Order(StringComparer.Ordinal).ToList();
        foreach (var profile in Directory.GetFiles(Examples, "*.json").Order(StringComparer.Ordinal).Append(young))
        {
            yield return ("assessment", ["assess", profile, "--json", "--database", database]);
        }

        foreach (var diary in diaries)
        {
            yield return ("assessment", ["assess", Path.Combine(Examples, "woman-67-falls-parental-osteoporosis.json"), "--diary", diary, "--json", "--database", database]);
            yield return ("intakeOutput", ["intake", diary, "--sex", "female", "--age", "74", "--json", "--database", database]);
        }

        foreach (var bundle in new[] { "Kathe_Zieme_646ca118-b7c4-45d3-b1a4-f01e8973873b.json", "Sharmaine_Yost_f24e406f-384b-41ad-88a1-2857e7584d08.json" })
        {
            yield return ("fhirAssessment", ["assess", "--fhir", Repository.File("data", "sources", "fhir", "synthea", bundle), "--as-of", "2021-06-01", "--json", "--database", database]);
        }

        yield return ("riskOutput", ["risk", "--sex", "female", "--age", "67", "--height-cm", "160", "--weight-kg", "55", "--factor", "falls", "--json"]);
        yield return ("riskOutput", ["risk", "--sex", "male", "--age", "70", "--bmi", "17.8", "--factor", "hrt", "--json"]);
        yield return ("dxaOutput", ["dxa", "--sex", "female", "--age", "67", "--femoral-neck-bmd", "0.62", "--spine-t", "-2.7", "--json"]);
        yield return ("dxaOutput", [
            "dxa", "--sex", "female", "--age", "67", "--femoral-neck-bmd", "0.62", "--manufacturer", "hologic", "--frax-mof", "22", "--frax-hip", "3.5",
            "--glucocorticoid-mg-per-day", "7.5", "--glucocorticoid-months", "6", "--compare-site", "femoral_neck", "--previous-bmd", "0.66",
            "--precision-rms-sd", "0.012", "--previous-date", "2024-05-02", "--scan-date", "2026-05-04", "--json"]);
        yield return ("foodSearch", ["foods", "search", "natto", "--json", "--database", database]);
        yield return ("foodSearch", ["foods", "search", "egg yolk", "--limit", "3", "--json", "--database", database]);
        yield return ("food", ["foods", "show", "usda:16113", "--json", "--database", database]);
        yield return ("food", ["foods", "show", "ciqual:16400", "--json", "--database", database]);
        yield return ("questions", ["faq", "--json"]);
        yield return ("question", ["faq", "4", "--json"]);
        yield return ("claims", ["faq", "--claims", "--json"]);
    }

    // Checks one object, at path, against its table, and every object it holds against theirs.
    private static void Check(IReadOnlyDictionary<string, IReadOnlyList<Field>> shapes, JsonElement value, string shape, string path, List<string> problems, HashSet<string> met)
    {
        var where = path.EndsWith(shape, StringComparison.Ordinal) ? path : $"{path} ({shape})";
        if (!shapes.TryGetValue(shape, out var fields))
        {
            problems.Add($"{where}: no table for '{shape}'");
            return;
        }

        met.Add(shape);
        var present = value.EnumerateObject().ToDictionary(p => p.Name, p => p.Value);
        foreach (var field in fields)
        {
            if (!present.TryGetValue(field.Name, out var child))
            {
                problems.Add($"{where}: documented field '{field.Name}' is missing");
                continue;
            }

            var elements = child.ValueKind == JsonValueKind.Array ? child.EnumerateArray().ToList() : [child];
            foreach (var element in elements.Where(e => e.ValueKind == JsonValueKind.Object))
            {
                if (field.Shape is null)
                {
                    problems.Add($"{where}: field '{field.Name}' holds an object, but its table names none");
                }
                else
                {
                    Check(shapes, element, field.Shape, $"{path}.{field.Name}", problems, met);
                }
            }
        }

        foreach (var name in present.Keys.Except(fields.Select(f => f.Name)))
        {
            problems.Add($"{where}: field '{name}' is not documented");
        }
    }

    // Each "### `name`" heading and the rows of the table after it: | `field` | type | content |, the type naming the
    // object a field holds in backquotes.
    internal static Dictionary<string, IReadOnlyList<Field>> Read(string markdown)
    {
        var shapes = new Dictionary<string, IReadOnlyList<Field>>();
        List<Field>? current = null;
        foreach (var line in markdown.ReplaceLineEndings("\n").Split('\n'))
        {
            if (Heading().Match(line) is { Success: true } heading)
            {
                current = [];
                shapes.Add(heading.Groups[1].Value, current);
            }
            else if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                current = null;
            }
            else if (current is not null && Row().Match(line) is { Success: true } row)
            {
                var type = Regex.Match(row.Groups[2].Value, "`([A-Za-z]+)`");
                current.Add(new Field(row.Groups[1].Value, type.Success ? type.Groups[1].Value : null));
            }
        }

        return shapes;
    }

    [GeneratedRegex(@"^### `([A-Za-z]+)`\s*$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^\| `([A-Za-z]+)` \| ([^|]*) \|")]
    private static partial Regex Row();
}
