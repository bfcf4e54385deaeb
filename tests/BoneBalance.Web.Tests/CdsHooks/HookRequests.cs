using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace BoneBalance.Web.Tests.CdsHooks;

/// <summary>
/// Hook requests built from the vendored Synthea records as an EHR would send them: the Patient, and searchset Bundles of
/// the patient's Conditions, Observations and MedicationRequests under the discovery document's prefetch keys, with
/// references written relative (<c>Patient/{id}</c>) as a FHIR server returns them rather than the transaction Bundle's
/// <c>urn:uuid:</c> form.
/// </summary>
public static class HookRequests
{
    public const string MaxDicki = "Max_Dicki_d9f8849f-e4a7-4ced-b057-c618db16a117.json";
    public const string CruzHalvorson = "Cruz_Halvorson_4550efe0-f978-4387-a384-486d859fbf4c.json";
    public const string DerekBecker = "Derek_Becker_3c7d3369-55b5-420b-83d3-c5dda319b9c9.json";
    public const string AlfredaWyman = "Alfreda_Wyman_3287b938-4670-47eb-91e5-e0ce3df71405.json";
    public const string SharmaineYost = "Sharmaine_Yost_f24e406f-384b-41ad-88a1-2857e7584d08.json";
    public const string DesmondGutmann = "Desmond_Gutmann_d49945ce-9f8c-4974-80e3-0b38054dd45d.json";

    /// <summary>The patient's resources by type, relative references, from a Synthea transaction Bundle.</summary>
    public static (string PatientId, JsonObject Patient, Dictionary<string, List<JsonObject>> ByType) Record(string file)
    {
        var text = File.ReadAllText(Repository.File("data", "sources", "fhir", "synthea", file));
        var bundle = JsonNode.Parse(text)!.AsObject();
        var byType = new Dictionary<string, List<JsonObject>>(StringComparer.Ordinal);
        var fullUrls = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in bundle["entry"]!.AsArray())
        {
            var resource = entry!["resource"]!.AsObject();
            fullUrls[entry["fullUrl"]!.GetValue<string>()] = $"{resource["resourceType"]}/{resource["id"]}";
        }

        // urn:uuid:X → Type/X everywhere, as a server's search results would say it.
        foreach (var (urn, relative) in fullUrls)
        {
            text = text.Replace($"\"{urn}\"", $"\"{relative}\"", StringComparison.Ordinal);
        }

        foreach (var entry in JsonNode.Parse(text)!["entry"]!.AsArray())
        {
            var resource = entry!["resource"]!.AsObject();
            var type = resource["resourceType"]!.GetValue<string>();
            (byType.TryGetValue(type, out var list) ? list : byType[type] = []).Add(resource);
        }

        var patient = byType["Patient"].Single();
        return (patient["id"]!.GetValue<string>(), patient, byType);
    }

    /// <summary>A searchset Bundle of the resources.</summary>
    public static JsonObject Searchset(IEnumerable<JsonObject> resources, string? next = null)
    {
        var entries = new JsonArray();
        foreach (var r in resources)
        {
            entries.Add(new JsonObject { ["fullUrl"] = $"https://ehr.test/fhir/{r["resourceType"]}/{r["id"]}", ["resource"] = r.DeepClone(), ["search"] = new JsonObject { ["mode"] = "match" } });
        }

        var bundle = new JsonObject { ["resourceType"] = "Bundle", ["type"] = "searchset", ["total"] = entries.Count };
        if (entries.Count > 0)
        {
            bundle["entry"] = entries;
        }

        if (next is not null)
        {
            bundle["link"] = new JsonArray(new JsonObject { ["relation"] = "next", ["url"] = next });
        }

        return bundle;
    }

    /// <summary>The four prefetch values of the discovery document for a Synthea record.</summary>
    public static (string PatientId, JsonObject Prefetch) Prefetch(string file)
    {
        var (id, patient, byType) = Record(file);
        List<JsonObject> Of(string type) => byType.TryGetValue(type, out var list) ? list : [];
        return (id, new JsonObject
        {
            ["patient"] = patient.DeepClone(),
            ["conditions"] = Searchset(Of("Condition")),
            ["observations"] = Searchset(Of("Observation")),
            ["medications"] = Searchset(Of("MedicationRequest")),
        });
    }

    /// <summary>A hook request.</summary>
    public static JsonObject Request(string hook, string patientId, JsonObject? prefetch, JsonObject? context = null, string? fhirServer = null, string? accessToken = null)
    {
        context ??= new JsonObject();
        context["userId"] = "Practitioner/example";
        context["patientId"] = patientId;
        var request = new JsonObject { ["hook"] = hook, ["hookInstance"] = Guid.NewGuid().ToString(), ["context"] = context };
        if (fhirServer is not null)
        {
            request["fhirServer"] = fhirServer;
        }

        if (accessToken is not null)
        {
            request["fhirAuthorization"] = new JsonObject
            {
                ["access_token"] = accessToken, ["token_type"] = "Bearer", ["expires_in"] = 300, ["scope"] = "patient/*.read", ["subject"] = "bonebalance",
            };
        }

        if (prefetch is not null)
        {
            request["prefetch"] = prefetch;
        }

        return request;
    }

    /// <summary>An order-sign request whose draftOrders Bundle holds <paramref name="orders"/>.</summary>
    public static JsonObject OrderSign(string patientId, JsonObject prefetch, params JsonObject[] orders)
    {
        var entries = new JsonArray([.. orders.Select(o => (JsonNode)new JsonObject { ["resource"] = o })]);
        return Request("order-sign", patientId, prefetch, new JsonObject { ["draftOrders"] = new JsonObject { ["resourceType"] = "Bundle", ["type"] = "collection", ["entry"] = entries } });
    }

    /// <summary>A draft MedicationRequest for the patient, coded by text and, when given, RxNorm.</summary>
    public static JsonObject DraftOrder(string id, string patientId, string text, string? rxnorm = null)
    {
        var concept = new JsonObject { ["text"] = text };
        if (rxnorm is not null)
        {
            concept["coding"] = new JsonArray(new JsonObject { ["system"] = "http://www.nlm.nih.gov/research/umls/rxnorm", ["code"] = rxnorm, ["display"] = text });
        }

        return new JsonObject
        {
            ["resourceType"] = "MedicationRequest",
            ["id"] = id,
            ["status"] = "draft",
            ["intent"] = "order",
            ["subject"] = new JsonObject { ["reference"] = $"Patient/{patientId}" },
            ["medicationCodeableConcept"] = concept,
            ["dosageInstruction"] = new JsonArray(new JsonObject
            {
                ["text"] = "1 a day",
                ["timing"] = new JsonObject { ["repeat"] = new JsonObject { ["frequency"] = 1, ["period"] = 1, ["periodUnit"] = "d" } },
                ["doseAndRate"] = new JsonArray(new JsonObject { ["doseQuantity"] = new JsonObject { ["value"] = 1, ["unit"] = "tablet" } }),
            }),
        };
    }

    /// <summary>POSTs a hook request with a fresh valid token for its URL.</summary>
    public static async Task<HttpResponseMessage> PostAsync(CdsHooksFactory factory, string service, JsonNode body)
    {
        using var client = factory.CreateClient();
        var path = $"/cds-services/{service}";
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", factory.Keys.Token(CdsHooksFactory.Audience(path)));
        return await client.SendAsync(request);
    }
}
