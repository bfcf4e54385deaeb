using System.Text.Json;
using System.Text.Json.Nodes;
using BoneBalance.Core.Validation;
using BoneBalance.Fhir.CdsHooks;

namespace BoneBalance.Web.Tests.CdsHooks;

/// <summary>
/// The CDS Hooks contracts against the specification's own examples (data/sources/cds-hooks, README there): the
/// conformant ones read and write back to the same JSON; the non-conformant ones are refused for the rule they break.
/// </summary>
public sealed class CdsContractTests
{
    private static string Example(params string[] path) => File.ReadAllText(Repository.File(["data", "sources", "cds-hooks", .. path]));

    private static void AssertRoundTrips<T>(string json)
    {
        var read = JsonSerializer.Deserialize<T>(json, CdsHooksJson.Options)!;
        var written = JsonSerializer.SerializeToNode(read, CdsHooksJson.Options);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), written), $"written back differently:\n{written}");
    }

    [Theory]
    [InlineData("discovery-response.json")]
    [InlineData("discovery-with-extension.json")]
    public void The_specifications_discovery_documents_round_trip(string file) => AssertRoundTrips<CdsDiscovery>(Example("spec-2.0.1", file));

    [Theory]
    [InlineData("response-cards.json")]
    [InlineData("response-empty.json")]
    public void The_specifications_card_responses_round_trip(string file) => AssertRoundTrips<CdsHookResponse>(Example("spec-2.0.1", file));

    [Fact]
    public void The_specifications_card_parts_round_trip()
    {
        AssertRoundTrips<CdsSource>(JsonNode.Parse(Example("spec-2.0.1", "card-source.json"))!["source"]!.ToJsonString());
        AssertRoundTrips<CdsAction>(Example("spec-2.0.1", "action-delete.json"));
        AssertRoundTrips<CdsAction>(Example("spec-2.0.1", "action-create.json"));
        AssertRoundTrips<CdsAction>(Example("spec-2.0.1", "action-update.json"));
        AssertRoundTrips<List<CdsCoding>>(JsonNode.Parse(Example("spec-2.0.1", "card-override-reasons.json"))!["overrideReasons"]!.ToJsonString());
    }

    [Fact]
    public void Cards_with_suggestions_but_no_selection_behaviour_are_refused()
    {
        // PDDI-CDS's warfarin–NSAID cards: suggestions without selectionBehavior, and a delete action without resourceId.
        var e = Record.Exception(() => JsonSerializer.Deserialize<CdsHookResponse>(Example("pddi-cds-legacy", "response-cards-warfarin-nsaids.json"), CdsHooksJson.Options));
        Assert.NotNull(e);
        Assert.Matches("selectionBehavior|resourceId", Messages(e));
    }

    [Fact]
    public void The_autolaunchable_example_is_refused_for_its_missing_indicator()
    {
        // The specification's own autolaunch example leaves out indicator, which 2.0.1 lists as REQUIRED for a card.
        var e = Record.Exception(() => JsonSerializer.Deserialize<CdsHookResponse>(Example("spec-2.0.1", "response-cards-autolaunchable.json"), CdsHooksJson.Options));
        Assert.Contains("indicator", Messages(Assert.IsType<JsonException>(e)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_legacy_card_without_a_source_is_refused()
    {
        // The community site's opioid card: a bare card with no source (and no cards array around it).
        var e = Record.Exception(() => JsonSerializer.Deserialize<CdsCard>(Example("cds-hooks-docs-examples", "opioid-card-legacy.json"), CdsHooksJson.Options));
        Assert.NotNull(e);
    }

    [Fact]
    public void A_summary_longer_than_140_characters_is_refused()
    {
        var source = new CdsSource("BoneBalance");
        Assert.Equal(140, new CdsCard(new string('a', 140), CdsIndicator.Info, source).Summary.Length);
        var e = Assert.Throws<ArgumentException>(() => new CdsCard(new string('a', 141), CdsIndicator.Info, source));
        Assert.Contains("141 characters; valid: 1 to 140", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cards_write_the_specifications_member_names_and_tokens()
    {
        var card = new CdsCard(
            "Summary", CdsIndicator.Critical, new CdsSource("BoneBalance", "https://cds.test/Knowledge"), "u-1", "Detail",
            [new CdsSuggestion("Remove", "s-1", true, [new CdsAction(CdsActionType.Delete, "Remove it", ResourceId: "MedicationRequest/x")])], "any",
            links: [new CdsLink("Report", "https://app.test/launch", CdsLinkType.Smart)]);
        var json = JsonSerializer.SerializeToNode(card, CdsHooksJson.Options)!.ToJsonString();
        Assert.Equal(
            """{"uuid":"u-1","summary":"Summary","detail":"Detail","indicator":"critical","source":{"label":"BoneBalance","url":"https://cds.test/Knowledge"},"suggestions":[{"label":"Remove","uuid":"s-1","isRecommended":true,"actions":[{"type":"delete","description":"Remove it","resourceId":"MedicationRequest/x"}]}],"selectionBehavior":"any","links":[{"label":"Report","url":"https://app.test/launch","type":"smart"}]}""",
            json);
    }

    [Fact]
    public void The_specifications_patient_view_request_is_read()
    {
        using var document = JsonDocument.Parse(Example("spec-2.0.1", "patient-view-request.json"));
        var request = CdsHookRequest.Read(document.RootElement, "patient-view");
        Assert.Equal("d1577c69-dfbe-44ad-ba6d-3e05e953b2ea", request.HookInstance);
        Assert.Equal("1288992", request.PatientId);
        Assert.Equal(new Uri("http://hooks.smarthealthit.org:9080"), request.FhirServer);
        Assert.Equal("some-opaque-fhir-access-token", request.FhirAuthorization!.AccessToken);
        Assert.Equal(300, request.FhirAuthorization.ExpiresIn);
        Assert.DoesNotContain("some-opaque", request.FhirAuthorization.ToString(), StringComparison.Ordinal);
        Assert.Equal(["patientToGreet"], request.Prefetch.Keys);
        Assert.Equal("Patient", CdsResources.Read(request.Prefetch["patientToGreet"], "prefetch.patientToGreet").TypeName);
    }

    [Fact]
    public void The_hook_librarys_R4_order_sign_example_is_refused_for_its_STU3_dosage_and_read_once_corrected()
    {
        // Its draft MedicationRequest has dosageInstruction[0].doseQuantity, which R4 moved into doseAndRate[].
        var context = JsonNode.Parse(Example("hook-library-1.0.1", "order-sign-context-r4.json"))!["context"]!.AsObject();
        var e = Assert.Throws<InvalidInputException>(() => Orders(context));
        Assert.Equal("context.draftOrders", e.Errors.Single().Field);
        Assert.Contains("doseQuantity", e.Errors.Single().ValidRange, StringComparison.Ordinal);

        var dosage = context["draftOrders"]!["entry"]![1]!["resource"]!["dosageInstruction"]![0]!.AsObject();
        var dose = dosage["doseQuantity"]!.DeepClone();
        dosage.Remove("doseQuantity");
        dosage["doseAndRate"] = new JsonArray(new JsonObject { ["doseQuantity"] = dose });
        Assert.Equal(["NutritionOrder", "MedicationRequest"], Orders(context).Entry.Select(o => o.Resource!.TypeName));
    }

    private static Hl7.Fhir.Model.Bundle Orders(JsonObject context)
    {
        var request = JsonNode.Parse(Example("spec-2.0.1", "patient-view-request.json"))!.AsObject();
        request["hook"] = "order-sign";
        request["context"] = context.DeepClone();
        using var document = JsonDocument.Parse(request.ToJsonString());
        var read = CdsHookRequest.Read(document.RootElement, "order-sign");
        return (Hl7.Fhir.Model.Bundle)CdsResources.Read(read.DraftOrders()!.Value, "context.draftOrders");
    }

    [Fact]
    public void An_STU3_condition_is_refused_naming_where_it_was()
    {
        var condition = JsonNode.Parse(Example("pddi-cds-legacy", "warfarin-nsaids-order-sign-no-coordination.json"))!["prefetch"]!["item6"]!.ToJsonString();
        using var document = JsonDocument.Parse(condition);
        var e = Assert.Throws<InvalidInputException>(() => CdsResources.Read(document.RootElement, "prefetch.conditions"));
        Assert.Equal("prefetch.conditions", e.Errors.Single().Field);
    }

    private static string Messages(Exception e) => e.InnerException is null ? e.Message : e.Message + " " + Messages(e.InnerException);
}
