using System.Text.Json;
using BoneBalance.Core.Validation;

namespace BoneBalance.Fhir.CdsHooks;

/// <summary>
/// A hook request (CDS Hooks 2.0 "HTTP Request"), read from a parsed body by <see cref="Read"/>: the members are views
/// into that <see cref="JsonDocument"/>, so the body is held once, as parsed, and resources are read from it in place.
/// </summary>
public sealed record CdsHookRequest
{
    /// <summary>The hook (<c>patient-view</c>, <c>order-sign</c>).</summary>
    public required string Hook { get; init; }

    /// <summary>The client's id of this hook call.</summary>
    public required string HookInstance { get; init; }

    /// <summary>The client's FHIR base URL, when given.</summary>
    public Uri? FhirServer { get; init; }

    /// <summary>The client's OAuth 2.0 bearer token for <see cref="FhirServer"/>, when given.</summary>
    public CdsFhirAuthorization? FhirAuthorization { get; init; }

    /// <summary>The hook's context object.</summary>
    public required JsonElement Context { get; init; }

    /// <summary><c>context.patientId</c>.</summary>
    public required string PatientId { get; init; }

    /// <summary>Prefetched data by template key; a key the client sent as <c>null</c> is left out (as if not prefetched).</summary>
    public IReadOnlyDictionary<string, JsonElement> Prefetch { get; init; } = new Dictionary<string, JsonElement>();

    /// <summary>
    /// Reads and checks a request for a service of hook <paramref name="expectedHook"/>: <c>hook</c> (that hook),
    /// <c>hookInstance</c>, <c>fhirServer</c> (an absolute http(s) URL, required with <c>fhirAuthorization</c>),
    /// <c>fhirAuthorization</c>, <c>context</c> (an object with <c>patientId</c>; for <c>order-sign</c> also
    /// <c>draftOrders</c>, a Bundle) and <c>prefetch</c> (an object of resources).
    /// </summary>
    /// <exception cref="InvalidInputException">Every field that is missing or wrong, each named by its JSON path.</exception>
    public static CdsHookRequest Read(JsonElement root, string expectedHook)
    {
        ArgumentException.ThrowIfNullOrEmpty(expectedHook);
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidInputException(new FieldError("body", Kind(root), "a JSON object (a CDS Hooks request)", "is not an object"));
        }

        var errors = new List<FieldError>();
        var hook = String(root, "hook", $"'{expectedHook}' (this service's hook)", errors);
        if (hook is not null && hook != expectedHook)
        {
            errors.Add(new FieldError("hook", hook, $"'{expectedHook}' (this service's hook)", FieldError.NotAValidValue));
        }

        var hookInstance = String(root, "hookInstance", "a string (the client's id of this call)", errors);
        var fhirServer = FhirServerOf(root, errors);
        var authorization = CdsFhirAuthorization.Read(root, errors);
        if (authorization is not null && fhirServer is null && !errors.Any(e => e.Field == "fhirServer"))
        {
            errors.Add(new FieldError("fhirServer", string.Empty, "an absolute http(s) URL: required when fhirAuthorization is given"));
        }

        string? patientId = null;
        if (!root.TryGetProperty("context", out var context) || context.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new FieldError("context", context.ValueKind == JsonValueKind.Undefined ? string.Empty : Kind(context), "a JSON object (the hook's context)", "is not an object"));
        }
        else
        {
            patientId = String(context, "patientId", "the FHIR id of the patient (a string)", errors, "context.");
            if (expectedHook == "order-sign")
            {
                DraftOrders(context, errors);
            }
        }

        var prefetch = PrefetchOf(root, errors);
        if (errors.Count > 0)
        {
            throw new InvalidInputException(errors);
        }

        return new CdsHookRequest
        {
            Hook = hook!,
            HookInstance = hookInstance!,
            FhirServer = fhirServer,
            FhirAuthorization = authorization,
            Context = context,
            PatientId = patientId!,
            Prefetch = prefetch,
        };
    }

    /// <summary><c>context.draftOrders</c> (order-sign, order-select): a Bundle of draft orders.</summary>
    public JsonElement? DraftOrders() =>
        Context.TryGetProperty("draftOrders", out var orders) && orders.ValueKind == JsonValueKind.Object ? orders : null;

    private static void DraftOrders(JsonElement context, List<FieldError> errors)
    {
        const string Valid = "a FHIR R4 Bundle of the draft orders (an object with resourceType 'Bundle')";
        if (!context.TryGetProperty("draftOrders", out var orders))
        {
            errors.Add(new FieldError("context.draftOrders", string.Empty, Valid));
        }
        else if (orders.ValueKind != JsonValueKind.Object
            || !orders.TryGetProperty("resourceType", out var type) || type.ValueKind != JsonValueKind.String || type.GetString() != "Bundle")
        {
            errors.Add(new FieldError("context.draftOrders", Kind(orders), Valid, FieldError.NotAValidValue));
        }
    }

    private static Uri? FhirServerOf(JsonElement root, List<FieldError> errors)
    {
        if (!root.TryGetProperty("fhirServer", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String && Uri.TryCreate(value.GetString(), UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
        {
            return uri;
        }

        errors.Add(new FieldError("fhirServer", Kind(value), "an absolute http(s) URL (the client's FHIR base URL)", FieldError.NotAValidValue));
        return null;
    }

    private static Dictionary<string, JsonElement> PrefetchOf(JsonElement root, List<FieldError> errors)
    {
        var prefetch = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        if (!root.TryGetProperty("prefetch", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return prefetch;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new FieldError("prefetch", Kind(value), "a JSON object: each key a prefetch template's name, each value a FHIR resource or null", "is not an object"));
            return prefetch;
        }

        foreach (var member in value.EnumerateObject())
        {
            if (member.Value.ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            if (member.Value.ValueKind != JsonValueKind.Object || !member.Value.TryGetProperty("resourceType", out var type) || type.ValueKind != JsonValueKind.String)
            {
                errors.Add(new FieldError($"prefetch.{member.Name}", Kind(member.Value), "a FHIR resource (an object with resourceType) or null", FieldError.NotAValidValue));
                continue;
            }

            if (!prefetch.TryAdd(member.Name, member.Value))
            {
                errors.Add(new FieldError($"prefetch.{member.Name}", "(twice)", "each key once", FieldError.Repeated));
            }
        }

        return prefetch;
    }

    internal static string? String(JsonElement parent, string name, string valid, List<FieldError> errors, string prefix = "")
    {
        if (!parent.TryGetProperty(name, out var value))
        {
            errors.Add(new FieldError(prefix + name, string.Empty, valid));
            return null;
        }

        if (value.ValueKind != JsonValueKind.String || value.GetString() is not { Length: > 0 } text)
        {
            errors.Add(new FieldError(prefix + name, Kind(value), valid, FieldError.NotAValidValue));
            return null;
        }

        return text;
    }

    // What a wrong value is, without echoing it: a request's values may be health data.
    internal static string Kind(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() is { Length: <= 64 } s && !s.Contains('\n', StringComparison.Ordinal) ? s : "(a string)",
        JsonValueKind.Number => "(a number)",
        JsonValueKind.Array => "(an array)",
        JsonValueKind.Object => "(an object)",
        JsonValueKind.True or JsonValueKind.False => "(a boolean)",
        JsonValueKind.Null => "(null)",
        _ => "(missing)",
    };
}
