using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BoneBalance.Web.Hosting;

namespace BoneBalance.Web.Tests.CdsHooks;

/// <summary>
/// The two services on the vendored Synthea records (MANIFEST.csv: Max Dicki, Cruz Halvorson and Derek Becker take
/// warfarin, RxNorm 855332, status active; Alfreda Wyman and Desmond Gutmann take no anticoagulant) and on the
/// specification's examples: cards, limits, missing prefetch and malformed requests.
/// </summary>
public sealed class CdsHookTests(CdsHooksFactory factory) : IClassFixture<CdsHooksFactory>
{
    private static async Task<JsonElement> CardsAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {body}");
        var cards = JsonDocument.Parse(body).RootElement.GetProperty("cards");
        foreach (var card in cards.EnumerateArray())
        {
            Assert.InRange(card.GetProperty("summary").GetString()!.Length, 1, 140);
            Assert.Equal("BoneBalance", card.GetProperty("source").GetProperty("label").GetString());
            Assert.StartsWith(CdsHooksFactory.BaseUrl + "/Knowledge", card.GetProperty("source").GetProperty("url").GetString(), StringComparison.Ordinal);
            var link = card.GetProperty("links").EnumerateArray().Single();
            Assert.Equal("smart", link.GetProperty("type").GetString());
            Assert.Equal(CdsHooksFactory.LaunchUrl, link.GetProperty("url").GetString());
        }

