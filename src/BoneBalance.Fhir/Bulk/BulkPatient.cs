using BoneBalance.Fhir.Facts;

namespace BoneBalance.Fhir.Bulk;

/// <summary>
/// One patient's facts gathered from a bulk export, kept small as they arrive: of each observation kind only the newest
/// usable value and the unusable ones newer than it (the value the rules would choose, and the notes they would give
/// about it); of each current condition the newest, and any condition that sets a QFracture factor or is refuted or
/// dated after the as-of date; of each medicine the one the rules would list. What is forgotten is what the rules would
/// only have reported as superseded, resolved or listed once — routine notes, left out of the screening CSV on both
/// routes. The judging is the rules' own (<see cref="ObservationReader.Usable"/>, <see cref="ConditionReader.Matters"/>,
/// <see cref="MedicationReader.Judge"/>). What is kept is packed into one byte array (<see cref="PackedFacts"/>: a few
/// hundred bytes for a Synthea patient), unpacked only when the patient is assessed.
/// </summary>
internal sealed class BulkPatient(PatientKey key)
{
    /// <summary>Most unusable values of one observation kind kept (newest first): a bound on the notes, not on the values used.</summary>
    public const int MaximumUnusablePerKind = 4;

    // Each observation kind and DXA site of observation_codes.csv, numbered.
    private static readonly Dictionary<(string Kind, string? Site), int> Groups =
        FhirCodeLists.Observations.Values.Select(c => (c.Kind, c.Site)).Distinct().Select((g, i) => (g, i)).ToDictionary(p => p.g, p => p.i);

    private byte[] _bytes = [];
    private int _length;

    /// <summary>The patient's id.</summary>
    public PatientKey Key { get; } = key;

    /// <summary>The Patient's place among the Patient resources read (file order, line order); <see cref="long.MaxValue"/> until read.</summary>
    public long Order { get; private set; } = long.MaxValue;

    /// <summary>True once the Patient resource was read.</summary>
    public bool HasPatient => Order != long.MaxValue;

    /// <summary>The bytes the packed facts take.</summary>
    public int PackedBytes => _length;

    /// <summary>The bytes held for them (with room to grow).</summary>
    public int HeldBytes => _bytes.Length;

    /// <summary>Sets the Patient; false when the patient already had one (a repeated id).</summary>
    public bool SetPatient(PatientFacts patient, long order, PackedWriter writer)
    {
        if (HasPatient)
        {
            return false;
        }

        Order = order;
        PackedFacts.Write(writer, patient, ResourceLabel.Of("Patient", Key.ToString()));
        Append(writer.Written);
        return true;
    }

    /// <summary>Adds an observation of a listed code, judged usable or not (<see cref="BulkJudge"/>).</summary>
    public void Add(ObservationFacts observation, ObservationCode code, bool usable, PackedWriter writer)
    {
        var table = writer.Table;
        var group = Groups[(code.Kind, code.Site)];
        var date = observation.Date ?? DateOnly.MinValue;
        for (var at = 0; at < _length;)
        {
            var entry = PackedFacts.Entry(Bytes, at, table);
            if (entry.Kind == PackedKind.Observation && entry.Flag && entry.Group == group)
            {
                if (date <= entry.Date)
                {
                    // Not newer than the value the rules will use, and read after it: "superseded" only.
                    return;
                }

                break;
            }

            at += entry.Length;
        }

        PackedFacts.Write(writer, observation, group, usable);
        if (usable)
        {
            // The new best: what it supersedes goes, and the best before it.
            RemoveObservations(group, date, table);
            Append(writer.Written);
            return;
        }

        Append(writer.Written);
        int unusable = 0, oldest = -1;
        var oldestDate = DateOnly.MaxValue;
        for (var at = 0; at < _length;)
        {
            var entry = PackedFacts.Entry(Bytes, at, table);
            if (entry.Kind == PackedKind.Observation && !entry.Flag && entry.Group == group)
            {
                unusable++;
                if (oldest < 0 || entry.Date < oldestDate)
                {
                    (oldest, oldestDate) = (at, entry.Date);
                }
            }

            at += entry.Length;
        }

        if (unusable > MaximumUnusablePerKind)
        {
            Remove(PackedFacts.Entry(Bytes, oldest, table));
        }
    }

    /// <summary>Adds a condition, judged by <see cref="BulkJudge"/>: whether it matters, and its key when current.</summary>
    public void Add(ConditionFacts condition, bool matters, string? key, PackedWriter writer)
    {
        if (!matters)
        {
            return;
        }

        PackedFacts.Write(writer, condition, key);
        if (key is not null)
        {
            var written = PackedFacts.Entry(writer.Written, 0, writer.Table);
            var keyBytes = writer.Written.Slice(written.KeyStart, written.KeyLength);
            if (Find(PackedKind.Condition, keyBytes, writer.Table) is { } same)
            {
                // The rules list a current condition once: the one of the latest onset (the first read, on a tie).
                if (same.Date >= (condition.Onset ?? DateOnly.MinValue))
                {
                    return;
                }

                Remove(same);
            }
        }

        Append(writer.Written);
    }

