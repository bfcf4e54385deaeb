using System.Globalization;
using BoneBalance.Fhir.Bulk;
using BoneBalance.Fhir.Facts;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BoneBalance.Fhir.Tests.Bulk;

/// <summary>
/// The packing of a bulk patient's facts (<see cref="PackedFacts"/>): any facts packed and unpacked are the same facts,
/// field by field — with a table (codes by index) and with a full one (everything written out) — including extreme
/// numbers and dates, empty lists, and texts that are not ASCII or not even valid Unicode. Only the label changes: the
/// packed facts keep no resource id but the Patient's, so an unpacked fact is labelled with its resource type.
/// </summary>
public sealed class PackedFactsTests
{
    private static readonly string[] Texts =
        ["", "final", "kg", "Body Weight", "Ostéoporose — fracture du col", "骨粗鬆症", "🦴 bone", "\ud800 a lone surrogate", "a\u0000b", new string('x', 300)];

    private static Gen<string> AnyText { get; } =
        Gen.OneOf(Gen.Elements(Texts), Gen.Choose(0, 0xFFFF).Select(c => (char)c).ArrayOf().Select(c => new string(c)));

    private static Gen<string?> Text { get; } = Gen.Frequency((1, Gen.Constant<string?>(null)), (4, AnyText.Select(s => (string?)s)));

    private static Gen<DateOnly?> Date { get; } = Gen.Frequency(
        (1, Gen.Constant<DateOnly?>(null)),
        (1, Gen.Elements<DateOnly?>(DateOnly.MinValue, DateOnly.MaxValue, new DateOnly(2000, 1, 1), new DateOnly(1999, 12, 31))),
        (3, Gen.Choose(0, DateOnly.MaxValue.DayNumber).Select(d => (DateOnly?)DateOnly.FromDayNumber(d))));

    private static Gen<decimal?> Decimal { get; } = Gen.Frequency(
        (1, Gen.Constant<decimal?>(null)),
        (1, Gen.Elements<decimal?>(decimal.MaxValue, decimal.MinValue, 0m, 0.0m, -0.000m, 80.0m, 0.0000000000000000000000000001m, -7.5m)),
        (3, from bytes in Gen.Choose(0, 255).Select(b => (byte)b).ArrayOf(12)
            from negative in Gen.Elements(true, false)
            from scale in Gen.Choose(0, 28)
            select (decimal?)new decimal(BitConverter.ToInt32(bytes, 0), BitConverter.ToInt32(bytes, 4), BitConverter.ToInt32(bytes, 8), negative, (byte)scale)));

    private static Gen<int?> Int { get; } = Gen.Frequency(
        (1, Gen.Constant<int?>(null)),
        (1, Gen.Elements<int?>(int.MinValue, int.MaxValue, 0, -1)),
        (2, Gen.Choose(-100_000, 100_000).Select(i => (int?)i)));

    private static Gen<FhirCoding[]> Codings { get; } =
        (from system in Text from code in Text from display in Text select new FhirCoding(system, code, display)).ArrayOf();

    private static Gen<FhirConcept?> Concept { get; } = Gen.Frequency(
        (1, Gen.Constant<FhirConcept?>(null)),
        (4, from text in Text from codings in Codings select (FhirConcept?)new FhirConcept(text, codings)));

    private static Gen<ObservationFacts> Observations { get; } =
        from code in Concept
        from status in AnyText
        from date in Date
        from quantity in Gen.Elements(true, false)
        from amount in Decimal
        from comparator in Gen.Elements<string?>(null, "<", "<=", ">=", ">", "ad")
        from unitCode in Text
        from unitText in Text
        from value in Concept
        select new ObservationFacts(ResourceLabel.Of("Observation", "1e2b7f0c-5f3a-4c1e-9d43-0a4f3b8e2c11"), code, status, date)
        {
            HasQuantity = quantity,
            Amount = amount,
            Comparator = comparator,
            UnitCode = unitCode,
            UnitText = unitText,
            ValueConcept = value,
        };

    private static Gen<ConditionFacts> Conditions { get; } =
        from id in AnyText
        from code in Concept
        from onset in Date
        from verification in Text
        from clinical in Text
        from abated in Date
        select new ConditionFacts(ResourceLabel.Of("Condition", id), code, onset, verification, clinical, abated);

    private static Gen<DosageFacts?> Dosages { get; } = Gen.Frequency(
        (1, Gen.Constant<DosageFacts?>(null)),
        (3, from asNeeded in Gen.Elements(true, false)
            from dose in Decimal
            from unit in Text
            from periodUnit in Text
            from frequency in Int
            from period in Decimal
            select (DosageFacts?)new DosageFacts(asNeeded, dose, unit, periodUnit, frequency, period)));

