using BoneBalance.Core.Guidance;
using BoneBalance.Core.Safety;
using BoneBalance.Fhir.CdsHooks;
using Hl7.Fhir.Model;

namespace BoneBalance.Web.CdsHooks;

/// <summary>
/// order-sign: the patient is assessed twice, as recorded and as if the draft medication orders were already taken (the
/// reader's <see cref="BoneBalance.Fhir.FhirReadOptions.DraftOrdersAsCurrent"/>), and
/// every safety finding of severity Warning or worse that the orders bring (a code the record alone does not give, or
/// gives at a lower severity) becomes a card with the Core's severity: vitamin K1 or K2 with a vitamin K antagonist
/// (VKA_VITAMIN_K) is critical; calcium or vitamin D above the upper intake level (CALCIUM_ABOVE_UL, VITAMIN_D_ABOVE_UL)
/// and calcium or vitamin D with a thiazide or an active vitamin D (HYPERCALCAEMIA_RISK) are warnings, and critical where
/// the Core says "contraindicated without supervision" (a high serum calcium with supplements). A critical card suggests
/// removing each draft order that brings the finding on its own (assessed order by order).
/// </summary>
internal static class OrderSignCards
{
    /// <summary>The most draft orders assessed one by one to find which brings a critical finding; beyond it, every
    /// draft medication order is suggested for removal.</summary>
    public const int MaxOrdersAttributed = 10;

    /// <summary>The draft medication orders of <c>context.draftOrders</c>, each with the Medication resources of the
    /// Bundle (which an order may reference); other orders (NutritionOrder, ServiceRequest…) are not about supplements.</summary>
    public static IReadOnlyList<(MedicationRequest Draft, IReadOnlyList<Resource> Resources)> Orders(Bundle draftOrders)
    {
        ArgumentNullException.ThrowIfNull(draftOrders);
        var medications = draftOrders.Entry.Select(e => e.Resource).OfType<Medication>().ToList();
        return [.. draftOrders.Entry.Select(e => e.Resource).OfType<MedicationRequest>().Select(d => (d, (IReadOnlyList<Resource>)[d, .. medications]))];
    }

    /// <summary>The cards for the orders.</summary>
    /// <param name="assess">Assesses a set of resources, draft orders read as taken (null when the patient is refused).</param>
    /// <param name="record">The patient's record.</param>
    /// <param name="orders">The draft orders, from <see cref="Orders"/>.</param>
    /// <param name="context">Card source and links.</param>
    public static IReadOnlyList<CdsCard> For(
        Func<IEnumerable<Resource>, Assessment?> assess, IReadOnlyList<Resource> record,
        IReadOnlyList<(MedicationRequest Draft, IReadOnlyList<Resource> Resources)> orders, CardContext context)
    {
        ArgumentNullException.ThrowIfNull(assess);
        ArgumentNullException.ThrowIfNull(orders);
        if (orders.Count == 0 || assess(record) is not { } before || assess([.. record, .. orders.SelectMany(o => o.Resources)]) is not { } after)
        {
            return [];
        }

        var brought = Brought(before, after);
        var cards = new List<CdsCard>();
        foreach (var finding in brought)
        {
            IReadOnlyList<CdsSuggestion>? suggestions = null;
            if (finding.Severity == SafetySeverity.ContraindicatedWithoutSupervision)
            {
                var causes = orders.Count > MaxOrdersAttributed ? [] : orders
                    .Where(o => assess([.. record, .. o.Resources]) is { } one && Brought(before, one).Any(f => f.Code == finding.Code))
                    .ToList();
                suggestions = [.. (causes.Count > 0 ? causes : orders).Where(o => !string.IsNullOrEmpty(o.Draft.Id)).Select(o => Removal(o.Draft))];
            }

            cards.Add(PatientViewCards.Finding(finding, context, suggestions));
        }

        return [.. cards.OrderByDescending(c => c.Indicator)];
    }

    // Findings of Warning or worse in `after` whose code `before` lacks, or has only at a lower severity.
    private static List<SafetyFinding> Brought(Assessment before, Assessment after) =>
    [
        .. after.Findings.Where(f => f.Severity >= SafetySeverity.Warning
            && !before.Findings.Any(b => b.Code == f.Code && b.Severity >= f.Severity)),
    ];

    private static CdsSuggestion Removal(MedicationRequest draft)
    {
        var name = draft.Medication is CodeableConcept concept ? concept.Text ?? concept.Coding.FirstOrDefault()?.Display : null;
        var reference = $"MedicationRequest/{draft.Id}";
        return new CdsSuggestion(
            CardText.Summary($"Remove the draft order {name ?? reference}"),
            Guid.NewGuid().ToString(),
            true,
            [new CdsAction(CdsActionType.Delete, $"Remove the draft order {reference}", ResourceId: reference)]);
    }
}
