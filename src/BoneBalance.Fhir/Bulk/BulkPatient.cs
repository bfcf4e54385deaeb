using BoneBalance.Fhir.Facts;

namespace BoneBalance.Fhir.Bulk;

/// <summary>
/// One patient's facts gathered from a bulk export, kept small as they arrive: of each observation kind only the newest
/// usable value and the unusable ones newer than it (the value the rules would choose, and the notes they would give
/// about it); of each current condition the newest, and any condition that sets a QFracture factor or is refuted or
/// dated after the as-of date; of each medicine the one the rules would list. What is forgotten is what the rules would
/// only have reported as superseded, resolved or listed once — routine notes, left out of the screening CSV on both
/// routes. The judging is the rules' own (<see cref="ObservationReader.Usable"/>, <see cref="ConditionReader.Matters"/>,
/// <see cref="MedicationReader.Judge"/>).
/// </summary>
internal sealed class BulkPatient
{
    /// <summary>Most unusable values of one observation kind kept (newest first): a bound on the notes, not on the values used.</summary>
    public const int MaximumUnusablePerKind = 4;

    private List<(ObservationFacts Facts, ObservationCode Code, bool Usable)>? _observations;
    private List<(ConditionFacts Facts, string? CurrentKey)>? _conditions;
    private List<(MedicationFacts Facts, MedicationReader.Found? Found)>? _medications;

    /// <summary>The Patient's facts, when its resource was read.</summary>
    public PatientFacts? Patient { get; private set; }

    /// <summary>The Patient's place among the Patient resources read (file order, line order).</summary>
    public long Order { get; private set; } = long.MaxValue;

    /// <summary>Values read but forgotten (routine notes only).</summary>
    public int Forgotten { get; private set; }

    /// <summary>Sets the Patient; false when the patient already had one (a repeated id).</summary>
    public bool SetPatient(PatientFacts patient, long order)
    {
        if (Patient is not null)
        {
            return false;
        }

        (Patient, Order) = (patient, order);
        return true;
    }

    /// <summary>Adds an observation of a listed code, judged usable or not (<see cref="BulkJudge"/>).</summary>
    public void Add(ObservationFacts observation, ObservationCode code, bool usable)
    {
        var list = _observations ??= [];
        var date = observation.Date ?? DateOnly.MinValue;
        var best = list.FindIndex(o => o.Usable && o.Code.Kind == code.Kind && o.Code.Site == code.Site);
        var bestDate = best >= 0 ? list[best].Facts.Date ?? DateOnly.MinValue : (DateOnly?)null;
        if (bestDate is { } b && date <= b)
        {
            // Not newer than the value the rules will use, and read after it: "superseded" only.
            Forgotten++;
            return;
        }

        if (usable)
        {
            // The new best: what it supersedes goes.
            Forgotten += list.RemoveAll(o => o.Code.Kind == code.Kind && o.Code.Site == code.Site && (o.Facts.Date ?? DateOnly.MinValue) < date);
            list.RemoveAll(o => o.Usable && o.Code.Kind == code.Kind && o.Code.Site == code.Site);
            list.Add((observation, code, true));
            return;
        }

        list.Add((observation, code, false));
        var unusable = list.Where(o => !o.Usable && o.Code.Kind == code.Kind && o.Code.Site == code.Site).ToList();
        if (unusable.Count > MaximumUnusablePerKind)
        {
            var oldest = unusable.MinBy(o => o.Facts.Date ?? DateOnly.MinValue);
            list.Remove(oldest);
            Forgotten++;
        }
    }

    /// <summary>Adds a condition, judged by <see cref="BulkJudge"/>: whether it matters, and its key when current.</summary>
    public void Add(ConditionFacts condition, bool matters, string? key)
    {
        if (!matters)
        {
            Forgotten++;
            return;
        }

        var list = _conditions ??= [];
        if (key is not null)
        {
            var same = list.FindIndex(c => c.CurrentKey == key);
            if (same >= 0)
            {
                // The rules list a current condition once: the one of the latest onset (the first read, on a tie).
                if ((list[same].Facts.Onset ?? DateOnly.MinValue) >= (condition.Onset ?? DateOnly.MinValue))
                {
                    Forgotten++;
                    return;
                }

                list.RemoveAt(same);
                Forgotten++;
            }
        }

        list.Add((condition, key));
    }

    /// <summary>Adds a MedicationRequest or MedicationStatement with the rules' judgement (<see cref="MedicationReader.Judge"/>).</summary>
    public void Add(MedicationFacts medication, MedicationReader.Found? found)
    {
        var list = _medications ??= [];
        if (found is null)
        {
            // Left out with a reason the rules will give (a suggestion, a status not taken): kept for its note.
            list.Add((medication, null));
            return;
        }

        var same = list.FindIndex(m => m.Found is { } f && f.Key == found.Key);
        if (same >= 0)
        {
            var kept = list[same].Found!;
            var better = (found.Stopped, kept.Stopped) switch
            {
                (false, true) => true,
                (true, false) => false,
                _ => (found.Date ?? DateOnly.MinValue) > (kept.Date ?? DateOnly.MinValue),
            };
            Forgotten++;
            if (!better)
            {
                return;
            }

            list.RemoveAt(same);
        }

        list.Add((medication, found));
    }

    /// <summary>The facts for the rules, in the order they were read.</summary>
    public RecordFacts ToRecord(string patientId) => new(patientId, Patient!)
    {
        Observations = _observations?.Select(o => o.Facts).ToList() ?? [],
        Conditions = _conditions?.Select(c => c.Facts).ToList() ?? [],
        Medications = _medications?.Select(m => m.Facts).ToList() ?? [],
    };
}
