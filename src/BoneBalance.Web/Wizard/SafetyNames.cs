using BoneBalance.Data.Safety;

namespace BoneBalance.Web.Wizard;

/// <summary>
/// The medication and condition names of the shipped safety catalogue (first column of <c>data/safety/*.csv</c>), for
/// the wizard's type-ahead lists. A name typed that is not listed is still accepted; the catalogue decides what it matches.
/// </summary>
internal static class SafetyNames
{
    private static readonly Lazy<IReadOnlyList<string>> MedicationNames = new(() => FirstColumn(ShippedSafetyCatalogue.MedicationsFile));
    private static readonly Lazy<IReadOnlyList<string>> ConditionNames = new(() => FirstColumn(ShippedSafetyCatalogue.ConditionsFile));

    /// <summary>Generic medication names, sorted.</summary>
    public static IReadOnlyList<string> Medications => MedicationNames.Value;

    /// <summary>Condition names, sorted.</summary>
    public static IReadOnlyList<string> Conditions => ConditionNames.Value;

    private static string[] FirstColumn(string file)
    {
        using var stream = typeof(ShippedSafetyCatalogue).Assembly.GetManifestResourceStream("safety/" + file);
        if (stream is null)
        {
            return [];
        }

        using var reader = new StreamReader(stream);
        var names = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            var name = line.Split(',', 2)[0].Trim().Trim('"');
            if (name.Length > 0)
            {
                names.Add(name);
            }
        }

        return [.. names];
    }
}