    private static Gen<MedicationFacts> Medications { get; } =
        from type in Gen.Elements("MedicationRequest", "MedicationStatement")
        from status in AnyText
        from intent in Text
        from concept in Concept
        from reference in Text
        from contained in Concept
        from date in Date
        from ended in Date
        from dosage in Dosages
        select new MedicationFacts(ResourceLabel.Of(type, "m-1"), type, status)
        {
            Intent = intent,
            Concept = concept,
            Reference = reference,
            ContainedConcept = contained,
            Date = date,
            Ended = ended,
            Dosage = dosage,
        };

    private static Gen<string?> BirthDates { get; } = Gen.OneOf(
        Date.Select(d => d is { } day ? day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null),
        Gen.Elements<string?>("1950-04", "1950", "1950-04-07T10:00:00Z", "07/04/1950", "1950-4-7"),
        Text);

    private static Gen<PatientFacts> Patients { get; } =
        from id in Gen.OneOf(Gen.Elements("5f3c2b1a-0d9e-4c8b-a7f6-e5d4c3b2a190", "5F3C2B1A-0D9E-4C8B-A7F6-E5D4C3B2A190", "patient-1", "ü"), AnyText)
        from deceased in Gen.Elements(true, false)
        from deceasedAt in Text
        from born in BirthDates
        from gender in Text
        from name in Text
        from race in Codings
        select new PatientFacts(ResourceLabel.Of("Patient", id))
        {
            DeceasedFlag = deceased,
            DeceasedDateTime = deceasedAt,
            BirthDate = born,
            Gender = gender,
            Name = name,
            RaceCategories = race,
        };

    // A table with room, and one that is full from the start (every string and concept written out in the bytes).
    private static Gen<FactTable> Tables { get; } = Gen.Elements(0, FactTable.DefaultCapacity).Select(capacity => new FactTable(capacity));

    [Property(MaxTest = 300)]
    public Property Any_observation_packed_and_unpacked_is_the_same_observation() =>
        Prop.ForAll(Observations.ToArbitrary(), Tables.ToArbitrary(), Gen.Choose(0, 40).ToArbitrary(), (observation, table, group) =>
        {
            var writer = new PackedWriter(table);
            PackedFacts.Write(writer, observation, group, usable: group % 2 == 0);
            var bytes = writer.Written.ToArray();
            var entry = PackedFacts.Entry(bytes, 0, table);
            var back = PackedFacts.Observation(bytes, table);
            Assert.Equal(Fields(observation with { Label = "Observation" }), Fields(back));
            Assert.Equal((PackedKind.Observation, bytes.Length, group % 2 == 0, group, observation.Date ?? DateOnly.MinValue), (entry.Kind, entry.Length, entry.Flag, entry.Group, entry.Date));
        });

    [Property(MaxTest = 300)]
    public Property Any_condition_packed_and_unpacked_is_the_same_condition() =>
        Prop.ForAll(Conditions.ToArbitrary(), Tables.ToArbitrary(), Text.ToArbitrary(), (condition, table, key) =>
        {
            var writer = new PackedWriter(table);
            PackedFacts.Write(writer, condition, key);
            var bytes = writer.Written.ToArray();
            var entry = PackedFacts.Entry(bytes, 0, table);
            Assert.Equal(Fields(condition with { Label = "Condition" }), Fields(PackedFacts.Condition(bytes, table)));
            Assert.Equal((PackedKind.Condition, bytes.Length, key is not null, condition.Onset ?? DateOnly.MinValue), (entry.Kind, entry.Length, entry.KeyLength > 0, entry.Date));
        });

    [Property(MaxTest = 300)]
    public Property Any_medicine_packed_and_unpacked_is_the_same_medicine() =>
        Prop.ForAll(Medications.ToArbitrary(), Tables.ToArbitrary(), Gen.Elements(0, 1, 2).ToArbitrary(), (medication, table, judged) =>
        {
            // Not listed (null), listed as current, listed as stopped.
            var found = judged == 0 ? null : new MedicationReader.Found(medication.Label, "alendronic acid 70 MG Oral Tablet", "904419", null, judged == 2, medication.Date, null, medication.Dosage, "shown");
            var writer = new PackedWriter(table);
            PackedFacts.Write(writer, medication, found);
            var bytes = writer.Written.ToArray();
            var entry = PackedFacts.Entry(bytes, 0, table);
            Assert.Equal(Fields(medication with { Label = medication.TypeName }), Fields(PackedFacts.Medication(bytes, table)));
            Assert.Equal((PackedKind.Medication, bytes.Length, found is not null, judged == 2, medication.Date ?? DateOnly.MinValue, found is not null), (entry.Kind, entry.Length, entry.Flag, entry.Stopped, entry.Date, entry.KeyLength > 0));
        });

