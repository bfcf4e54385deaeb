using System.Globalization;
using System.Text.RegularExpressions;
using BoneBalance.Core.Nutrition;

namespace BoneBalance.Data.Import;

/// <summary>
/// The literature menaquinone values (<c>data/nutrition/menaquinone_literature.csv</c>: only rows verified in
/// <c>data/sources/reference/menaquinone_foods.csv</c>) joined to catalogue foods through the reviewed mapping
/// (<c>data/nutrition/menaquinone_mapping.csv</c>). Every literature row must appear in the mapping exactly once,
/// either with a target (<c>usda:NNNNN</c> or a literature-only <c>lit:slug</c> food) or with <c>-</c> and a note
/// saying why it is not used; every mapping row needs a <c>reviewed_note</c>. Nothing is matched by name.
/// </summary>
internal sealed partial record MenaquinoneMapping(IReadOnlyList<MenaquinoneMapping.Assignment> Assignments)
{
    public const string LiteratureFile = "menaquinone_literature.csv";
    public const string MappingFile = "menaquinone_mapping.csv";

    private static readonly (string Column, Nutrient Nutrient)[] Columns =
    [
        ("mk4_ug", Nutrient.Menaquinone4), ("mk5_ug", Nutrient.Menaquinone5), ("mk6_ug", Nutrient.Menaquinone6),
        ("mk7_ug", Nutrient.Menaquinone7), ("mk8_ug", Nutrient.Menaquinone8), ("mk9_ug", Nutrient.Menaquinone9),
        ("mk10_ug", Nutrient.Menaquinone10),
    ];

    /// <summary>One literature value attached to one catalogue food.</summary>
    internal sealed record Assignment(string TargetId, string TargetName, Nutrient Nutrient, double Amount, ValueSource Source);

    /// <summary>Reads both files through <paramref name="open"/> (file name → stream).</summary>
    public static MenaquinoneMapping Read(Func<string, Stream> open)
    {
        ArgumentNullException.ThrowIfNull(open);
        string[] literatureHeader = ["lit_id", "food", .. Columns.Select(c => c.Column), "source", "reference_row"];
        var literature = new Dictionary<string, (int Line, string[] Fields)>(StringComparer.Ordinal);
        foreach (var (line, fields) in CsvFile.Read(LiteratureFile, open(LiteratureFile), literatureHeader))
        {
            if (fields[0].Length == 0 || !literature.TryAdd(fields[0], (line, fields)))
            {
                throw new DataFileFormatException(LiteratureFile, line, $"lit_id '{fields[0]}' is empty or repeated");
            }

            if (fields[^2].Length == 0)
            {
                throw new DataFileFormatException(LiteratureFile, line, "source is empty");
            }
        }

        var assignments = new List<Assignment>();
        var mapped = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (line, fields) in CsvFile.Read(MappingFile, open(MappingFile), "lit_id", "target_id", "target_name", "reviewed_note"))
        {
            var (litId, target, name, note) = (fields[0], fields[1], fields[2], fields[3]);
            if (!literature.TryGetValue(litId, out var row))
            {
                throw new DataFileFormatException(MappingFile, line, $"lit_id '{litId}' is not in {LiteratureFile}");
            }

            if (!mapped.Add(litId))
            {
                throw new DataFileFormatException(MappingFile, line, $"lit_id '{litId}' is mapped twice");
            }

            if (note.Trim().Length == 0)
            {
                throw new DataFileFormatException(MappingFile, line, "reviewed_note is empty: every mapping decision says why");
            }

            if (target == "-")
            {
                continue;
            }

            if (!TargetPattern().IsMatch(target) || (target.StartsWith("lit:", StringComparison.Ordinal) && name.Length == 0))
            {
                throw new DataFileFormatException(MappingFile, line,
                    $"target_id '{target}' must be '-', usda: + 5 digits, or lit: + a lower-case slug with a target_name");
            }

            var source = new ValueSource(ValueSource.Literature, litId, row.Fields[^2]);
            var any = false;
            for (var c = 0; c < Columns.Length; c++)
            {
                var text = row.Fields[2 + c];
                if (text.Length == 0)
                {
                    continue;
                }

                if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var amount) || !double.IsFinite(amount) || amount < 0)
                {
                    throw new DataFileFormatException(LiteratureFile, row.Line, $"{Columns[c].Column} '{text}' is not a finite number of at least 0");
                }

                assignments.Add(new Assignment(target, name, Columns[c].Nutrient, amount, source));
                any = true;
            }

            if (!any)
            {
                throw new DataFileFormatException(MappingFile, line, $"lit_id '{litId}' has no menaquinone value to map");
            }
        }

        var unmapped = literature.Keys.Where(k => !mapped.Contains(k)).ToList();
        if (unmapped.Count > 0)
        {
            throw new DataFileFormatException(MappingFile, 0, $"literature row(s) {string.Join(", ", unmapped)} have no mapping decision");
        }

        return new MenaquinoneMapping(assignments);
    }

    [GeneratedRegex("^(usda:[0-9]{5}|lit:[a-z0-9]+(-[a-z0-9]+)*)$")]
    private static partial Regex TargetPattern();
}
