using BoneBalance.Fhir.Facts;

namespace BoneBalance.Fhir.Bulk;

/// <summary>What one packed entry holds.</summary>
internal enum PackedKind : byte
{
    /// <summary>The Patient's facts.</summary>
    Patient = 1,

    /// <summary>An Observation of a listed code.</summary>
    Observation = 2,

    /// <summary>A Condition.</summary>
    Condition = 3,

    /// <summary>A MedicationRequest or MedicationStatement.</summary>
    Medication = 4,
}

/// <summary>
/// What <see cref="BulkPatient"/> compares of a packed entry without unpacking it: its kind, the judgement made when it
/// was read, its date, and the key it is grouped by.
/// </summary>
/// <param name="Kind">What the entry holds.</param>
/// <param name="Start">Its first byte in the patient's bytes.</param>
/// <param name="Length">Its bytes.</param>
/// <param name="Flag">An Observation usable on the as-of date; a medicine the rules list (judged, with a key).</param>
/// <param name="Stopped">A listed medicine judged stopped.</param>
/// <param name="Group">An Observation's kind and DXA site, numbered by <see cref="BulkPatient"/>.</param>
/// <param name="Date">An Observation's date, a Condition's onset, a medicine's date; <see cref="DateOnly.MinValue"/> when none.</param>
/// <param name="KeyStart">Where the key (a current Condition's, a listed medicine's) starts in the entry; 0 when none.</param>
/// <param name="KeyLength">The key's bytes.</param>
internal readonly record struct PackedEntry(PackedKind Kind, int Start, int Length, bool Flag, bool Stopped, int Group, DateOnly Date, int KeyStart, int KeyLength);

/// <summary>
/// The bytes of one patient's facts in a bulk screen: a run of entries, each <c>[tag][length][header][body]</c>. The tag
/// holds the kind and the judgement made when read; the header what <see cref="BulkPatient"/> compares (an
/// Observation's kind and date, a Condition's key and onset, a medicine's key and date); the body every other field the
/// rules read, in <see cref="PackedWriter"/>'s encodings. Resource ids are not kept but the Patient's: the screening CSV
/// names no other resource, so an unpacked fact's label is its resource type (the rules put labels only in the
/// sources and in notes the CSV leaves out).
/// </summary>
internal static class PackedFacts
{
    private const int KindMask = 0x07, FlagBit = 0x08, StoppedBit = 0x10;
    private const byte DeceasedBit = 0x01, LabelBit = 0x02, BirthDateBit = 0x04, QuantityBit = 0x01, AsNeededBit = 0x02, DosageBit = 0x04;

    /// <summary>Writes the Patient's entry; <paramref name="label"/> is the label its id gives, not written when the facts' is the same.</summary>
    public static void Write(PackedWriter writer, PatientFacts patient, ResourceLabel label)
    {
        var body = Begin(writer, PackedKind.Patient, false, false);
        var born = FhirDates.Of(patient.BirthDate);
        var canonical = born is { } b && patient.BirthDate == FhirDates.Show(b);
        var sameLabel = patient.Label == label;
        writer.Byte((byte)((patient.DeceasedFlag ? DeceasedBit : 0) | (sameLabel ? 0 : LabelBit) | (canonical ? BirthDateBit : 0)));
        if (!sameLabel)
        {
            writer.Text(patient.Label);
        }

        writer.Text(patient.DeceasedDateTime);
        if (canonical)
        {
            writer.Date(born);
        }
        else
        {
            writer.Text(patient.BirthDate);
        }

        writer.String(patient.Gender);
        writer.Text(patient.Name);
        writer.Concept(patient.RaceCategories.Length == 0 ? null : new FhirConcept(null, patient.RaceCategories), shared: false);
        End(writer, body);
    }

    /// <summary>Writes an Observation's entry: <paramref name="group"/> its kind and site, <paramref name="usable"/> the rules' judgement.</summary>
    public static void Write(PackedWriter writer, ObservationFacts observation, int group, bool usable)
    {
        var body = Begin(writer, PackedKind.Observation, usable, false);
        writer.Varint((ulong)group);
        writer.Date(observation.Date);
        writer.Concept(observation.Code);
        writer.String(observation.Status);
        writer.Byte(observation.HasQuantity ? QuantityBit : (byte)0);
        writer.Decimal(observation.Amount);
        writer.String(observation.Comparator);
        writer.String(observation.UnitCode);
        writer.String(observation.UnitText);
        writer.Concept(observation.ValueConcept);
        End(writer, body);
    }

    /// <summary>Writes a Condition's entry: <paramref name="key"/> its key when current (<see cref="ConditionReader.Key"/>).</summary>
    public static void Write(PackedWriter writer, ConditionFacts condition, string? key)
    {
        var body = Begin(writer, PackedKind.Condition, false, false);
        writer.String(key);
        writer.Date(condition.Onset);
        writer.Concept(condition.Code);
        writer.String(condition.Verification);
        writer.String(condition.Clinical);
        writer.Date(condition.Abated);
        End(writer, body);
    }

    /// <summary>Writes a medicine's entry with the rules' judgement (null when they leave it out).</summary>
    public static void Write(PackedWriter writer, MedicationFacts medication, MedicationReader.Found? found)
    {
        var body = Begin(writer, PackedKind.Medication, found is not null, found is { Stopped: true });
        if (found is not null)
        {
            writer.String(found.Key);
        }

        writer.Date(medication.Date);
        writer.String(medication.TypeName);
        writer.String(medication.Status);
        writer.String(medication.Intent);
        writer.Concept(medication.Concept);
        writer.Text(medication.Reference);
        writer.Concept(medication.ContainedConcept);
        writer.Date(medication.Ended);
        if (medication.Dosage is not { } dosage)
        {
            writer.Byte(0);
        }
        else
        {
            writer.Byte((byte)(DosageBit | (dosage.AsNeeded ? AsNeededBit : 0)));
            writer.Decimal(dosage.Dose);
            writer.String(dosage.DoseUnit);
            writer.String(dosage.PeriodUnit);
            writer.Int(dosage.Frequency);
            writer.Decimal(dosage.Period);
        }

        End(writer, body);
    }