    [Property(MaxTest = 300)]
    public Property Any_patient_packed_and_unpacked_is_the_same_patient_whether_its_label_is_the_one_its_id_gives_or_not() =>
        Prop.ForAll(Patients.ToArbitrary(), Tables.ToArbitrary(), Gen.Elements(true, false).ToArbitrary(), (patient, table, sameLabel) =>
        {
            var label = sameLabel ? patient.Label : ResourceLabel.Of("Patient", "another");
            var writer = new PackedWriter(table);
            PackedFacts.Write(writer, patient, label);
            var bytes = writer.Written.ToArray();
            Assert.Equal(Fields(patient), Fields(PackedFacts.Patient(bytes, table, label)));
            Assert.Equal((PackedKind.Patient, bytes.Length), (PackedFacts.Entry(bytes, 0, table).Kind, PackedFacts.Entry(bytes, 0, table).Length));
        });

    [Fact]
    public void Equal_keys_give_equal_key_bytes_in_a_table_and_when_the_table_is_full()
    {
        foreach (var capacity in new[] { 0, 1, FactTable.DefaultCapacity })
        {
            var table = new FactTable(capacity);
            var writer = new PackedWriter(table);
            byte[] Key(string key)
            {
                PackedFacts.Write(writer, new ConditionFacts("Condition/c", null, null, null, null, null), key);
                var entry = PackedFacts.Entry(writer.Written, 0, table);
                return writer.Written.Slice(entry.KeyStart, entry.KeyLength).ToArray();
            }

            var first = Key("38341003");
            Assert.Equal(first, Key("38341003"));
            Assert.NotEqual(first, Key("38341004"));
            Assert.Equal(Key("DIABETES"), Key("DIABETES"));
        }
    }

    [Fact]
    public void A_repeated_concept_is_held_once_in_the_table_and_written_as_one_byte()
    {
        var table = new FactTable();
        var writer = new PackedWriter(table);
        var weight = new FhirConcept("Body Weight", [new("http://loinc.org", "29463-7", "Body Weight")]);
        var observation = new ObservationFacts("Observation/o", weight, "final", new DateOnly(2020, 1, 1)) { HasQuantity = true, Amount = 80.0m, UnitCode = "kg", UnitText = "kg" };
        PackedFacts.Write(writer, observation, 0, true);
        var first = writer.Length;
        PackedFacts.Write(writer, observation with { Code = new FhirConcept("Body Weight", [new("http://loinc.org", "29463-7", "Body Weight")]) }, 0, true);

        // tag, length, group, date (7,305 days after 2000-01-01: 2 bytes), code, status, quantity flag, amount (scale and sign,
        // then the mantissa 800 in 2 bytes), comparator (none), unit code, unit text, value.
        Assert.Equal(1 + 1 + 1 + 2 + 1 + 1 + 1 + 3 + 1 + 1 + 1 + 1, first);
        Assert.Equal(first, writer.Length);
        Assert.Equal(1, table.ConceptCount);
        Assert.Equal(2, table.StringCount);
    }

    private static List<string?> Fields(ObservationFacts o) =>
        [o.Label.ToString(), .. Fields(o.Code), o.Status, Show(o.Date), o.HasQuantity.ToString(), Show(o.Amount), o.Comparator, o.UnitCode, o.UnitText, .. Fields(o.ValueConcept)];

    private static List<string?> Fields(ConditionFacts c) =>
        [c.Label.ToString(), .. Fields(c.Code), Show(c.Onset), c.Verification, c.Clinical, Show(c.Abated)];

    private static List<string?> Fields(MedicationFacts m) =>
        [m.Label.ToString(), m.TypeName, m.Status, m.Intent, .. Fields(m.Concept), m.Reference, .. Fields(m.ContainedConcept), Show(m.Date), Show(m.Ended),
            .. m.Dosage is { } d ? (string?[])["dosage", d.AsNeeded.ToString(), Show(d.Dose), d.DoseUnit, d.PeriodUnit, d.Frequency?.ToString(CultureInfo.InvariantCulture), Show(d.Period)] : new string?[] { "no dosage" }];

    private static List<string?> Fields(PatientFacts p) =>
        [p.Label.ToString(), p.DeceasedFlag.ToString(), p.DeceasedDateTime, p.BirthDate, p.Gender, p.Name, .. Fields(new FhirConcept("race", p.RaceCategories))];

    // A marker that is never a value, then the concept's fields: the markers fix every value's position.
    private static List<string?> Fields(FhirConcept? c) =>
        c is null ? ["no concept"] : ["concept", c.Text, c.Codings.Length.ToString(CultureInfo.InvariantCulture), .. c.Codings.SelectMany(k => new[] { k.System, k.Code, k.Display })];

    private static string? Show(DateOnly? date) => date?.DayNumber.ToString(CultureInfo.InvariantCulture);

    // The decimal's bits: scale and sign included, so 80.0 and 80 differ.
    private static string? Show(decimal? value) => value is { } d ? string.Join(',', decimal.GetBits(d)) : null;
}
