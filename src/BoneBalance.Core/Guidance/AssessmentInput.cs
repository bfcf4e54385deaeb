using BoneBalance.Core.Densitometry;
using BoneBalance.Core.FractureRisk;
using BoneBalance.Core.Nutrition;
using BoneBalance.Core.People;
using BoneBalance.Core.Safety;

namespace BoneBalance.Core.Guidance;

/// <summary>
/// Everything <see cref="Assessor.Assess"/> needs about one person, already validated and typed by the adapter that
/// built it (profile JSON, web wizard, FHIR). Only <see cref="Person"/> is required; every list may be empty and every
/// optional part absent, and the assessment then says what it could not evaluate and why.
/// </summary>
/// <param name="Person">Age, sex, menopausal status, height/weight, ethnicity, smoking, alcohol and risk factors.</param>
public sealed record AssessmentInput(PersonProfile Person)
{
    /// <summary>The person's name as given, for the clinician report's header; no rule reads it, and the assessment
    /// document does not carry it.</summary>
    public string? PersonName { get; init; }

    /// <summary>The person's birth date when it was given (the age in <see cref="Person"/> was computed from it); for the
    /// clinician report's header, read by no rule.</summary>
    public DateOnly? BirthDate { get; init; }

    /// <summary>Whether the person is pregnant (never true for men; <see cref="SafetyPerson"/> refuses it).</summary>
    public bool Pregnant { get; init; }

    /// <summary>Whether the person is breast-feeding (never true for men).</summary>
    public bool Breastfeeding { get; init; }

    /// <summary>Current medications as named or coded by the person or their record.</summary>
    public IReadOnlyList<Medication> Medications { get; init; } = [];

    /// <summary>Current or past conditions as named or coded.</summary>
    public IReadOnlyList<Condition> Conditions { get; init; } = [];

    /// <summary>Bleeding-type symptoms the person reports (vitamin K deficiency signs).</summary>
    public IReadOnlyList<Symptom> Symptoms { get; init; } = [];

    /// <summary>DXA measurements, possibly from several scans; the latest scan date is interpreted, earlier ones trended.</summary>
    public IReadOnlyList<DxaMeasurement> Dxa { get; init; } = [];

    /// <summary>Optional laboratory results (25-OH vitamin D, serum calcium, INR, eGFR).</summary>
    public LabResults Labs { get; init; } = LabResults.None;

    /// <summary>Supplements the person takes every day now (not diary-dated); a calcium salt's dose is the salt's weight.</summary>
    public IReadOnlyList<DailySupplement> Supplements { get; init; } = [];

    /// <summary>Food diary entries; with none, dietary intake is unknown (not zero) and the plan says so.</summary>
    public IReadOnlyList<DiaryEntry> Diary { get; init; } = [];

    /// <summary>Supplements recorded in the food diary on particular days (counted in the diary's intake).</summary>
    public IReadOnlyList<SupplementEntry> DiarySupplements { get; init; } = [];

    /// <summary>A FRAX result the person or clinician entered (BoneBalance never computes FRAX).</summary>
    public FraxResult? Frax { get; init; }

    /// <summary>Whether the person reports a prior hip or clinical vertebral fracture (a stronger guideline trigger than any fracture).</summary>
    public bool PriorHipOrVertebralFracture { get; init; }

    /// <summary>Whether the person plans or reports a large change in vitamin K-rich foods (matters with a vitamin K antagonist).</summary>
    public bool LargeChangeInVitaminKFoods { get; init; }
}
