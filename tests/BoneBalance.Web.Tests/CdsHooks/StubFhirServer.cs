using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace BoneBalance.Web.Tests.CdsHooks;

/// <summary>
/// A FHIR server for the tests: a real Kestrel app on a free local port serving one Synthea record (Patient read,
/// Condition, Observation and MedicationRequest searches by patient), refusing any request without its bearer token, and
/// paging observations <see cref="PageSize"/> at a time with <c>next</c> links.
/// </summary>
public sealed class StubFhirServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StubFhirServer(WebApplication app, int pageSize, string nextHost)
    {
        _app = app;
        PageSize = pageSize;
        NextHost = nextHost;
    }

    public int PageSize { get; }

    /// <summary>The host the next links name (<c>127.0.0.1</c>, or another to test that they are not followed).</summary>
    public string NextHost { get; }

    /// <summary>Every request: path and query, and the Authorization header.</summary>
    public ConcurrentQueue<(string Url, string? Authorization)> Requests { get; } = new();

    /// <summary>The FHIR base URL.</summary>
    public string BaseUrl => _app.Urls.Single() + "/fhir";

    public static async Task<StubFhirServer> StartAsync(string syntheaFile, string accessToken, int pageSize = 50, string nextHost = "127.0.0.1")
    {
        var (patientId, patient, byType) = HookRequests.Record(syntheaFile);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new StubFhirServer(app, pageSize, nextHost);
        app.Use(async (context, next) =>
        {
            string? authorization = context.Request.Headers.Authorization;
            server.Requests.Enqueue((context.Request.Path + context.Request.QueryString, authorization));
            if (authorization != $"Bearer {accessToken}")
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                return;
            }

            await next(context);
        });

        IResult Fhir(JsonNode json) => Results.Text(json.ToJsonString(), "application/fhir+json");
        List<JsonObject> Of(string type) => byType.TryGetValue(type, out var list) ? list : [];
        app.MapGet("/fhir/Patient/{id}", (string id) => id == patientId ? Fhir(patient) : Results.NotFound());
        app.MapGet("/fhir/Condition", (string patient) => Fhir(HookRequests.Searchset(patient == patientId ? Of("Condition") : [])));
        app.MapGet("/fhir/MedicationRequest", (string patient) => Fhir(HookRequests.Searchset(patient == patientId ? Of("MedicationRequest") : [])));
        app.MapGet("/fhir/Observation", (HttpContext context, string patient, int? _page) =>
        {
            var all = patient == patientId ? Of("Observation") : [];
            var page = _page ?? 1;
            var next = page * pageSize < all.Count
                ? $"http://{server.NextHost}:{context.Request.Host.Port}/fhir/Observation?patient={patient}&_page={page + 1}"
                : null;
            return Fhir(HookRequests.Searchset(all.Skip((page - 1) * pageSize).Take(pageSize), next));
        });
        await app.StartAsync();
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
