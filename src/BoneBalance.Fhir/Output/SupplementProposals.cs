using System.Globalization;
using BoneBalance.Core.Guidance;
using BoneBalance.Core.Nutrition;
using Hl7.Fhir.Model;

namespace BoneBalance.Fhir.Output;

/// <summary>
/// The supplement plan as <c>MedicationRequest</c>s with intent <c>proposal</c> ("a suggestion … without providing an
/// authorization to act") and status <c>draft</c> ("not yet actionable … requires sign-off"): BoneBalance suggests, a
/// clinician decides. The medicine is text only (no RxNorm ingredient code for cholecalciferol, calcium salts or
/// menaquinones is verified in codes.csv); the dose is a UCUM quantity (<c>ug</c>, <c>mg</c>, <c>[IU]</c>) once a day,
/// the timing advice in the dosage text; the reason, the evidence grade and the citations in <c>reasonCode</c> and
/// <c>note</c>. Supplements the plan withholds never become a request: they are the mitigation of the finding that withheld
/// them (<see cref="SafetyIssues"/>).
/// </summary>
internal static class SupplementProposals
{
    public static void Add(OutputBundle b)
    {
        foreach (var s in b.Assessment.Plan.Supplements)
        {
            var request = new MedicationRequest
            {
                Status = MedicationRequest.MedicationrequestStatus.Draft,
                Intent = MedicationRequest.MedicationRequestIntent.Proposal,
                Medication = new CodeableConcept { Text = Capitalise(SupplementWords.Form(s.Form)) + " supplement" },
                Subject = b.Subject(),
                AuthoredOn = b.Date,
                Requester = new ResourceReference { Display = "BoneBalance" },
                ReasonCode = [new CodeableConcept { Text = s.Reason }],
                DosageInstruction = [.. Dosages(s)],
            };
            request.Note.Add(new Annotation { Text = new Markdown(string.Create(CultureInfo.InvariantCulture, $"Evidence grade {s.Grade} (BoneBalance's scale: A consistent trials, B limited or inconsistent trials, C observational or mechanistic, D expert opinion or none).")) });
            foreach (var note in s.Notes)
            {
                request.Note.Add(new Annotation { Text = new Markdown(note) });
            }

            foreach (var citation in s.Citations)
            {
                request.Note.Add(new Annotation { Text = new Markdown("Source: " + citation) });
            }

            b.Add("MedicationRequest/" + SupplementTokens.Forms.ToToken(s.Form), request);
        }
    }

    /// <summary>
    /// The dosage: one instruction "once a day" with the daily dose; a dose the plan divides (calcium above 500 mg a day)
    /// is one instruction per divided dose, all with sequence 1 — concurrent instructions in FHIR — so each intake has its
    /// own dose quantity and the quantities add up to the daily dose.
    /// </summary>
    public static IEnumerable<Dosage> Dosages(PlannedSupplement s)
    {
        var calciumSalt = s.Form is not (SupplementForm.VitaminK2Mk7 or SupplementForm.VitaminK2Mk4 or SupplementForm.VitaminK1 or SupplementForm.VitaminD3 or SupplementForm.VitaminD2 or SupplementForm.CalciumElemental);
        var elemental = calciumSalt ? " of elemental calcium" : string.Empty;
        var daily = $"{SupplementWords.Dose(s.Dose, s.Unit)}{elemental} a day. {s.Timing}";
        IReadOnlyList<double> doses = s.DividedDoses.Count > 0 ? s.DividedDoses : [s.Dose];
        for (var i = 0; i < doses.Count; i++)
        {
            yield return new Dosage
            {
                Sequence = 1,
                Text = doses.Count == 1 ? daily : $"Dose {i + 1} of {doses.Count}: {SupplementWords.Dose(doses[i], s.Unit)}{elemental} once a day ({daily})",
                Timing = new Timing { Repeat = new Timing.RepeatComponent { Frequency = 1, Period = 1, PeriodUnit = Timing.UnitsOfTime.D } },
                DoseAndRate = [new Dosage.DoseAndRateComponent { Dose = DoseQuantity(doses[i], s.Unit) }],
            };
        }
    }

    /// <summary>The daily dose as a UCUM quantity: µg as <c>ug</c>, mg as <c>mg</c>, IU as <c>[IU]</c>.</summary>
    public static Quantity DoseQuantity(double dose, DoseUnit unit) => unit switch
    {
        DoseUnit.Microgram => OutputBundle.Ucum(OutputBundle.Decimal(dose, 3), "ug", "µg"),
        DoseUnit.Milligram => OutputBundle.Ucum(OutputBundle.Decimal(dose, 3), "mg", "mg"),
        _ => OutputBundle.Ucum(OutputBundle.Decimal(dose, 3), "[IU]", "IU"),
    };

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
