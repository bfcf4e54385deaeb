namespace BoneBalance.Core.Evidence;

/// <summary>
/// The evidence grade of a supplement for one person: the body of evidence it rests on, the domains in which the person
/// differs from the people studied, the grade after grading down for them, and the note that says so in plain words.
/// </summary>
/// <param name="Grade">The grade for this person.</param>
/// <param name="Body">The body of evidence used (the one that gives the person the highest grade).</param>
/// <param name="Differences">The indirectness domains in which the person differs from the people studied.</param>
/// <param name="Note">The grade note for the plan: the grade, what the evidence found, and every difference.</param>
public sealed record PersonalGrade(EvidenceGrade Grade, EvidenceBody Body, IReadOnlyList<IndirectnessDomain> Differences, string Note);

/// <summary>
/// Grades evidence for a person the way GRADE rates indirectness of population (<see cref="Guidance.GuidanceSources.Guyatt2011Indirectness"/>):
/// <list type="number">
/// <item>A body whose <see cref="EvidenceBody.RequiredSetting"/> or <see cref="EvidenceBody.RequiresTakenWith"/> the person
/// does not meet is not used at all: other trials show the effect does not carry over (vitamin D with calcium lowered
/// fractures in care homes, not at home; vitamin D alone did not).</item>
/// <item>Each <see cref="IndirectnessDomain"/> in which the person differs from the <see cref="EvidencePopulation"/> lowers
/// the body's grade by one step (A → B → C → D), by at most <see cref="MaximumSteps"/> in all, as GRADE rates indirectness
/// down one or two levels; D is the floor.</item>
/// <item>Of the bodies that apply, the one giving the highest grade is used (the first listed when two give the same).</item>
/// </list>
/// Worked examples are in docs/GRADING.md.
/// </summary>
public static class IndirectnessGrading
{
    /// <summary>The most steps indirectness lowers a grade (GRADE: "serious" one level, "very serious" two).</summary>
    public const int MaximumSteps = 2;

    /// <summary>The domains in which the person differs from the people studied, in the order of <see cref="IndirectnessDomain"/>.
    /// Menopause is looked at only when the sexes agree (a man differs from postmenopausal women once, by sex).</summary>
    public static IReadOnlyList<IndirectnessDomain> Differences(EvidencePopulation population, EvidenceSubject person)
    {
        ArgumentNullException.ThrowIfNull(population);
        ArgumentNullException.ThrowIfNull(person);
        var differences = new List<IndirectnessDomain>();
        var otherSex = population.Sex is { } sex && sex != person.Sex;
        if (otherSex)
        {
            differences.Add(IndirectnessDomain.Sex);
        }

        if (!otherSex && population.Postmenopausal && person.Sex == People.Sex.Female && !person.Postmenopausal)
        {
            differences.Add(IndirectnessDomain.Menopause);
        }

        if (population.MinimumAge is { } minimum && person.AgeYears < minimum)
        {
            differences.Add(IndirectnessDomain.Age);
        }

        if (population.HealthyKidneys && person.ReducedKidneyFunction)
        {
            differences.Add(IndirectnessDomain.KidneyFunction);
        }

        if (population.Setting == CareSetting.Community && person.CareHome || population.Setting == CareSetting.CareHome && !person.CareHome)
        {
            differences.Add(IndirectnessDomain.Setting);
        }

        return differences;
    }

    /// <summary>Whether the body applies to the person at all (its required setting and co-intervention).</summary>
    public static bool Applies(EvidenceBody body, EvidenceSubject person)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(person);
        var setting = body.RequiredSetting switch
        {
            CareSetting.CareHome => person.CareHome,
            CareSetting.Community => !person.CareHome,
            _ => true,
        };
        return setting && (body.RequiresTakenWith is not { } with || person.TakenWith.Contains(with));
    }

    /// <summary>A grade lowered by <paramref name="steps"/> (at most <see cref="MaximumSteps"/>), never below D.</summary>
    public static EvidenceGrade Lower(EvidenceGrade grade, int steps) =>
        (EvidenceGrade)Math.Min((int)EvidenceGrade.D, (int)grade + Math.Clamp(steps, 0, MaximumSteps));

    /// <summary>The person's grade from one body, or null when the body does not apply to them.</summary>
    public static PersonalGrade? For(EvidenceBody body, EvidenceSubject person)
    {
        if (!Applies(body, person))
        {
            return null;
        }

        var differences = Differences(body.Population, person);
        var grade = Lower(body.Grade, differences.Count);
        var population = body.Population.Description;
        var note = differences.Count == 0
            ? $"Evidence grade {grade} for you, as for the people studied ({population}): {body.Finding}."
            : $"Evidence grade {grade} for you, lower than the {body.Grade} it has for the people studied ({population}): {body.Finding}. "
                + $"{Capitalise(string.Join("; ", differences.Select(d => Describe(d, body.Population, person))))}; each difference lowers the grade one step, by two at most.";
        if (body.Caveat is { } caveat)
        {
            note += " " + caveat;
        }

        return new PersonalGrade(grade, body, differences, note);
    }

    /// <summary>The highest grade any applicable body gives the person (the first listed on a tie).</summary>
    /// <exception cref="InvalidOperationException">No body applies (every list must end in one that always applies).</exception>
    public static PersonalGrade Best(IEnumerable<EvidenceBody> bodies, EvidenceSubject person)
    {
        ArgumentNullException.ThrowIfNull(bodies);
        PersonalGrade? best = null;
        foreach (var body in bodies)
        {
            if (For(body, person) is { } grade && (best is null || grade.Grade < best.Grade))
            {
                best = grade;
            }
        }

        return best ?? throw new InvalidOperationException("No body of evidence applies to the person.");
    }

    /// <summary>One difference in plain words, naming the person's own fact.</summary>
    public static string Describe(IndirectnessDomain domain, EvidencePopulation population, EvidenceSubject person)
    {
        ArgumentNullException.ThrowIfNull(population);
        ArgumentNullException.ThrowIfNull(person);
        return domain switch
        {
            IndirectnessDomain.Sex => population.Sex == People.Sex.Female ? "it studied only women and you are a man" : "it studied only men and you are a woman",
            IndirectnessDomain.Menopause => "it studied women after the menopause and you have not reached it",
            IndirectnessDomain.Age => $"it studied people aged {population.MinimumAge} or over and you are {person.AgeYears}",
            IndirectnessDomain.KidneyFunction => "it studied healthy people and your kidney function is reduced",
            _ => person.CareHome ? "it studied people living at home and you live in a care home" : "it studied people living in care homes and you live at home",
        };
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