        return cards;
    }

    private static string Detail(JsonElement card) => card.GetProperty("detail").GetString()!;

    [Fact]
    public async Task Discovery_lists_both_services_with_the_four_prefetch_templates()
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/cds-services");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", factory.Keys.Token(CdsHooksFactory.Audience("/cds-services")));
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var services = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("services");
        Assert.Equal(
            ["bonebalance-patient-view:patient-view", "bonebalance-order-sign:order-sign"],
            services.EnumerateArray().Select(s => $"{s.GetProperty("id").GetString()}:{s.GetProperty("hook").GetString()}"));
        foreach (var service in services.EnumerateArray())
        {
            Assert.False(string.IsNullOrEmpty(service.GetProperty("title").GetString()));
            Assert.False(string.IsNullOrEmpty(service.GetProperty("description").GetString()));
            var prefetch = service.GetProperty("prefetch");
            Assert.Equal(["patient", "conditions", "observations", "medications"], prefetch.EnumerateObject().Select(p => p.Name));
            Assert.Equal("Patient/{{context.patientId}}", prefetch.GetProperty("patient").GetString());
            Assert.StartsWith("Condition?patient={{context.patientId}}", prefetch.GetProperty("conditions").GetString(), StringComparison.Ordinal);
            Assert.StartsWith("Observation?patient={{context.patientId}}", prefetch.GetProperty("observations").GetString(), StringComparison.Ordinal);
            Assert.StartsWith("MedicationRequest?patient={{context.patientId}}", prefetch.GetProperty("medications").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Patient_view_for_a_patient_on_warfarin_has_a_vitamin_K_antagonist_card()
    {
        var (id, prefetch) = HookRequests.Prefetch(HookRequests.CruzHalvorson);
        var body = HookRequests.Request("patient-view", id, prefetch);
        using var response = await HookRequests.PostAsync(factory, "bonebalance-patient-view", body);
        var cards = await CardsAsync(response);

        var vka = cards.EnumerateArray().Where(c => Detail(c).Contains("`VKA_", StringComparison.Ordinal)).ToList();
        var card = Assert.Single(vka);
        Assert.Contains("warfarin", Detail(card), StringComparison.OrdinalIgnoreCase);
        Assert.EndsWith("/Knowledge#faq-4", card.GetProperty("source").GetProperty("url").GetString(), StringComparison.Ordinal);
        // Fracture risk, supplement plan and the warfarin finding at least; fracture risk is the first card unless a more urgent one comes before it.
        var risk = Assert.Single(cards.EnumerateArray(), c => c.GetProperty("summary").GetString()!.StartsWith("QFracture-2012", StringComparison.Ordinal));

        // Her last body weight (LOINC 29463-7) is years before today: the risk card says it was not used, and why.
        var (_, _, byType) = HookRequests.Record(HookRequests.CruzHalvorson);
        var lastWeight = byType["Observation"]
            .Where(o => o["code"]!["coding"]!.AsArray().Any(c => c!["code"]!.GetValue<string>() == "29463-7"))
            .Select(o => DateOnly.FromDateTime(DateTimeOffset.Parse(o["effectiveDateTime"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture).UtcDateTime))
            .Max();
        Assert.True(lastWeight.AddYears(2) < DateOnly.FromDateTime(DateTime.UtcNow));
        Assert.Contains($"({lastWeight:yyyy-MM-dd}), stale", Detail(risk), StringComparison.Ordinal);
        Assert.Contains(cards.EnumerateArray(), c => c.GetProperty("source").GetProperty("url").GetString()!.EndsWith("#faq-5", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Patient_view_for_a_patient_without_an_anticoagulant_has_no_vitamin_K_antagonist_card()
    {
        var (id, prefetch) = HookRequests.Prefetch(HookRequests.DesmondGutmann);
        using var response = await HookRequests.PostAsync(factory, "bonebalance-patient-view", HookRequests.Request("patient-view", id, prefetch));
        var cards = await CardsAsync(response);
        Assert.NotEmpty(cards.EnumerateArray());
        Assert.DoesNotContain(cards.EnumerateArray(), c => Detail(c).Contains("`VKA_", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Phytonadione 5 MG Oral Tablet", "phytonadione")]
    [InlineData("Menaquinone-7 100 MCG Oral Capsule", "menaquinone")]
    [InlineData("Calcium carbonate 1250 MG / Vitamin D3 400 UNT / Vitamin K2 90 MCG Oral Tablet", "combination")]
    public async Task Order_sign_of_vitamin_K_for_a_patient_on_warfarin_is_critical_with_a_suggestion_to_remove_it(string medicine, string id)
    {
        var (patientId, prefetch) = HookRequests.Prefetch(HookRequests.DerekBecker);
        var body = HookRequests.OrderSign(patientId, prefetch, HookRequests.DraftOrder(id, patientId, medicine));
        using var response = await HookRequests.PostAsync(factory, "bonebalance-order-sign", body);
        var cards = await CardsAsync(response);

        var critical = cards.EnumerateArray().Where(c => c.GetProperty("indicator").GetString() == "critical").ToList();
        var card = Assert.Single(critical, c => Detail(c).Contains("`VKA_VITAMIN_K`", StringComparison.Ordinal));
        Assert.Equal("any", card.GetProperty("selectionBehavior").GetString());
        var action = card.GetProperty("suggestions").EnumerateArray().Single().GetProperty("actions").EnumerateArray().Single();
        Assert.Equal("delete", action.GetProperty("type").GetString());
        Assert.Equal($"MedicationRequest/{id}", action.GetProperty("resourceId").GetString());
    }

    [Fact]
    public async Task Order_sign_of_vitamin_K_for_a_patient_without_an_anticoagulant_has_no_critical_card()
    {
        var (patientId, prefetch) = HookRequests.Prefetch(HookRequests.AlfredaWyman);
        var body = HookRequests.OrderSign(patientId, prefetch, HookRequests.DraftOrder("k1", patientId, "Phytonadione 5 MG Oral Tablet"));
        using var response = await HookRequests.PostAsync(factory, "bonebalance-order-sign", body);
        var cards = await CardsAsync(response);
        Assert.DoesNotContain(cards.EnumerateArray(), c => c.GetProperty("indicator").GetString() == "critical");
    }

    [Fact]
    public async Task Order_sign_only_names_what_the_orders_bring_not_what_the_record_already_had()
    {
        // Derek Becker's record alone gives VKA_KEEP_VITAMIN_K_STEADY (info); an order of paracetamol brings nothing.
        var (patientId, prefetch) = HookRequests.Prefetch(HookRequests.DerekBecker);
        var body = HookRequests.OrderSign(patientId, prefetch, HookRequests.DraftOrder("apap", patientId, "Acetaminophen 500 MG Oral Tablet", "198440"));
        using var response = await HookRequests.PostAsync(factory, "bonebalance-order-sign", body);
        Assert.Empty((await CardsAsync(response)).EnumerateArray());
    }

    [Fact]
    public async Task Order_sign_of_a_large_calcium_and_vitamin_D_order_warns_of_the_upper_limit()
    {
        var (patientId, prefetch) = HookRequests.Prefetch(HookRequests.AlfredaWyman);
        var body = HookRequests.OrderSign(patientId, prefetch, HookRequests.DraftOrder("cad", patientId, "Cholecalciferol 50000 UNT Oral Capsule"));
        using var response = await HookRequests.PostAsync(factory, "bonebalance-order-sign", body);
        var cards = await CardsAsync(response);
        var card = Assert.Single(cards.EnumerateArray(), c => Detail(c).Contains("`VITAMIN_D_ABOVE_UL`", StringComparison.Ordinal));
        Assert.Equal("warning", card.GetProperty("indicator").GetString());
        Assert.False(card.TryGetProperty("suggestions", out _));
    }

    [Fact]
    public async Task Order_sign_on_the_hook_librarys_context_corrected_to_R4_answers_with_no_cards()
    {
        var context = JsonNode.Parse(File.ReadAllText(Repository.File("data", "sources", "cds-hooks", "hook-library-1.0.1", "order-sign-context-r4.json")))!["context"]!.DeepClone().AsObject();
        var dosage = context["draftOrders"]!["entry"]![1]!["resource"]!["dosageInstruction"]![0]!.AsObject();
        var dose = dosage["doseQuantity"]!.DeepClone();
        dosage.Remove("doseQuantity");
        dosage["doseAndRate"] = new JsonArray(new JsonObject { ["doseQuantity"] = dose });
        var patient = JsonNode.Parse(File.ReadAllText(Repository.File("data", "sources", "cds-hooks", "spec-2.0.1", "patient-view-request.json")))!["prefetch"]!["patientToGreet"]!.DeepClone();
        var prefetch = new JsonObject
        {
            ["patient"] = patient, ["conditions"] = HookRequests.Searchset([]), ["observations"] = HookRequests.Searchset([]), ["medications"] = HookRequests.Searchset([]),
        };
        var body = HookRequests.Request("order-sign", "1288992", prefetch, context);
        using var response = await HookRequests.PostAsync(factory, "bonebalance-order-sign", body);
        Assert.Empty((await CardsAsync(response)).EnumerateArray());
    }

    [Fact]
    public async Task A_record_larger_than_the_APIs_256_KiB_is_answered()
    {
        // Sharmaine Yost (MANIFEST: osteoporosis, DXA): her prefetch is about half a megabyte.
        var (id, prefetch) = HookRequests.Prefetch(HookRequests.SharmaineYost);
        var body = HookRequests.Request("patient-view", id, prefetch);
        Assert.True(Encoding.UTF8.GetByteCount(body.ToJsonString()) > RequestLimits.MaxBodyBytes);
        using var response = await HookRequests.PostAsync(factory, "bonebalance-patient-view", body);
        Assert.NotEmpty((await CardsAsync(response)).EnumerateArray());
    }

    [Fact]
    public async Task A_body_over_16_MiB_is_refused_with_413_and_a_problem()
    {
        using var client = factory.CreateClient();
        const string Path = "/cds-services/bonebalance-patient-view";
        using var request = new HttpRequestMessage(HttpMethod.Post, Path) { Content = new ByteArrayContent(new byte[(16 * 1024 * 1024) + 1]) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", factory.Keys.Token(CdsHooksFactory.Audience(Path)));
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("16,777,216 bytes", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_rest_of_the_app_keeps_its_256_KiB_limit()
    {
        using var client = factory.CreateClient();
        using var content = new ByteArrayContent(new byte[RequestLimits.MaxBodyBytes + 1]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await client.PostAsync(new Uri("/api/assessments", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Without_prefetch_or_a_FHIR_server_the_answer_is_412_naming_the_missing_keys()
    {
        var (id, prefetch) = HookRequests.Prefetch(HookRequests.MaxDicki);
        prefetch.Remove("observations");
        prefetch.Remove("medications");
        using var response = await HookRequests.PostAsync(factory, "bonebalance-patient-view", HookRequests.Request("patient-view", id, prefetch));
        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        var detail = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString();
        Assert.StartsWith("prefetch observations, medications missing and no fhirServer", detail, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> Malformed() => new()
    {
        { """{"hook":"order-select","hookInstance":"x","context":{"patientId":"p"},"prefetch":{}}""", "hook" },
        { """{"hook":"patient-view","hookInstance":"x","context":{"userId":"Practitioner/1"}}""", "context.patientId" },
        { """{"hook":"patient-view","hookInstance":"x","context":{"patientId":42}}""", "context.patientId" },
        { """{"hook":"patient-view","hookInstance":"x","context":{"patientId":"p"},"prefetch":["Patient/p"]}""", "prefetch" },
        { """{"hook":"patient-view","hookInstance":"x","context":{"patientId":"p"},"prefetch":{"patient":"Patient/p"}}""", "prefetch.patient" },
        { """{"hook":"patient-view","hookInstance":"x","context":"p"}""", "context" },
        { """{"hook":"patient-view","context":{"patientId":"p"}}""", "hookInstance" },
        { """{"hook":"patient-view","hookInstance":"x","context":{"patientId":"p"},"fhirServer":"ftp://ehr"}""", "fhirServer" },
        { """{"hook":"patient-view","hookInstance":"x","context":{"patientId":"p"},"fhirAuthorization":{"token_type":"Bearer"}}""", "fhirAuthorization.access_token" },
        { """["patient-view"]""", "body" },
        { "hook=patient-view", "body" },
        { """{"hook":"patient-view", """, "body" },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public async Task A_malformed_hook_request_is_a_400_naming_the_field(string body, string field)
    {
        using var client = factory.CreateClient();
        const string Path = "/cds-services/bonebalance-patient-view";
        using var request = new HttpRequestMessage(HttpMethod.Post, Path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", factory.Keys.Token(CdsHooksFactory.Audience(Path)));
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {text}");
        var problem = JsonDocument.Parse(text).RootElement;
        Assert.Contains(problem.GetProperty("fieldErrors").EnumerateArray(), e => e.GetProperty("field").GetString() == field);
    }

    [Fact]
    public async Task An_order_sign_without_draft_orders_is_a_400()
    {
        var (id, prefetch) = HookRequests.Prefetch(HookRequests.MaxDicki);
        using var response = await HookRequests.PostAsync(factory, "bonebalance-order-sign", HookRequests.Request("order-sign", id, prefetch));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("context.draftOrders", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task STU3_resources_are_a_400_naming_where_they_were()
    {
        // PDDI-CDS's warfarin–NSAID request (STU3): its Condition and MedicationRequest searchsets put under the R4
        // templates' keys for patient-view; its draft ketorolac order (STU3 Dosage.doseQuantity) for order-sign.
        var legacy = JsonNode.Parse(File.ReadAllText(Repository.File("data", "sources", "cds-hooks", "pddi-cds-legacy", "warfarin-nsaids-order-sign-no-coordination.json")))!;
        JsonObject Prefetch() => new()
        {
            ["patient"] = new JsonObject { ["resourceType"] = "Patient", ["id"] = "f101", ["gender"] = "male", ["birthDate"] = "1950-01-01" },
            ["conditions"] = legacy["prefetch"]!["item6"]!.DeepClone(),
            ["observations"] = HookRequests.Searchset([]),
            ["medications"] = legacy["prefetch"]!["item2"]!.DeepClone(),
        };

        async Task<string> RefusedAsync(string service, JsonObject body)
        {
            using var response = await HookRequests.PostAsync(factory, service, body);
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {text}");
            return text;
        }

        Assert.Contains("\"field\":\"prefetch.conditions\"", await RefusedAsync("bonebalance-patient-view", HookRequests.Request("patient-view", "f101", Prefetch())), StringComparison.Ordinal);
        var orderSign = HookRequests.Request("order-sign", "f101", Prefetch(), new JsonObject { ["draftOrders"] = legacy["context"]!["draftOrders"]!.DeepClone() });
        var text = await RefusedAsync("bonebalance-order-sign", orderSign);
        Assert.Contains("\"field\":\"context.draftOrders\"", text, StringComparison.Ordinal);
        Assert.Contains("doseQuantity", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_prefetched_patient_other_than_the_contexts_is_a_400()
    {
        var (_, prefetch) = HookRequests.Prefetch(HookRequests.MaxDicki);
        using var response = await HookRequests.PostAsync(factory, "bonebalance-patient-view", HookRequests.Request("patient-view", "someone-else", prefetch));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("prefetch.patient", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sandbox_origin_may_call_from_a_browser_and_another_origin_may_not()
    {
        using var client = factory.CreateClient();
        async Task<string?> PreflightAsync(string origin)
        {
            using var request = new HttpRequestMessage(HttpMethod.Options, "/cds-services/bonebalance-patient-view");
            request.Headers.Add("Origin", origin);
            request.Headers.Add("Access-Control-Request-Method", "POST");
            request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");
            using var response = await client.SendAsync(request);
            return response.Headers.TryGetValues("Access-Control-Allow-Origin", out var values) ? values.Single() : null;
        }

        Assert.Equal(CdsHooksFactory.SandboxOrigin, await PreflightAsync(CdsHooksFactory.SandboxOrigin));
        Assert.Null(await PreflightAsync("https://evil.test"));
    }

    [Fact]
    public async Task Hook_calls_log_no_health_data_and_no_token()
    {
        var (id, prefetch) = HookRequests.Prefetch(HookRequests.MaxDicki);
        var body = HookRequests.Request("patient-view", id, prefetch);
        using var response = await HookRequests.PostAsync(factory, "bonebalance-patient-view", body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var logs = string.Join("\n", factory.Logs.Lines);
        Assert.DoesNotContain(id, logs, StringComparison.Ordinal);
        Assert.DoesNotContain("Warfarin", logs, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("eyJ", logs, StringComparison.Ordinal);

        // The EHR's JWT is the CDS filter's to check, not the API-token scheme's (which logged a failure on every call).
        Assert.DoesNotContain("ApiToken was not authenticated. Failure message", logs, StringComparison.Ordinal);
    }
}
