using System.Text.Json;
using BoneBalance.Core.Validation;

namespace BoneBalance.Fhir.CdsHooks;

/// <summary>
/// <c>fhirAuthorization</c>: the OAuth 2.0 bearer token the client grants the service for its FHIR server. Transient by
/// the specification: never stored, never logged (<see cref="ToString"/> hides it).
/// </summary>
/// <param name="AccessToken"><c>access_token</c>.</param>
/// <param name="TokenType"><c>token_type</c>: <c>Bearer</c>.</param>
/// <param name="ExpiresIn"><c>expires_in</c>, seconds.</param>
/// <param name="Scope"><c>scope</c>: the SMART scopes granted.</param>
/// <param name="Subject"><c>subject</c>: the service's OAuth client id.</param>
/// <param name="Patient"><c>patient</c>: the patient the token is bound to, when patient scopes are granted.</param>
public sealed record CdsFhirAuthorization(string AccessToken, string TokenType, long? ExpiresIn, string? Scope, string? Subject, string? Patient)
{
    /// <summary>Reads <c>fhirAuthorization</c> from a request, or null when absent.</summary>
    internal static CdsFhirAuthorization? Read(JsonElement root, List<FieldError> errors)
    {
        if (!root.TryGetProperty("fhirAuthorization", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new FieldError("fhirAuthorization", CdsHookRequest.Kind(value), "an object with access_token, token_type, expires_in, scope and subject", "is not an object"));
            return null;
        }

        var count = errors.Count;
        if (!value.TryGetProperty("access_token", out var token) || token.ValueKind != JsonValueKind.String || token.GetString() is not { Length: > 0 } accessToken)
        {
            errors.Add(new FieldError("fhirAuthorization.access_token", token.ValueKind == JsonValueKind.Undefined ? string.Empty : "(not a string)", "the bearer token (a non-empty string)"));
            accessToken = null;
        }

        var type = Optional(value, "token_type", errors) ?? "Bearer";
        if (!type.Equals("Bearer", StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(new FieldError("fhirAuthorization.token_type", type, "Bearer", FieldError.NotAValidValue));
        }

        long? expires = null;
        if (value.TryGetProperty("expires_in", out var e) && e.ValueKind != JsonValueKind.Null)
        {
            if (e.ValueKind == JsonValueKind.Number && e.TryGetInt64(out var seconds) && seconds >= 0)
            {
                expires = seconds;
            }
            else
            {
                errors.Add(new FieldError("fhirAuthorization.expires_in", CdsHookRequest.Kind(e), "a whole number of seconds ≥ 0", FieldError.NotAWholeNumber));
            }
        }

        var scope = Optional(value, "scope", errors);
        var subject = Optional(value, "subject", errors);
        var patient = Optional(value, "patient", errors);
        return errors.Count > count ? null : new CdsFhirAuthorization(accessToken!, type, expires, scope, subject, patient);
    }

    /// <summary>The record without its token.</summary>
    public override string ToString() => $"CdsFhirAuthorization {{ TokenType = {TokenType}, ExpiresIn = {ExpiresIn}, Scope = {Scope}, Subject = {Subject} }}";

    private static string? Optional(JsonElement parent, string name, List<FieldError> errors)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            return value.GetString();
        }

        errors.Add(new FieldError($"fhirAuthorization.{name}", CdsHookRequest.Kind(value), "a string", FieldError.NotAValidValue));
        return null;
    }
}
