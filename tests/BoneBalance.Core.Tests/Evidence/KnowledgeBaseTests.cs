using BoneBalance.Core.Evidence;
using BoneBalance.Core.Nutrition;
using BoneBalance.Core.Safety;
using BoneBalance.Core.Validation;

namespace BoneBalance.Core.Tests.Evidence;

public sealed class KnowledgeBaseTests
{
    // The seed article's twelve questions, word for word and in order.
    public static TheoryData<int, string> SeedQuestions => new()
    {
        { 1, "How much vitamin K2 should I take for osteoporosis?" },
        { 2, "Does vitamin K2 rebuild bone?" },
        { 3, "Should I take D3 and K2 at the same time?" },
        { 4, "Who should not take K2 supplements?" },
        { 5, "What are the best supplements to take for osteoporosis?" },
        { 6, "Which is better: vitamin D2 or D3?" },
        { 7, "How can I fix osteoporosis naturally?" },
        { 8, "Is vitamin K2 good for bones?" },
        { 9, "Is K2 good for bone density?" },
        { 10, "How much K2 should I take for bone health?" },
        { 11, "Is calcium or vitamin K better for bones?" },
        { 12, "Which form of vitamin K is best for your bones?" },
    };

    [Fact]
    public void Holds_exactly_twelve_entries_numbered_1_to_12_in_order()
    {
        Assert.Equal(12, KnowledgeBase.Count);
        Assert.Equal(Enumerable.Range(1, 12), KnowledgeBase.Entries.Select(e => e.Number));
    }