    /// <summary>The entry that starts at <paramref name="start"/>.</summary>
    public static PackedEntry Entry(ReadOnlySpan<byte> bytes, int start, FactTable table)
    {
        var reader = new PackedReader(bytes[start..], table);
        var tag = reader.Byte();
        var length = (int)reader.Varint();
        var total = reader.Position + length;
        var kind = (PackedKind)(tag & KindMask);
        var flag = (tag & FlagBit) != 0;
        var stopped = (tag & StoppedBit) != 0;
        switch (kind)
        {
            case PackedKind.Observation:
                var group = (int)reader.Varint();
                return new(kind, start, total, flag, stopped, group, reader.Date() ?? DateOnly.MinValue, 0, 0);
            case PackedKind.Condition:
            case PackedKind.Medication when flag:
                var keyStart = reader.Position;
                var key = reader.StringBytes();
                var hasKey = key.Length > 1 || key[0] != 0;
                return new(kind, start, total, flag, stopped, 0, reader.Date() ?? DateOnly.MinValue, hasKey ? keyStart : 0, hasKey ? key.Length : 0);
            case PackedKind.Medication:
                return new(kind, start, total, flag, stopped, 0, reader.Date() ?? DateOnly.MinValue, 0, 0);
            default:
                return new(kind, start, total, flag, stopped, 0, DateOnly.MinValue, 0, 0);
        }
    }

    /// <summary>The Patient's facts of an entry; <paramref name="label"/> is the label its id gives.</summary>
    public static PatientFacts Patient(ReadOnlySpan<byte> entry, FactTable table, ResourceLabel label)
    {
        var reader = Body(entry, table);
        var flags = reader.Byte();
        if ((flags & LabelBit) != 0)
        {
            label = ResourceLabel.FromString(reader.Text()!);
        }

        var deceasedAt = reader.Text();
        var birth = (flags & BirthDateBit) != 0 ? FhirDates.Show(reader.Date()!.Value) : reader.Text();
        return new PatientFacts(label)
        {
            DeceasedFlag = (flags & DeceasedBit) != 0,
            DeceasedDateTime = deceasedAt,
            BirthDate = birth,
            Gender = reader.String(),
            Name = reader.Text(),
            RaceCategories = reader.Concept()?.Codings ?? [],
        };
    }

    /// <summary>The Observation's facts of an entry.</summary>
    public static ObservationFacts Observation(ReadOnlySpan<byte> entry, FactTable table)
    {
        var reader = Body(entry, table);
        reader.Varint();
        var date = reader.Date();
        var code = reader.Concept();
        var status = reader.String()!;
        var quantity = (reader.Byte() & QuantityBit) != 0;
        return new ObservationFacts(ResourceLabel.FromString("Observation"), code, status, date)
        {
            HasQuantity = quantity,
            Amount = reader.Decimal(),
            Comparator = reader.String(),
            UnitCode = reader.String(),
            UnitText = reader.String(),
            ValueConcept = reader.Concept(),
        };
    }

    /// <summary>The Condition's facts of an entry.</summary>
    public static ConditionFacts Condition(ReadOnlySpan<byte> entry, FactTable table)
    {
        var reader = Body(entry, table);
        reader.StringBytes();
        var onset = reader.Date();
        var code = reader.Concept();
        var verification = reader.String();
        var clinical = reader.String();
        return new ConditionFacts(ResourceLabel.FromString("Condition"), code, onset, verification, clinical, reader.Date());
    }

    /// <summary>The medicine's facts of an entry.</summary>
    public static MedicationFacts Medication(ReadOnlySpan<byte> entry, FactTable table)
    {
        var reader = Body(entry, table);
        if ((entry[0] & FlagBit) != 0)
        {
            reader.StringBytes();
        }

        var date = reader.Date();
        var type = reader.String()!;
        var status = reader.String()!;
        var intent = reader.String();
        var concept = reader.Concept();
        var reference = reader.Text();
        var contained = reader.Concept();
        var ended = reader.Date();
        var dosageFlags = reader.Byte();
        var dosage = (dosageFlags & DosageBit) == 0
            ? null
            : new DosageFacts((dosageFlags & AsNeededBit) != 0, reader.Decimal(), reader.String(), reader.String(), reader.Int(), reader.Decimal());
        return new MedicationFacts(ResourceLabel.FromString(type), type, status)
        {
            Intent = intent,
            Concept = concept,
            Reference = reference,
            ContainedConcept = contained,
            Date = date,
            Ended = ended,
            Dosage = dosage,
        };
    }

    // The tag and a placeholder length: the entry's length (bytes after it) is known at End.
    private static int Begin(PackedWriter writer, PackedKind kind, bool flag, bool stopped)
    {
        writer.Clear();
        writer.Byte((byte)((int)kind | (flag ? FlagBit : 0) | (stopped ? StoppedBit : 0)));
        return writer.Length;
    }

    private static void End(PackedWriter writer, int body) => writer.Insert(body, (ulong)(writer.Length - body));

    // A reader after the entry's tag and length.
    private static PackedReader Body(ReadOnlySpan<byte> entry, FactTable table)
    {
        var reader = new PackedReader(entry, table);
        reader.Byte();
        reader.Varint();
        return reader;
    }
}
