namespace BoneBalance.Core.Evidence;

/// <summary>
/// How strong the evidence behind an answer or recommendation is: BoneBalance's own four-step scale. It grades the
/// design and consistency of the human studies that answer the question asked, not how important the advice is (a
/// safety warning can rest on grade-B evidence and still be absolute). It borrows the familiar idea of ranking study
/// designs but is not a formal GRADE rating; it is defined here and nowhere else.
/// </summary>
public enum EvidenceGrade
{
    /// <summary>
    /// Consistent: several randomised or controlled human studies, or a systematic review/meta-analysis of them, agree
    /// in direction on the outcome asked about, and the finding holds in the trials at low risk of bias (a regulatory
    /// label that states the same may add to it).
    /// </summary>
    A,

    /// <summary>
    /// Limited or inconsistent: randomised evidence exists, but there are few trials, single or industry-linked trials,
    /// trials at high risk of bias or with questioned integrity, or the best trials disagree or are null.
    /// </summary>
    B,

    /// <summary>
    /// Observational or mechanistic: cohort or case-control associations, surrogate markers (e.g. undercarboxylated
    /// osteocalcin, serum 25-OH vitamin D) or mechanism only; no randomised evidence on the outcome asked about.
    /// </summary>
    C,

    /// <summary>
    /// Expert opinion or none: no study addresses the question directly; the answer rests on reference intakes set by
    /// committees, product labels, pharmacology or reasoning.
    /// </summary>
    D,
}
