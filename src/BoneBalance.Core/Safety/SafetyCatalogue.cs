using BoneBalance.Core.People;

namespace BoneBalance.Core.Safety;

/// <summary>
/// The medications and conditions the safety rules know, with the names and codes they are recognised by. It is
/// built once at start-up (BoneBalance.Catalogues loads it from <c>data/safety/</c>) and is immutable; Core does no I/O.
/// A medication is recognised by its RxNorm or ATC code, or by a generic or brand name appearing in the name as given
/// (whole words, any case); a condition by SNOMED CT, ICD-10 (prefix) or name. When both a code and the name match,
/// the union is used, so a mistyped code cannot hide a dangerous drug named in the text.
/// </summary>
public sealed class SafetyCatalogue
{
    private readonly NameMatcher<MedicationEntry> _medicationNames = new();
    private readonly Dictionary<string, MedicationEntry> _rxNorm = new(StringComparer.Ordinal);
    private readonly Dictionary<string, MedicationEntry> _atc = new(StringComparer.OrdinalIgnoreCase);
    private readonly NameMatcher<ConditionEntry> _conditionNames = new();
    private readonly Dictionary<string, ConditionEntry> _snomed = new(StringComparer.Ordinal);
    private readonly List<(string Code, ConditionEntry Entry)> _icd10 = [];

    /// <summary>Builds the catalogue.</summary>
    /// <exception cref="ArgumentException">A name or code is given to two entries, or an entry has no name.</exception>
    public SafetyCatalogue(IEnumerable<MedicationEntry> medications, IEnumerable<ConditionEntry> conditions)
    {
        ArgumentNullException.ThrowIfNull(medications);
        ArgumentNullException.ThrowIfNull(conditions);
        Medications = [.. medications];
        Conditions = [.. conditions];
        foreach (var m in Medications)
        {
            _medicationNames.Add(m.Generic, m);
            foreach (var name in m.Names)
            {
                _medicationNames.Add(name, m);
            }

            AddCodes(_rxNorm, m.RxNormCodes, m, "RxNorm");
            AddCodes(_atc, m.AtcCodes, m, "ATC");
        }

        foreach (var c in Conditions)
        {
            _conditionNames.Add(c.Name, c);
            foreach (var name in c.Synonyms)
            {
                _conditionNames.Add(name, c);
            }

            AddCodes(_snomed, c.SnomedCodes, c, "SNOMED CT");
            foreach (var code in c.Icd10Codes)
            {
                if (_icd10.Any(e => string.Equals(e.Code, code, StringComparison.OrdinalIgnoreCase)))
                {
                    throw new ArgumentException($"ICD-10 code {code} is given to two catalogue entries.", nameof(conditions));
                }

                _icd10.Add((code.ToUpperInvariant(), c));
            }
        }
    }

    /// <summary>Every medication entry.</summary>
    public IReadOnlyList<MedicationEntry> Medications { get; }

    /// <summary>Every condition entry.</summary>
    public IReadOnlyList<ConditionEntry> Conditions { get; }

    /// <summary>The entries a medication is recognised as (several for a combination product); empty when unknown.</summary>
    public IReadOnlyList<MedicationEntry> Identify(Medication medication)
    {
        ArgumentNullException.ThrowIfNull(medication);
        var found = new List<MedicationEntry>();
        if (medication.RxNormCode is { } rx && _rxNorm.TryGetValue(rx, out var byRx))
        {
            found.Add(byRx);
        }

        if (medication.AtcCode is { } atc && _atc.TryGetValue(atc, out var byAtc) && !found.Contains(byAtc))
        {
            found.Add(byAtc);
        }

        foreach (var byName in _medicationNames.Find(medication.Name))
        {
            if (!found.Contains(byName))
            {
                found.Add(byName);
            }
        }

        return found;
    }

    /// <summary>The entries a condition is recognised as; empty when unknown.</summary>
    public IReadOnlyList<ConditionEntry> Identify(Condition condition)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var found = new List<ConditionEntry>();
        if (condition.SnomedCode is { } snomed && _snomed.TryGetValue(snomed, out var bySnomed))
        {
            found.Add(bySnomed);
        }

        if (condition.Icd10Code is { } icd)
        {
            // The longest catalogue code that prefixes the given one: E21.0 before E21.
            // One pass; on equal length the first in catalogue order wins, as the stable sort it replaces chose.
            ConditionEntry? byIcd = null;
            var bestLength = -1;
            foreach (var (code, entry) in _icd10)
            {
                if (code.Length > bestLength && icd.StartsWith(code, StringComparison.Ordinal))
                {
                    (byIcd, bestLength) = (entry, code.Length);
                }
            }

            if (byIcd is not null && !found.Contains(byIcd))
            {
                found.Add(byIcd);
            }
        }

        foreach (var byName in _conditionNames.Find(condition.Name))
        {
            if (!found.Contains(byName))
            {
                found.Add(byName);
            }
        }

        return found;
    }

    private static void AddCodes<T>(Dictionary<string, T> index, IReadOnlyList<string> codes, T entry, string system)
    {
        foreach (var code in codes)
        {
            if (!index.TryAdd(code, entry))
            {
                throw new ArgumentException($"{system} code {code} is given to two catalogue entries.", nameof(codes));
            }
        }
    }
}
