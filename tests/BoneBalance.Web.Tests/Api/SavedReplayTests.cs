using System.Text;
using System.Text.Json.Nodes;
using BoneBalance.Core.Guidance;
using BoneBalance.Data;
using BoneBalance.Data.Contracts;
using BoneBalance.Web.Api;
using BoneBalance.Web.Assessments;
using BoneBalance.Web.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace BoneBalance.Web.Tests.Api;

/// <summary>
/// The saved PDF's comparison of the saved result with today's: a field the contract gained after a row was saved (each
/// intake nutrient's <c>citations</c>) does not make an unchanged result read as changed, while a changed value does.
/// </summary>
public sealed class SavedReplayTests(BoneBalanceFactory factory) : IClassFixture<BoneBalanceFactory>
{
    private const string Profile = """{"person":{"sex":"female","age":67},"diary":[{"date":"2026-11-24","food":"usda:01077","grams":200}]}""";

    [Fact]
    public void A_result_saved_before_a_field_was_added_to_the_contract_still_reads_as_the_same_result()
    {
        var (stored, assessment, document) = Saved();
        foreach (var nutrient in document["intake"]!["nutrients"]!.AsArray())
        {
            Assert.True(nutrient!.AsObject().Remove("citations"));
        }

        Assert.True(SavedReplay.Reproduces(stored with { Result = Encoding.UTF8.GetBytes(document.ToJsonString()) }, assessment));
        Assert.False(SavedReplay.Notice(stored with { Result = Encoding.UTF8.GetBytes(document.ToJsonString()) }, assessment, null).Warning);
    }

    [Fact]
    public void A_saved_value_that_today_s_rules_no_longer_give_reads_as_a_different_result()
    {
        var (stored, assessment, document) = Saved();
        var calcium = document["intake"]!["nutrients"]![0]!;
        Assert.Equal("calcium", calcium["nutrient"]!.GetValue<string>());
        calcium["average"] = calcium["average"]!.GetValue<double>() + 1;

        var changed = stored with { Result = Encoding.UTF8.GetBytes(document.ToJsonString()) };
        Assert.False(SavedReplay.Reproduces(changed, assessment));
        var notice = SavedReplay.Notice(changed, assessment, null);
        Assert.True(notice.Warning);
        Assert.StartsWith("This report shows the results saved on 24 November 2026. ", notice.Text, StringComparison.Ordinal);
        Assert.Contains("DIFFERENT results today", notice.Text, StringComparison.Ordinal);
    }

    private (StoredAssessment Stored, Assessment Assessment, JsonNode Document) Saved()
    {
        var assessor = factory.Services.GetRequiredService<Assessor>();
        var catalogue = factory.Services.GetRequiredService<FoodCatalogue>();
        var stored = new StoredAssessment(new DateOnly(2026, 11, 24), Encoding.UTF8.GetBytes(Profile), ReadOnlyMemory<byte>.Empty);
        var assessment = assessor.Assess(stored.Input(catalogue.Find));
        var result = AssessmentRunner.Utf8(assessment);
        return (stored with { Result = result }, assessment, JsonNode.Parse(result)!);
    }
}
