namespace BoneBalance.Web.Wizard;

/// <summary>One step of the assessment wizard: its address (<c>/Assessment/{Slug}</c>) and heading.</summary>
/// <param name="Slug">The path segment and the section id suffix (<c>step-{Slug}</c>).</param>
/// <param name="Title">The step's heading.</param>
internal sealed record WizardStep(string Slug, string Title)
{
    /// <summary>The steps in order; the last one reviews and assesses.</summary>
    public static IReadOnlyList<WizardStep> All { get; } =
    [
        new("about", "About you"),
        new("risk-factors", "Risk factors"),
        new("medications", "Medications and conditions"),
        new("supplements", "Daily supplements"),
        new("symptoms", "Symptoms"),
        new("dxa", "Bone density (DXA) results"),
        new("labs", "Laboratory results"),
        new("review", "Review"),
    ];

    /// <summary>The step with <paramref name="slug"/>, or the first step when there is none.</summary>
    public static WizardStep Find(string? slug) => All.FirstOrDefault(s => string.Equals(s.Slug, slug, StringComparison.OrdinalIgnoreCase)) ?? All[0];

    /// <summary>Position in <see cref="All"/>, from 0.</summary>
    public int Index => All.ToList().FindIndex(s => s.Slug == Slug);

    /// <summary>The step before, or null for the first.</summary>
    public WizardStep? Previous => Index > 0 ? All[Index - 1] : null;

    /// <summary>The step after, or null for the last.</summary>
    public WizardStep? Next => Index < All.Count - 1 ? All[Index + 1] : null;
}
