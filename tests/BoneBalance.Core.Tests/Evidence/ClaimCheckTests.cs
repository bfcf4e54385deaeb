using BoneBalance.Core.Evidence;
using BoneBalance.Core.Nutrition;
using BoneBalance.Core.Safety;
using BoneBalance.Core.Validation;

namespace BoneBalance.Core.Tests.Evidence;

public sealed class ClaimCheckTests
{
    // The claims of the seed article, in its order.
    private static readonly string[] IssueClaims =
    [
        "hip-fracture-30-percent", "mk4-45-mg", "ai-120-90-ug", "mk7-180-ug", "mgp", "osteocalcin", "d2-synthetic", "k1-no-role",
        "k2-d3-vs-calcium",
    ];

    [Fact]
    public void Every_claim_of_the_seed_article_is_checked_once_in_order()
    {
        Assert.Equal(IssueClaims, ClaimCheck.Claims.Select(c => c.Id));
    }

    [Fact]
    public void Every_claim_has_text_a_defined_verdict_and_a_dated_citation()
    {
        foreach (var claim in ClaimCheck.Claims)
        {
            Assert.False(string.IsNullOrWhiteSpace(claim.ArticleSays), claim.Id);
            Assert.False(string.IsNullOrWhiteSpace(claim.Evidence), claim.Id);
            Assert.True(Enum.IsDefined(claim.Verdict), claim.Id);
            Assert.NotEmpty(claim.Citations);
            Assert.All(claim.Citations, KnowledgeBaseTests.AssertComplete);
        }
    }

    [Fact]
    public void Thirty_percent_is_misattributed_to_K2_it_is_observational_and_mostly_K1()
    {
        var claim = ClaimCheck.Find("hip-fracture-30-percent");
        Assert.Equal(ClaimVerdict.Misattributed, claim.Verdict);
        // Feskanich 1999: RR 0.70 (0.53-0.93) is the "30 % lower risk".
        Assert.Contains("0.70 (95 % CI 0.53–0.93)", claim.Evidence, StringComparison.Ordinal);
        Assert.Contains("mostly K1", claim.Evidence, StringComparison.Ordinal);
        Assert.Contains("observational", claim.Evidence, StringComparison.Ordinal);
        Assert.Equal([EvidenceSources.Feskanich1999], claim.Citations);
    }

    [Fact]
    public void Forty_five_mg_is_the_Japanese_prescription_dose_not_a_supplement_dose()
    {
        var claim = ClaimCheck.Find("mk4-45-mg");
        Assert.Equal(ClaimVerdict.PartlySupported, claim.Verdict);
        Assert.Contains("prescription dose used in Japan", claim.Evidence, StringComparison.Ordinal);
        Assert.Contains("It is not a supplement dose", claim.Evidence, StringComparison.Ordinal);
        Assert.Contains("warfarin", claim.Evidence, StringComparison.Ordinal);
        Assert.Contains(SafetySources.GlakayLabel, claim.Citations);
        Assert.Contains(EvidenceSources.Inoue2009, claim.Citations);
    }

    [Fact]
    public void The_120_and_90_ug_figures_are_the_IOM_adequate_intakes_for_total_vitamin_K_not_a_K2_target()
    {
        var claim = ClaimCheck.Find("ai-120-90-ug");
        Assert.NotEqual(ClaimVerdict.Supported, claim.Verdict);
        Assert.Contains("adequate intakes (AI) for total vitamin K", claim.Evidence, StringComparison.Ordinal);
        Assert.Contains("not recommended amounts of K2", claim.Evidence, StringComparison.Ordinal);
        Assert.Contains(DietaryReferenceSources.Iom2001, claim.Citations);
        // The seed article's own reference NBK536983 quotes the same AIs.
        Assert.Contains(SafetySources.StatPearlsVitaminKDeficiency, claim.Citations);
    }

    [Fact]
    public void MK7_180_ug_is_partly_supported_slower_loss_at_two_sites_no_fracture_outcome()
    {
        var claim = ClaimCheck.Find("mk7-180-ug");
        Assert.Equal(ClaimVerdict.PartlySupported, claim.Verdict);
        Assert.Contains("lumbar spine and femoral neck, not at the total hip", claim.Evidence, StringComparison.Ordinal);
        Assert.Contains("fractures were not an outcome", claim.Evidence, StringComparison.Ordinal);
        Assert.Contains(EvidenceSources.Knapen2013, claim.Citations);
    }

    [Fact]
    public void D2_synthetic_is_not_supported_because_both_forms_are_made_by_irradiating_a_provitamin()
    {
        var claim = ClaimCheck.Find("d2-synthetic");
        Assert.True(claim.Verdict is ClaimVerdict.NotSupported or ClaimVerdict.Misattributed);
        Assert.Contains("Both forms are produced industrially", claim.Evidence, StringComparison.Ordinal);
        Assert.Contains("ergosterol", claim.Evidence, StringComparison.Ordinal);
        Assert.Contains("7-dehydrocholesterol", claim.Evidence, StringComparison.Ordinal);
        Assert.Contains("D3 raises blood 25-OH vitamin D more", claim.Evidence, StringComparison.Ordinal);
        Assert.Contains(EvidenceSources.BritannicaVitaminD, claim.Citations);
    }

    [Fact]
    public void K1_no_role_is_not_supported()
    {
        var claim = ClaimCheck.Find("k1-no-role");
        Assert.Equal(ClaimVerdict.NotSupported, claim.Verdict);
        Assert.Contains("K1 1 mg a day lowered undercarboxylated osteocalcin", claim.Evidence, StringComparison.Ordinal);
        Assert.Contains(EvidenceSources.Binkley2009, claim.Citations);
    }

    [Fact]
    public void K2_plus_D3_versus_calcium_is_misattributed_the_trial_used_alfacalcidol_and_MK4_45_mg()
    {
        var claim = ClaimCheck.Find("k2-d3-vs-calcium");
        Assert.Equal(ClaimVerdict.Misattributed, claim.Verdict);
        Assert.Contains("alfacalcidol", claim.Evidence, StringComparison.Ordinal);
        Assert.Contains("not cholecalciferol", claim.Evidence, StringComparison.Ordinal);
        Assert.Contains("MK-4 45 mg", claim.Evidence, StringComparison.Ordinal);
        Assert.Contains(EvidenceSources.Iwamoto2000, claim.Citations);
    }

    [Theory]
    [InlineData("mgp")]
    [InlineData("osteocalcin")]
    public void Mechanism_claims_are_only_partly_supported(string id)
    {
        var claim = ClaimCheck.Find(id);
        Assert.Equal(ClaimVerdict.PartlySupported, claim.Verdict);
        Assert.Contains(EvidenceSources.Vermeer2012, claim.Citations);
    }

    [Fact]
    public void Unknown_id_is_refused_with_the_valid_ids()
    {
        var error = Assert.Throws<InvalidInputException>(() => ClaimCheck.Find("k2-cures-all"));
        var field = Assert.Single(error.Errors);
        Assert.Equal("id", field.Field);
        Assert.Equal("k2-cures-all", field.Value);
        Assert.Contains("d2-synthetic", field.ValidRange, StringComparison.Ordinal);
        Assert.Equal(FieldError.NotAValidValue, field.Problem);
    }

    [Fact]
    public void The_seed_articles_identified_references_are_cited_where_they_apply()
    {
        var cited = ClaimCheck.Claims.SelectMany(c => c.Citations).ToHashSet();
        Assert.Contains(SafetySources.StatPearlsVitaminKDeficiency, cited);
        Assert.Contains(EvidenceSources.Iwamoto2000, cited);
    }
}
