using BoneBalance.Core.Evidence;
using BoneBalance.Core.Measures;
using BoneBalance.Core.Nutrition;

namespace BoneBalance.Core.Tests.Evidence;

/// <summary>
/// Evidence wording in the knowledge base and claim check: "the most rigorous" meta-analysis (Mott 2019), never "the latest",
/// since a newer one exists (Salma 2022); the null K2 trials beside the positive one; the MGP claim cites AVADEC; FAQ 7 cites
/// the Cochrane falls review (Sherrington 2019, rate ratio 0.77) and keeps the grade of its weakest part; calcium and the
/// heart on both sides in FAQ 5. And EFSA's adult values (EFSA 2015/2016/2017) on both sides of their age edges.
/// </summary>
public class EvidenceWordingTests
{
    private static IEnumerable<string> AllText() =>
        KnowledgeBase.Entries.SelectMany(e => new[] { e.ShortAnswer, e.Answer }.Concat(e.Caveats))
            .Concat(ClaimCheck.Claims.Select(c => c.Evidence));

    [Fact]
    public void No_answer_calls_a_meta_analysis_the_latest_or_most_recent()
    {
        Assert.DoesNotContain(AllText(), t => t.Contains("latest meta-analysis", StringComparison.OrdinalIgnoreCase) || t.Contains("most recent meta-analysis", StringComparison.OrdinalIgnoreCase));
        foreach (var n in new[] { 1, 2, 8, 9 })
        {
            Assert.Contains("most rigorous", KnowledgeBase.Entry(n).Answer + KnowledgeBase.Entry(n).ShortAnswer, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_null_K2_trials_stand_beside_the_positive_one()
    {
        foreach (var n in new[] { 1, 9 })
        {
            var e = KnowledgeBase.Entry(n);
            Assert.Contains(EvidenceSources.Knapen2013, e.Citations);
            Assert.Contains(EvidenceSources.Emaus2010, e.Citations);
            Assert.Contains(EvidenceSources.Ronn2016, e.Citations);
        }

        Assert.Contains("334 Norwegian", KnowledgeBase.Entry(9).Answer, StringComparison.Ordinal);
        Assert.Contains("148 Danish", KnowledgeBase.Entry(9).Answer, StringComparison.Ordinal);
    }

    [Fact]
    public void The_MGP_claim_cites_AVADEC()
    {
        var mgp = ClaimCheck.Find("mgp");
        Assert.Contains(EvidenceSources.Diederichsen2022, mgp.Citations);
        Assert.Contains("AVADEC", mgp.Evidence, StringComparison.Ordinal);
        Assert.Contains("did not slow the calcification of the aortic valve", mgp.Evidence, StringComparison.Ordinal);
        Assert.Equal("https://doi.org/10.1161/CIRCULATIONAHA.121.057008", EvidenceSources.Diederichsen2022.Url);
    }

    [Fact]
    public void FAQ_7_cites_the_Cochrane_falls_review_and_keeps_the_grade_of_its_weakest_part()
    {
        var e = KnowledgeBase.Entry(7);
        Assert.Contains(EvidenceSources.Sherrington2019, e.Citations);
        Assert.Contains("rate ratio 0.77", e.Answer, StringComparison.Ordinal);
        Assert.Equal(EvidenceGrade.C, e.Grade);
        Assert.Contains(e.Caveats, c => c.StartsWith("The grade (C) is that of the weakest part of this answer", StringComparison.Ordinal));
        Assert.DoesNotContain(e.Caveats, c => c.Contains("no trial is cited here", StringComparison.Ordinal));
        Assert.Equal("https://doi.org/10.1002/14651858.CD012424.pub2", EvidenceSources.Sherrington2019.Url);
    }

    [Fact]
    public void FAQ_5_gives_both_sides_of_calcium_and_the_heart()
    {
        var e = KnowledgeBase.Entry(5);
        Assert.Contains(EvidenceSources.Bolland2011, e.Citations);
        Assert.Contains(EvidenceSources.Kopecky2016, e.Citations);
        Assert.Contains(EvidenceSources.Grossman2018, e.Citations);
        Assert.Contains("with or without vitamin D, to slightly more heart attacks", e.Answer, StringComparison.Ordinal);
        Assert.Contains("found no link in generally healthy adults", e.Answer, StringComparison.Ordinal);
        Assert.Contains("400 IU or less of vitamin D with 1,000 mg or less of calcium", e.Answer, StringComparison.Ordinal);
        Assert.Equal("https://doi.org/10.1136/bmj.d2040", EvidenceSources.Bolland2011.Url);
        Assert.Equal("https://doi.org/10.7326/M16-1743", EvidenceSources.Kopecky2016.Url);
        Assert.Equal("https://doi.org/10.1001/jama.2018.3185", EvidenceSources.Grossman2018.Url);
    }

    // EFSA 2015: calcium PRI 1,000 mg at 18–24, 950 mg from 25. EFSA 2016: vitamin D AI 15 µg. EFSA 2017: vitamin K AI 70 µg (K1).
    [Theory]
    [InlineData(17, null)]
    [InlineData(18, 1000.0)]
    [InlineData(24, 1000.0)]
    [InlineData(25, 950.0)]
    [InlineData(80, 950.0)]
    public void EFSA_calcium_PRI_by_age(int age, double? milligrams)
    {
        Assert.Equal(milligrams, EfsaReferenceValues.For(IntakeNutrient.Calcium, age)?.Amount.Milligrams);
    }

    [Fact]
    public void EFSA_vitamin_D_and_K_adequate_intakes_for_adults()
    {
        var d = EfsaReferenceValues.For(IntakeNutrient.VitaminD, 60)!;
        Assert.Equal(NutrientAmount.FromMicrograms(15), d.Amount);
        Assert.Equal("AI", d.Kind);
        Assert.Equal("https://doi.org/10.2903/j.efsa.2016.4547", d.Citation.Url);

        var k = EfsaReferenceValues.For(IntakeNutrient.VitaminKTotal, 60)!;
        Assert.Equal(NutrientAmount.FromMicrograms(70), k.Amount);
        Assert.Equal("K1 only", k.Note);
        Assert.Equal("https://doi.org/10.2903/j.efsa.2017.4780", k.Citation.Url);

        Assert.Equal("PRI", EfsaReferenceValues.For(IntakeNutrient.Calcium, 60)!.Kind);
        Assert.Equal("https://doi.org/10.2903/j.efsa.2015.4101", EfsaReferenceValues.For(IntakeNutrient.Calcium, 60)!.Citation.Url);
        Assert.Null(EfsaReferenceValues.For(IntakeNutrient.VitaminD, 17));
        Assert.Null(EfsaReferenceValues.For(IntakeNutrient.LongChainMenaquinones, 60));
    }
}