    /// <summary>Adds a MedicationRequest or MedicationStatement with the rules' judgement (<see cref="MedicationReader.Judge"/>).</summary>
    public void Add(MedicationFacts medication, MedicationReader.Found? found, PackedWriter writer)
    {
        PackedFacts.Write(writer, medication, found);
        if (found is null)
        {
            // Left out with a reason the rules will give (a suggestion, a status not taken): kept for its note.
            Append(writer.Written);
            return;
        }

        var written = PackedFacts.Entry(writer.Written, 0, writer.Table);
        if (Find(PackedKind.Medication, writer.Written.Slice(written.KeyStart, written.KeyLength), writer.Table) is { } same)
        {
            var better = (found.Stopped, same.Stopped) switch
            {
                (false, true) => true,
                (true, false) => false,
                _ => (found.Date ?? DateOnly.MinValue) > same.Date,
            };
            if (!better)
            {
                return;
            }

            Remove(same);
        }

        Append(writer.Written);
    }

    /// <summary>The facts for the rules, in the order they were kept.</summary>
    public RecordFacts ToRecord(FactTable table)
    {
        var id = Key.ToString();
        PatientFacts? patient = null;
        var observations = new List<ObservationFacts>();
        var conditions = new List<ConditionFacts>();
        var medications = new List<MedicationFacts>();
        for (var at = 0; at < _length;)
        {
            var entry = PackedFacts.Entry(Bytes, at, table);
            var bytes = Bytes.Slice(at, entry.Length);
            switch (entry.Kind)
            {
                case PackedKind.Patient:
                    patient = PackedFacts.Patient(bytes, table, ResourceLabel.Of("Patient", id));
                    break;
                case PackedKind.Observation:
                    observations.Add(PackedFacts.Observation(bytes, table));
                    break;
                case PackedKind.Condition:
                    conditions.Add(PackedFacts.Condition(bytes, table));
                    break;
                case PackedKind.Medication:
                    medications.Add(PackedFacts.Medication(bytes, table));
                    break;
            }

            at += entry.Length;
        }

        return new(id, patient ?? throw new InvalidOperationException($"patient {id}: no Patient resource was read"))
        {
            Observations = observations,
            Conditions = conditions,
            Medications = medications,
        };
    }

    /// <summary>Lets go of the packed facts (once assessed).</summary>
    public void Release() => (_bytes, _length) = ([], 0);

    private Span<byte> Bytes => _bytes.AsSpan(0, _length);

    // The first entry of the kind with a key of these bytes.
    private PackedEntry? Find(PackedKind kind, ReadOnlySpan<byte> key, FactTable table)
    {
        for (var at = 0; at < _length;)
        {
            var entry = PackedFacts.Entry(Bytes, at, table);
            if (entry.Kind == kind && entry.KeyLength > 0 && Bytes.Slice(at + entry.KeyStart, entry.KeyLength).SequenceEqual(key))
            {
                return entry;
            }

            at += entry.Length;
        }

        return null;
    }

    // Removes the observations of the group dated before date, and its usable one: a new usable value supersedes them.
    private void RemoveObservations(int group, DateOnly date, FactTable table)
    {
        var kept = 0;
        for (var at = 0; at < _length;)
        {
            var entry = PackedFacts.Entry(Bytes, at, table);
            var superseded = entry.Kind == PackedKind.Observation && entry.Group == group && (entry.Date < date || entry.Flag);
            if (!superseded)
            {
                Bytes.Slice(at, entry.Length).CopyTo(_bytes.AsSpan(kept));
                kept += entry.Length;
            }

            at += entry.Length;
        }

        _length = kept;
    }

    private void Remove(PackedEntry entry)
    {
        Bytes[(entry.Start + entry.Length)..].CopyTo(_bytes.AsSpan(entry.Start));
        _length -= entry.Length;
    }

    // Room grows by a quarter (at least 32 bytes): a patient's bytes are copied a few times as they grow, not at every fact.
    private void Append(ReadOnlySpan<byte> entry)
    {
        if (_length + entry.Length > _bytes.Length)
        {
            Array.Resize(ref _bytes, Math.Max(_length + entry.Length + 32, _bytes.Length + (_bytes.Length / 4)));
        }

        entry.CopyTo(_bytes.AsSpan(_length));
        _length += entry.Length;
    }
}