    [Theory]
    [MemberData(nameof(SeedQuestions))]
    public void Each_question_is_the_seed_articles_wording_at_its_number(int number, string question)
    {
        Assert.Equal(question, KnowledgeBase.Entries[number - 1].Question);
        Assert.Same(KnowledgeBase.Entries[number - 1], KnowledgeBase.Entry(number));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    [InlineData(-1)]
    public void Entry_outside_1_to_12_is_refused_naming_field_value_and_range(int number)
    {
        var error = Assert.Throws<InvalidInputException>(() => KnowledgeBase.Entry(number));
        var field = Assert.Single(error.Errors);
        Assert.Equal("number", field.Field);
        Assert.Equal(number.ToString(System.Globalization.CultureInfo.InvariantCulture), field.Value);
        Assert.Equal("1 to 12", field.ValidRange);
    }

    [Fact]
    public void Every_entry_has_text_a_defined_grade_and_caveats()
    {
        foreach (var entry in KnowledgeBase.Entries)
        {
            Assert.False(string.IsNullOrWhiteSpace(entry.ShortAnswer), $"entry {entry.Number}");
            Assert.True(entry.Answer.Length > entry.ShortAnswer.Length, $"entry {entry.Number}: the answer is longer than its summary");
            Assert.True(Enum.IsDefined(entry.Grade), $"entry {entry.Number}");
            Assert.NotEmpty(entry.Caveats);
            Assert.All(entry.Caveats, c => Assert.False(string.IsNullOrWhiteSpace(c)));
        }
    }

    [Fact]
    public void Every_entry_cites_at_least_one_dated_source_with_authors_title_and_source()
    {
        foreach (var entry in KnowledgeBase.Entries)
        {
            Assert.NotEmpty(entry.Citations);
            Assert.All(entry.Citations, AssertComplete);
            Assert.Equal(entry.Citations.Count, entry.Citations.Distinct().Count());
        }
    }

    [Fact]
    public void Who_should_not_take_K2_carries_the_vitamin_K_antagonist_warning_and_clears_DOACs()
    {
        var entry = KnowledgeBase.Entry(4);
        var text = entry.ShortAnswer + " " + entry.Answer;
        foreach (var vka in new[] { "warfarin", "acenocoumarol", "phenprocoumon", "fluindione" })
        {
            Assert.Contains(vka, entry.Answer, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("anticoagulation clinic", text, StringComparison.Ordinal);
        Assert.Contains("apixaban", entry.Answer, StringComparison.Ordinal);
        Assert.Contains("do not depend on vitamin K", entry.Answer, StringComparison.Ordinal);
        // Theuwissen 2013: MK-7 10 and 20 µg/day lowered the INR relevantly in >= 40 % and >= 60 % of volunteers.
        Assert.Contains("10–20 µg", entry.Answer, StringComparison.Ordinal);
        Assert.Contains(SafetySources.Theuwissen2013, entry.Citations);
        Assert.Contains(SafetySources.Mekaj2015, entry.Citations);
        Assert.Contains(entry.Caveats, c => c.Contains("warfarin", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(8)]
    [InlineData(10)]
    [InlineData(12)]
    public void Every_answer_about_taking_vitamin_K_warns_warfarin_users(int number)
    {
        Assert.Contains(KnowledgeBase.Entry(number).Caveats, c => c.Contains("anticoagulation clinic", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(7)]
    [InlineData(11)]
    public void Answers_touching_treatment_send_the_reader_to_a_clinician(int number)
    {
        Assert.Contains("clinician", KnowledgeBase.Entry(number).Answer, StringComparison.Ordinal);
    }

    [Fact]
    public void Forty_five_mg_is_described_as_the_prescription_dose_in_Japan_not_a_supplement_dose()
    {
        var entry = KnowledgeBase.Entry(1);
        Assert.Contains("prescription dose of menatetrenone (MK-4) in Japan", entry.Answer, StringComparison.Ordinal);
        Assert.Contains("not a supplement dose", entry.Answer, StringComparison.Ordinal);
        Assert.Contains(SafetySources.GlakayLabel, entry.Citations);
        // 45 mg = 45,000 µg; against the IOM 2001 adequate intakes of 120 µg (men) and 90 µg (women): 375x and 500x.
        Assert.Equal(375, 45_000 / 120);
        Assert.Equal(500, 45_000 / 90);
        Assert.Contains("375 to 500 times", entry.Answer, StringComparison.Ordinal);
        Assert.Contains("prescription dose in Japan", KnowledgeBase.Entry(10).Answer, StringComparison.Ordinal);
    }

    [Fact]
    public void MK7_180_ug_for_three_years_is_reported_as_slower_loss_at_some_sites_without_fracture_proof()
    {
        var answer = KnowledgeBase.Entry(9).Answer;
        Assert.Contains("MK-7 180 µg a day for 3 years", answer, StringComparison.Ordinal);
        Assert.Contains("lumbar spine and femoral neck", answer, StringComparison.Ordinal);
        Assert.Contains("no effect at the total hip", answer, StringComparison.Ordinal);
        Assert.Contains(EvidenceSources.Knapen2013, KnowledgeBase.Entry(9).Citations);
        Assert.Contains("fractures were not a measured outcome", KnowledgeBase.Entry(1).Answer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(12)]
    public void No_answer_about_what_K2_does_for_bone_claims_consistent_evidence(int number)
    {
        // Mott 2019: no effect on BMD or vertebral fracture in the trials at low risk of bias.
        Assert.NotEqual(EvidenceGrade.A, KnowledgeBase.Entry(number).Grade);
    }

    [Fact]
    public void K2_is_not_said_to_rebuild_bone()
    {
        var entry = KnowledgeBase.Entry(2);
        Assert.StartsWith("No.", entry.ShortAnswer, StringComparison.Ordinal);
        Assert.Contains("no trial shows that they rebuild lost bone", entry.ShortAnswer, StringComparison.Ordinal);
        Assert.NotEqual(EvidenceGrade.A, entry.Grade);
    }

    [Fact]
    public void D3_is_preferred_because_it_raises_25OHD_more_and_the_synthetic_myth_is_corrected()
    {
        var entry = KnowledgeBase.Entry(6);
        Assert.StartsWith("D3.", entry.ShortAnswer, StringComparison.Ordinal);
        Assert.Contains("wrong: both are made industrially", entry.ShortAnswer, StringComparison.Ordinal);
        // Balachandar 2021: mean difference 15.69 nmol/L; van den Heuvel 2023: 40 % lower rise with daily D2.
        Assert.Contains("15.7 nmol/L", entry.Answer, StringComparison.Ordinal);
        Assert.Contains("40 %", entry.Answer, StringComparison.Ordinal);
        Assert.Contains(EvidenceSources.Balachandar2021, entry.Citations);
        Assert.Contains(EvidenceSources.VanDenHeuvel2023, entry.Citations);
        Assert.Equal(EvidenceGrade.A, entry.Grade);
    }

    [Fact]
    public void Recommended_K_amounts_are_the_IOM_adequate_intakes_for_total_vitamin_K_not_a_K2_target()
    {
        var entry = KnowledgeBase.Entry(10);
        Assert.Contains("no recommended K2 intake", entry.ShortAnswer, StringComparison.Ordinal);
        Assert.Contains("120 µg a day for men and 90 µg for women", entry.ShortAnswer, StringComparison.Ordinal);
        Assert.Contains("These are not K2 targets", entry.Answer, StringComparison.Ordinal);
        Assert.Contains(DietaryReferenceSources.Iom2001, entry.Citations);
    }

    [Fact]
    public void Calcium_is_only_a_supplement_to_close_a_dietary_gap_within_the_upper_limit()
    {
        var entry = KnowledgeBase.Entry(5);
        Assert.Contains("only to close the gap", entry.Answer, StringComparison.Ordinal);
        Assert.Contains("no more than 500 mg elemental calcium", entry.Answer, StringComparison.Ordinal);
        // WHI (Jackson 2006): hip fracture HR 0.88 (0.72-1.08), kidney stones increased.
        Assert.Contains("0.88, 95 % CI 0.72–1.08", entry.Answer, StringComparison.Ordinal);
        Assert.Contains("kidney stones increased", entry.Answer, StringComparison.Ordinal);
        Assert.Contains("only to close a gap", KnowledgeBase.Entry(11).Answer, StringComparison.Ordinal);
    }

    [Fact]
    public void K1_is_given_a_role_in_the_which_form_answer()
    {
        var entry = KnowledgeBase.Entry(12);
        Assert.Contains("K1 (from vegetables) is the main dietary form and matters too", entry.ShortAnswer, StringComparison.Ordinal);
        Assert.Contains(EvidenceSources.Feskanich1999, entry.Citations);
    }

    [Fact]
    public void The_seed_articles_identified_references_are_cited()
    {
        var cited = KnowledgeBase.Entries.SelectMany(e => e.Citations).ToHashSet();
        Assert.Contains(EvidenceSources.Salma2022, cited);
        Assert.Contains(SafetySources.StatPearlsVitaminKDeficiency, cited);
        Assert.Contains(EvidenceSources.Iwamoto2000, cited);
    }

    internal static void AssertComplete(Citation citation)
    {
        Assert.False(string.IsNullOrWhiteSpace(citation.Authors));
        Assert.False(string.IsNullOrWhiteSpace(citation.Title));
        Assert.False(string.IsNullOrWhiteSpace(citation.Source));
        Assert.InRange(citation.Year, 1990, 2026);
    }
}
