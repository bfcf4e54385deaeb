using Hl7.Fhir.Model;
using Hl7.Fhir.Utility;

namespace BoneBalance.Fhir.Facts;

/// <summary>
/// Firely's POCOs into the facts the mapping reads. A value that Firely kept although it breaks the specification
/// (read leniently) throws when touched: callers take the facts under <see cref="FhirRecord.Guard"/>, so only that
/// resource is left out.
/// </summary>
internal static class FirelyFacts
{
    private const string UsCoreRace = "http://hl7.org/fhir/us/core/StructureDefinition/us-core-race";

    public static FhirConcept? Concept(CodeableConcept? concept) =>
        concept is null ? null : new(concept.Text, [.. concept.Coding.Select(c => new FhirCoding(c.System, c.Code, c.Display))]);

    public static PatientFacts Patient(FhirEntry entry)
    {
        var patient = (Patient)entry.Resource;
        var name = patient.Name.FirstOrDefault(n => n.Use == HumanName.NameUse.Official) ?? patient.Name.FirstOrDefault();
        var race = patient.Extension.FirstOrDefault(e => e.Url == UsCoreRace);
        return new(entry.Label)
        {
            DeceasedFlag = patient.Deceased is FhirBoolean { Value: true },
            DeceasedDateTime = (patient.Deceased as FhirDateTime)?.Value,
            BirthDate = patient.BirthDate,
            Gender = patient.Gender is { } g ? g.GetLiteral() : null,
            Name = name is null ? null : name.Text is { Length: > 0 } t ? t : string.Join(' ', name.Given.Append(name.Family).Where(p => !string.IsNullOrWhiteSpace(p))),
            RaceCategories = [.. race?.Extension.Where(e => e.Url == "ombCategory").Select(e => e.Value).OfType<Coding>().Select(c => new FhirCoding(c.System, c.Code, c.Display)) ?? []],
        };
    }

    public static ObservationFacts Observation(FhirEntry entry)
    {
        var observation = (Observation)entry.Resource;
        var date = FhirDates.Of(observation.Effective) ?? (observation.Issued is { } issued ? DateOnly.FromDateTime(issued.DateTime) : null);
        var quantity = observation.Value as Quantity;
        return new(entry.Label, Concept(observation.Code), observation.Status is { } s ? s.GetLiteral() : "(none)", date)
        {
            HasQuantity = quantity is not null,
            Amount = quantity?.Value,
            Comparator = quantity?.Comparator?.GetLiteral(),
            UnitCode = quantity?.Code,
            UnitText = quantity?.Unit,
            ValueConcept = Concept(observation.Value as CodeableConcept),
        };
    }

    public static ConditionFacts Condition(FhirEntry entry)
    {
        var condition = (Condition)entry.Resource;
        var onset = (condition.Onset is Period p ? FhirDates.Of(p.Start) : FhirDates.Of(condition.Onset)) ?? FhirDates.Of(condition.RecordedDate);
        return new(entry.Label, Concept(condition.Code), onset,
            condition.VerificationStatus?.Coding.FirstOrDefault()?.Code,
            condition.ClinicalStatus?.Coding.FirstOrDefault()?.Code,
            FhirDates.Of(condition.Abatement));
    }

    /// <summary>A MedicationRequest's or MedicationStatement's facts; null for another resource.</summary>
    public static MedicationFacts? Medication(FhirEntry entry)
    {
        switch (entry.Resource)
        {
            case MedicationRequest request:
                return With(new MedicationFacts(entry.Label, request.TypeName, request.Status is { } rs ? rs.GetLiteral() : "(none)")
                {
                    Intent = request.Intent is { } ri ? ri.GetLiteral() : "order",
                    Date = FhirDates.Of(request.AuthoredOn),
                    Dosage = Dosage(request.DosageInstruction.FirstOrDefault()),
                }, request, request.Medication);
            case MedicationStatement statement:
                var date = statement.Effective is Period p ? FhirDates.Of(p.Start) : FhirDates.Of(statement.Effective);
                return With(new MedicationFacts(entry.Label, statement.TypeName, statement.Status is { } ss ? ss.GetLiteral() : "(none)")
                {
                    Date = date ?? FhirDates.Of(statement.DateAsserted),
                    Ended = statement.Effective is Period q ? FhirDates.Of(q.End) : null,
                    Dosage = Dosage(statement.Dosage.FirstOrDefault()),
                }, statement, statement.Medication);
            default:
                return null;
        }
    }

    /// <summary>A Medication resource's code.</summary>
    public static FhirConcept? MedicationCode(Resource resource) => resource is Medication m ? Concept(m.Code) : null;

    private static MedicationFacts With(MedicationFacts facts, DomainResource resource, DataType? medication)
    {
        if (medication is CodeableConcept concept)
        {
            return facts with { Concept = Concept(concept) };
        }

        if (medication is not ResourceReference { Reference: { Length: > 0 } reference })
        {
            return facts;
        }

        var contained = reference.StartsWith('#') ? resource.Contained.OfType<Medication>().FirstOrDefault(m => m.Id == reference[1..]) : null;
        return facts with { Reference = reference, ContainedConcept = contained is null ? null : Concept(contained.Code) };
    }

    private static DosageFacts? Dosage(Dosage? dosage)
    {
        if (dosage is null)
        {
            return null;
        }

        var quantity = dosage.DoseAndRate.Select(d => d.Dose).OfType<Quantity>().FirstOrDefault();
        var repeat = dosage.Timing?.Repeat;
        return new(
            dosage.AsNeeded is FhirBoolean { Value: true } || dosage.AsNeeded is CodeableConcept,
            quantity?.Value,
            quantity is null ? null : quantity.Code ?? quantity.Unit,
            repeat?.PeriodUnit is { } unit ? unit.GetLiteral() : null,
            repeat?.Frequency,
            repeat?.Period);
    }
}
