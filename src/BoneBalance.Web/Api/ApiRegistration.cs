using BoneBalance.Core.Guidance;
using BoneBalance.Core.Nutrition;
using BoneBalance.Data;
using BoneBalance.Data.Safety;
using BoneBalance.Web.Assessments;
using BoneBalance.Web.Diary;
using BoneBalance.Web.MyData;
using BoneBalance.Web.Profile;
using BoneBalance.Web.Security;
using Scalar.AspNetCore;

namespace BoneBalance.Web.Api;

/// <summary>
/// The JSON API under <c>/api</c> (minimal APIs), its OpenAPI document at <c>/openapi/v1.json</c> and the Scalar
/// reference UI at <c>/docs</c>. Catalogue, FAQ and claims are public; everything about a person needs a session
/// cookie or a bearer token.
/// </summary>
internal static class ApiRegistration
{
    /// <summary>Registers the services endpoints and pages share, problem details and OpenAPI.</summary>
    public static void AddApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<BadJsonHandler>();
        // Request bodies are read as strictly as the profile contract reads a profile: a number sent as a string
        // ("grams": "50"), an unknown field and a field given twice are refused, not guessed at.
        builder.Services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict;
            options.SerializerOptions.UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow;
            options.SerializerOptions.AllowDuplicateProperties = false;
        });
        builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        builder.Services.AddOpenApi(OpenApiDocument.Describe);
        builder.Services.AddScoped<DiaryBook>();
        builder.Services.AddScoped<ProfileStore>();
        builder.Services.AddScoped<AccountDeletion>();
        builder.Services.AddScoped<ApiTokenIssuer>();
        builder.Services.AddScoped<AssessmentRunner>();
        builder.Services.AddScoped<Diary.PersonDay>();
        builder.Services.AddSingleton<AssessmentWriter>();
        builder.Services.AddHostedService(services => services.GetRequiredService<AssessmentWriter>());
        builder.Services.AddSingleton(services => new Assessor(
            ShippedSafetyCatalogue.Load(), services.GetRequiredService<DietaryReferenceIntakes>(), services.GetRequiredService<FoodCatalogue>().CommonFoods));
    }

    /// <summary>Maps every endpoint.</summary>
    public static void MapApi(this WebApplication app)
    {
        var api = app.MapGroup("/api").AddEndpointFilter<InvalidInputFilter>();
        api.MapFoodEndpoints();
        api.MapKnowledgeEndpoints();

        var personal = api.MapGroup(string.Empty).RequireAuthorization();
        personal.MapProfileEndpoints();
        personal.MapDiaryEndpoints();
        personal.MapIntakeEndpoints();
        personal.MapAssessmentEndpoints();
        personal.MapTokenEndpoints();
        personal.MapEchoEndpoints();
        personal.MapAccountEndpoints();

        app.MapOpenApi();
        app.MapScalarApiReference(SecurityHeaders.DocsPath, (options, context) => options
            .WithTitle("BoneBalance API")
            .DisableDefaultFonts()
            .WithNonce((string)context.Items[SecurityHeaders.NonceKey]!));
    }
}
