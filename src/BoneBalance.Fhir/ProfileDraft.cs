using System.Text.Json;
using System.Text.Json.Nodes;
using BoneBalance.Core.Guidance;
using BoneBalance.Core.Validation;
using BoneBalance.Data.Contracts;

namespace BoneBalance.Fhir;

/// <summary>
/// The profile being built from a record: each input with the resource it came from, and what was left out. Rendered to
/// the profile contract and read back by <see cref="ProfileDocument.Parse"/>; an input the contract still refuses (a
/// BMI that disagrees with height and weight, a scan the densitometry cannot interpret) is moved to the ignored list with
/// the contract's own message, so a record never fails to give a profile because of one bad value.
/// </summary>
internal sealed class ProfileDraft
{
    private static readonly string[] Sections = ["person", "riskFactors", "priorHipOrVertebralFracture", "medications", "conditions", "dxa", "labs", "supplements"];

    private readonly List<Item> _items = [];

    /// <summary>What was read but not used.</summary>
    public List<FhirIgnored> Ignored { get; } = [];

    /// <summary>An input: <paramref name="section"/> is a profile root field; <paramref name="key"/> is the field inside
    /// <c>person</c> or <c>labs</c>, the DXA scan (site and date) of a <c>dxa</c> value, or null for an array element.</summary>
    /// <param name="section">The profile root field.</param>
    /// <param name="key">See the summary.</param>
    /// <param name="value">The JSON value (for a DXA value, an object with date, site and the value's field).</param>
    /// <param name="source">The resource it came from (its label: <c>Observation/5f3…</c>).</param>
    /// <param name="shown">What the resource says, for people.</param>
    /// <param name="date">The clinical date of the value.</param>
    /// <param name="field">For a DXA value, its field in the scan element (<c>tScore</c>).</param>
    public void Use(string section, string? key, JsonNode value, string source, string shown, DateOnly? date, string? field = null) =>
        _items.Add(new(section, key, field, value, source, shown, date));

    /// <summary>Something read but not used, and why.</summary>
    public void Ignore(string source, string what, string reason) => Ignored.Add(new(source, what, reason));

    /// <summary>True when the input of this section and key holds <paramref name="value"/> (a string).</summary>
    public bool HasValue(string section, string key, string value) =>
        _items.Any(i => i.Section == section && i.Key == key && i.Value.GetValueKind() == System.Text.Json.JsonValueKind.String && i.Value.GetValue<string>() == value);

    /// <summary>True when an input of this section (and key) is already there.</summary>
    public bool Has(string section, string? key = null) => _items.Any(i => i.Section == section && (key is null || i.Key == key));

    /// <summary>
    /// Renders the profile, reads it with the contract on <paramref name="asOf"/> and moves every input the contract
    /// refuses to <see cref="Ignored"/>, until the contract accepts it, with the input the contract read from it. Null
    /// (with the contract's message) when it is refused for what no single input explains.
    /// </summary>
    public (JsonObject? Profile, IReadOnlyList<FhirSource> Sources, string? Problem, AssessmentInput? Input) Finish(DateOnly asOf)
    {
        while (true)
        {
            var (profile, sources) = Render();
            var bytes = JsonSerializer.SerializeToUtf8Bytes(profile);
            try
            {
                var input = ProfileDocument.Parse(bytes, null, asOf);
                return (profile, sources, null, input);
            }
            catch (InvalidInputException e)
            {
                var dropped = false;
                foreach (var error in e.Errors)
                {
                    foreach (var source in sources)
                    {
                        if (_sourceItems.TryGetValue(source, out var item) && Refuses(error.Field, source.Input) && _items.Remove(item))
                        {
                            Ignored.Add(new(item.Resource, item.Shown, $"the profile contract refused it: {error.Message}"));
                            dropped = true;
                        }
                    }
                }

                if (!dropped)
                {
                    return (null, sources, e.Message, null);
                }
            }
        }
    }

    private readonly Dictionary<FhirSource, Item> _sourceItems = new(ReferenceEqualityComparer.Instance);

    // An error names the input's path, a field inside it, or (a DXA scan's date or site) the scan element holding it.
    private static bool Refuses(string errorField, string input)
    {
        if (Within(errorField, input) || Within(input, errorField))
        {
            return true;
        }

        var dot = input.LastIndexOf('.');
        return input.StartsWith("dxa[", StringComparison.Ordinal) && dot > 0 && Within(errorField, input[..dot])
            && !errorField.EndsWith(".bmd", StringComparison.Ordinal) && !errorField.EndsWith(".tScore", StringComparison.Ordinal) && !errorField.EndsWith(".zScore", StringComparison.Ordinal);
    }

    private static bool Within(string field, string path) =>
        field == path || (field.StartsWith(path, StringComparison.Ordinal) && field[path.Length] is '.' or '[');

    private (JsonObject Profile, List<FhirSource> Sources) Render()
    {
        _sourceItems.Clear();
        var profile = new JsonObject();
        var sources = new List<FhirSource>();
        void Source(Item item, string path)
        {
            var source = new FhirSource(path, item.Resource, item.Shown, item.Date);
            sources.Add(source);
            _sourceItems[source] = item;
        }

        foreach (var section in Sections)
        {
            var items = _items.Where(i => i.Section == section).ToList();
            if (items.Count == 0)
            {
                continue;
            }

            switch (section)
            {
                case "person" or "labs":
                    var obj = new JsonObject();
                    foreach (var item in items)
                    {
                        obj[item.Key!] = item.Value.DeepClone();
                        Source(item, $"{section}.{item.Key}");
                    }

                    profile[section] = obj;
                    break;
                case "priorHipOrVertebralFracture":
                    profile[section] = true;
                    foreach (var item in items)
                    {
                        Source(item, section);
                    }

                    break;
                case "riskFactors":
                    var tokens = new JsonArray();
                    var index = new Dictionary<string, int>(StringComparer.Ordinal);
                    foreach (var item in items)
                    {
                        var token = item.Value.GetValue<string>();
                        if (!index.TryGetValue(token, out var at))
                        {
                            index[token] = at = tokens.Count;
                            tokens.Add(token);
                        }

                        Source(item, $"{section}[{at}]");
                    }

                    profile[section] = tokens;
                    break;
                case "dxa":
                    var scans = new JsonArray();
                    foreach (var scan in items.GroupBy(i => i.Key))
                    {
                        var element = new JsonObject();
                        foreach (var item in scan)
                        {
                            foreach (var (name, value) in item.Value.AsObject())
                            {
                                element[name] = value?.DeepClone();
                            }
                        }

                        foreach (var item in scan)
                        {
                            Source(item, $"dxa[{scans.Count}].{item.Field}");
                        }

                        scans.Add(element);
                    }

                    profile[section] = scans;
                    break;
                default:
                    var array = new JsonArray();
                    foreach (var item in items)
                    {
                        Source(item, $"{section}[{array.Count}]");
                        array.Add(item.Value.DeepClone());
                    }

                    profile[section] = array;
                    break;
            }
        }

        return (profile, sources);
    }

    private sealed record Item(string Section, string? Key, string? Field, JsonNode Value, string Resource, string Shown, DateOnly? Date);
}
