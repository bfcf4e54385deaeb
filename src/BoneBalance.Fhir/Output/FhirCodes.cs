using BoneBalance.Core.Densitometry;
using BoneBalance.Core.People;
using Hl7.Fhir.Model;

namespace BoneBalance.Fhir.Output;

/// <summary>
/// The terminology codes the FHIR output writes. Every LOINC, SNOMED CT and UCUM code here is a row of
/// <c>data/sources/reference/codes.csv</c> whose <c>verification</c> is not <c>unverified</c> (the label and source are
/// named beside each; <c>FhirCodesTests</c> checks every one against the file). FHIR's own code systems (observation
/// category, v3 ActCode) come from the R4 specification (<c>specification.zip</c> of Hl7.Fhir.Specification.Data.R4),
/// which the validator in the tests reads. Where no verified code exists, the concept is written as text only.
/// </summary>
internal static class FhirCodes
{
    /// <summary>LOINC's system URI.</summary>
    public const string Loinc = "http://loinc.org";

    /// <summary>SNOMED CT's system URI.</summary>
    public const string Snomed = "http://snomed.info/sct";

    /// <summary>UCUM's system URI.</summary>
    public const string Ucum = "http://unitsofmeasure.org";

    /// <summary>FHIR's observation category code system (R4 specification, valuesets.xml).</summary>
    public const string ObservationCategory = "http://terminology.hl7.org/CodeSystem/observation-category";

    /// <summary>HL7 v3 ActCode (R4 specification, v3-codesystems.xml): the detected-issue categories.</summary>
    public const string ActCode = "http://terminology.hl7.org/CodeSystem/v3-ActCode";

    // codes.csv: LOINC 29463-7 Body Weight, 8302-2 Body Height, 39156-5 Body Mass Index — verified-data (Synthea R4 bundles).
    public static Coding BodyWeight => new(Loinc, "29463-7", "Body Weight");

    public static Coding BodyHeight => new(Loinc, "8302-2", "Body Height");

    public static Coding BodyMassIndex => new(Loinc, "39156-5", "Body Mass Index");

    // codes.csv: LOINC 72166-2 Tobacco smoking status — verified-data (Synthea R4 bundles).
    public static Coding TobaccoSmokingStatus => new(Loinc, "72166-2", "Tobacco smoking status");

    // codes.csv: SNOMED CT 5913000 Fracture of neck of femur (disorder) — verified-multi. QFracture's hip outcome is the
    // neck-of-femur equation (ClinRisk's Q74_qnof_2012 files, "nof").
    public static Coding HipFracture => new(Snomed, "5913000", "Fracture of neck of femur (disorder)");

    // The BoneBalance site → LOINC mapping of codes.csv: lumbar spine 38267-1, total hip 38264-8 ("Hip"), femoral neck
    // 38263-0 ("Femur": no femoral-neck term exists, README.codes.md finding 3), one-third radius 38265-5 ("Radius and
    // Ulna"); verified-reference / verified-terminology (OHDSI Themis list, LOINC mirror pages).
    public static Coding TScore(SkeletalSite site) => site switch
    {
        SkeletalSite.LumbarSpine => new(Loinc, "38267-1", "DXA Lumbar spine [T-score] Bone density"),
        SkeletalSite.TotalHip => new(Loinc, "38264-8", "DXA Hip [T-score] Bone density"),
        SkeletalSite.FemoralNeck => new(Loinc, "38263-0", "DXA Femur [T-score] Bone density"),
        _ => new(Loinc, "38265-5", "DXA Radius and Ulna [T-score] Bone density"),
    };

    // The same sites' [Mass/Area] (BMD g/cm²) codes: 24966-4, 38261-4, 24701-5, 24890-6 — verified-terminology (OHDSI Themis).
    public static Coding Bmd(SkeletalSite site) => site switch
    {
        SkeletalSite.LumbarSpine => new(Loinc, "24966-4", "DXA Lumbar spine [Mass/Area] Bone density"),
        SkeletalSite.TotalHip => new(Loinc, "38261-4", "DXA Hip [Mass/Area] Bone density"),
        SkeletalSite.FemoralNeck => new(Loinc, "24701-5", "DXA Femur [Mass/Area] Bone density"),
        _ => new(Loinc, "24890-6", "DXA Radius and Ulna [Mass/Area] Bone density"),
    };

    // codes.csv: SNOMED CT 266919005 Never smoked tobacco, 8517006 Ex-smoker (verified-data, Synthea) and 77176002 Smoker
    // (finding) (verified-multi). QFracture's light/moderate/heavy levels are all current smokers; the level goes in text.
    public static Coding Smoking(SmokingStatus status) => status switch
    {
        SmokingStatus.Never => new(Snomed, "266919005", "Never smoked tobacco"),
        SmokingStatus.Former => new(Snomed, "8517006", "Ex-smoker"),
        _ => new(Snomed, "77176002", "Smoker (finding)"),
    };

    // codes.csv UCUM rows: kg, cm, kg/m2 (verified-data, Synthea), g/cm2 (verified-data, US Core), 1 (US Core 9's unit
    // for DXA T-scores, verified-data).
    public const string Kilogram = "kg";

    public const string Centimetre = "cm";

    public const string KilogramPerSquareMetre = "kg/m2";

    public const string GramPerSquareCentimetre = "g/cm2";

    public const string Unity = "1";

    // UCUM's year ("a") for the RiskAssessment's age range, as the R4 RiskAssessment example "cardiac" writes whenRange;
    // ug and mg are UCUM's microgram and milligram; [IU] is UCUM's international unit.
    public const string Year = "a";

    /// <summary>The observation category of a coded category (R4 observation-category: vital-signs, imaging, social-history).</summary>
    public static CodeableConcept Category(string code, string display) => new(ObservationCategory, code, display, display);
}
