using BoneBalance.Core.Guidance;
using BoneBalance.Core.Nutrition;
using BoneBalance.Core.Safety;
using Hl7.Fhir.Model;

namespace BoneBalance.Fhir.Output;

/// <summary>
/// One <c>DetectedIssue</c> per safety finding: status <c>final</c>, the severity mapped (<see cref="Severity"/>), the
/// finding's message and trigger in <c>detail</c>, its advice — and every supplement the plan withheld because of it — as
/// <c>mitigation</c>, the medicines, conditions and supplements its trigger names as <c>implicated</c> (the original
/// resources with a FHIR record, else references by name only), and its citations as <c>reference</c> (the first with a
/// link) and <c>evidence</c>.
/// </summary>
internal static class SafetyIssues
{
    /// <summary>
    /// BoneBalance's severity → <c>DetectedIssue.severity</c> (R4 detectedissue-severity): "do not do this without the
    /// prescriber or clinic" → <c>high</c> ("may be life-threatening or has the potential to cause permanent injury":
    /// vitamin K against warfarin, calcium and vitamin D into hypercalcaemia); "a real risk for this person: change the plan
    /// or talk to a clinician" → <c>moderate</c> ("noticeable adverse consequences but unlikely to be life-threatening");
    /// "take care in how something is done" and "good to know" → <c>low</c>.
    /// </summary>
    public static DetectedIssue.DetectedIssueSeverity Severity(SafetySeverity severity) => severity switch
    {
        SafetySeverity.ContraindicatedWithoutSupervision => DetectedIssue.DetectedIssueSeverity.High,
        SafetySeverity.Warning => DetectedIssue.DetectedIssueSeverity.Moderate,
        _ => DetectedIssue.DetectedIssueSeverity.Low,
    };

    public static void Add(OutputBundle b)
    {
        var findings = b.Assessment.Findings;
        for (var n = 0; n < findings.Count; n++)
        {
            var finding = findings[n];
            var issue = new DetectedIssue
            {
                Status = ObservationStatus.Final,
                Code = Code(finding.Code),
                Severity = Severity(finding.Severity),
                Patient = b.Subject(),
                Identified = new FhirDateTime(b.Date),
                Author = new ResourceReference { Display = "BoneBalance" },
                Implicated = [.. Implicated(b, finding.Reason)],
                Detail = $"{finding.Message} Found: {finding.Reason}.",
                Reference = finding.Citations.FirstOrDefault(c => c.Url is not null)?.Url,
                Evidence = [.. finding.Citations.Select(c => new DetectedIssue.EvidenceComponent { Detail = [new ResourceReference { Display = c.ToString() }] })],
                Mitigation = [Mitigation(finding.Advice)],
            };
            foreach (var withheld in b.Assessment.Plan.Withheld.Where(w => w.FindingCode == finding.Code))
            {
                issue.Mitigation.Add(Mitigation($"Not proposed: a {Supplement(withheld.Nutrient)} supplement. {withheld.Reason}"));
            }

            b.Add($"DetectedIssue/{n}/{finding.Code}", issue);
        }
    }

    // v3 ActCode categories (the R4 detectedissue-category value set) only where one says exactly what the finding is:
    // a supplement or medicine that interacts with another drug (DRG) or with food (FOOD). The finding's own code is in text.
    private static CodeableConcept Code(string code)
    {
        var concept = new CodeableConcept { Text = "BoneBalance safety finding " + code };
        switch (code)
        {
            case SafetyFindingCodes.VkaVitaminK:
            case SafetyFindingCodes.AbsorptionSpacing:
                concept.Coding.Add(new Coding(FhirCodes.ActCode, "DRG", "Drug Interaction Alert"));
                break;
            case SafetyFindingCodes.VkaVitaminKFood:
                concept.Coding.Add(new Coding(FhirCodes.ActCode, "FOOD", "Food Interaction Alert"));
                break;
        }

        return concept;
    }

    private static DetectedIssue.MitigationComponent Mitigation(string text) => new() { Action = new CodeableConcept { Text = text } };

    // The medicines, conditions and supplements of the input that the finding's trigger names (the rules write the name
    // as given, or the generic beside it, and supplements as "vitamin K2 (MK-7) 100 µg/day").
    private static IEnumerable<ResourceReference> Implicated(OutputBundle b, string reason)
    {
        var input = b.Input;
        for (var i = 0; i < input.Medications.Count; i++)
        {
            if (Names(reason, input.Medications[i].Name))
            {
                foreach (var reference in References(b, $"medications[{i}]", input.Medications[i].Name))
                {
                    yield return reference;
                }
            }
        }

        for (var i = 0; i < input.Conditions.Count; i++)
        {
            if (Names(reason, input.Conditions[i].Name))
            {
                foreach (var reference in References(b, $"conditions[{i}]", input.Conditions[i].Name))
                {
                    yield return reference;
                }
            }
        }

        for (var i = 0; i < input.Supplements.Count; i++)
        {
            var supplement = input.Supplements[i];
            if (Names(reason, SupplementDose.Describe(Ingredient(supplement.Form))))
            {
                foreach (var reference in References(b, $"supplements[{i}]", $"{SupplementWords.Form(supplement.Form)} {SupplementWords.Dose(supplement.Dose, supplement.Unit)} a day"))
                {
                    yield return reference;
                }
            }
        }
    }

    private static bool Names(string reason, string name) => name.Length > 0 && reason.Contains(name, StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<ResourceReference> References(OutputBundle b, string path, string display)
    {
        var originals = b.Originals(path).ToList();
        return originals.Count > 0 ? originals.Select(r => { r.Display = display; return r; }) : [new ResourceReference { Display = display }];
    }

    private static string Supplement(IntakeNutrient nutrient) => nutrient switch
    {
        IntakeNutrient.Calcium => "calcium",
        IntakeNutrient.VitaminD => "vitamin D",
        IntakeNutrient.VitaminK1 => "vitamin K1",
        IntakeNutrient.Menaquinone4 or IntakeNutrient.LongChainMenaquinones or IntakeNutrient.VitaminK2Total => "vitamin K2",
        _ => "vitamin K",
    };

    private static SupplementIngredient Ingredient(SupplementForm form) => form switch
    {
        SupplementForm.VitaminK2Mk7 => SupplementIngredient.Menaquinone7,
        SupplementForm.VitaminK2Mk4 => SupplementIngredient.Menaquinone4,
        SupplementForm.VitaminK1 => SupplementIngredient.VitaminK1,
        SupplementForm.VitaminD3 or SupplementForm.VitaminD2 => SupplementIngredient.VitaminD,
        _ => SupplementIngredient.Calcium,
    };
}
