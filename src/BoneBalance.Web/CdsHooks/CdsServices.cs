using BoneBalance.Fhir.CdsHooks;

namespace BoneBalance.Web.CdsHooks;

/// <summary>
/// The two services BoneBalance offers and their prefetch templates. Every template is required to assess: a missing key
/// is fetched from the client's FHIR server, and without one the call is answered 412 (CDS Hooks 2.0, "Prefetch").
/// </summary>
internal static class CdsServices
{
    /// <summary>The patient-view service's id.</summary>
    public const string PatientViewId = "bonebalance-patient-view";

    /// <summary>The order-sign service's id.</summary>
    public const string OrderSignId = "bonebalance-order-sign";

    /// <summary>
    /// Prefetch templates by key. Conditions are all the patient's (a resolved fracture is still a prior fracture);
    /// observations are all, newest first (weight, height, BMI, DXA, labs, smoking status sit in four categories);
    /// medication requests are the active, on-hold, stopped and completed ones — a stopped denosumab or bisphosphonate
    /// still matters, while drafts, cancelled and entered-in-error orders were never taken — with the Medication resources
    /// they reference.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Prefetch { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["patient"] = "Patient/{{context.patientId}}",
        ["conditions"] = "Condition?patient={{context.patientId}}",
        ["observations"] = "Observation?patient={{context.patientId}}&_sort=-date",
        ["medications"] = "MedicationRequest?patient={{context.patientId}}&status=active,on-hold,stopped,completed&_include=MedicationRequest:medication",
    };

    /// <summary>The discovery document.</summary>
    public static CdsDiscovery Discovery { get; } = new(
    [
        new CdsService(
            "patient-view", "BoneBalance bone health",
            "Fracture risk (QFracture-2012 and guideline treatment thresholds), DXA screening, safety findings about vitamin K, D and calcium with the patient's medicines and conditions, and the supplement plan, from the patient's FHIR record.",
            PatientViewId, Prefetch),
        new CdsService(
            "order-sign", "BoneBalance supplement order check",
            "Checks draft orders of vitamin K, vitamin D and calcium against the patient's medicines, conditions and labs: vitamin K1 or K2 with a vitamin K antagonist (critical, with a suggestion to remove the order), and calcium or vitamin D above the upper intake level or with a risk of high blood calcium (warning).",
            OrderSignId, Prefetch),
    ]);

    /// <summary>The hook a service answers, or null for an unknown id.</summary>
    public static string? HookOf(string id) => Discovery.Services.FirstOrDefault(s => s.Id == id)?.Hook;
}
