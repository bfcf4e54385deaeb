using BoneBalance.Core.Evidence;

namespace BoneBalance.Core.Safety;

/// <summary>
/// The sources behind the red-flag rules (INR_HIGH_WITHOUT_ANTICOAGULANT, POSTMENOPAUSAL_BLEEDING) that
/// <see cref="SafetySources"/> does not already hold. Each says how it was read: [P] the original or its official
/// abstract/page; [S] a third-party page quoting the original.
/// </summary>
public static class RedFlagSources
{
    /// <summary>PT/INR test: for people not taking a blood thinner the INR is normally 0.8 to 1.1; a high INR off
    /// anticoagulants points to a clotting-factor shortage such as vitamin K deficiency or liver disease [S: MedlinePlus as
    /// quoted by several third-party pages found with the search tool (corpus pages), 2026-12-07; laboratories' upper limits
    /// range from 1.1 to 1.3].</summary>
    public static Citation MedlinePlusInr { get; } = new(
        "MedlinePlus, U.S. National Library of Medicine",
        "Prothrombin Time Test and INR (PT/INR) (normal INR 0.8 to 1.1 without blood thinners; read second-hand)",
        "medlineplus.gov (read 2026)", 2026,
        "https://medlineplus.gov/lab-tests/prothrombin-time-test-and-inr-ptinr/");

    /// <summary>Direct factor Xa inhibitors (rivaroxaban, apixaban) may prolong the PT and raise the INR, which is not a
    /// reliable measure of their effect; in 218 hospitalised patients taking them at home the INR was significantly raised in
    /// most (84.2 % on rivaroxaban, 78.3 % on apixaban) [P abstract, found with the search tool (corpus pages), 2026-12-07;
    /// volume and pages not checked].</summary>
    public static Citation Ofek2017 { get; } = new(
        "Ofek F, Bar Chaim S, Kronenfeld N, Ziv-Baran T, Berkovitch M",
        "International Normalized Ratio Is Significantly Elevated With Rivaroxaban and Apixaban Drug Therapies: A Retrospective Study",
        "Clin Ther (2017)", 2017);

    /// <summary>NICE NG12, suspected cancer: refer women aged 55 and over with postmenopausal bleeding (unexplained vaginal
    /// bleeding more than 12 months after menstruation has stopped because of the menopause) on a suspected cancer pathway
    /// for endometrial cancer (an appointment within 2 weeks); consider it for women under 55 [S: the recommendation as
    /// restated by Macmillan's NICE-endorsed rapid referral guide and NHS Devon referral guidance, found with the search tool
    /// (corpus pages), 2026-12-07].</summary>
    public static Citation NiceNg12 { get; } = new(
        "National Institute for Health and Care Excellence",
        "Suspected cancer: recognition and referral (NG12): endometrial cancer (read second-hand)",
        "NICE guideline NG12, published 2015, last updated 2020 (read 2026)", 2015,
        "https://www.nice.org.uk/guidance/ng12");
}
