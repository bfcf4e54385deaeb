using BoneBalance.Data.Contracts;

namespace BoneBalance.Data.Tests.Contracts;

/// <summary>The README's profile table names every field the reader accepts, so the documentation cannot fall behind.</summary>
public sealed class ProfileDocumentationTests
{
    [Fact]
    public void The_readme_documents_every_profile_field()
    {
        var readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md"));
        var start = readme.IndexOf("### `bonebalance assess`", StringComparison.Ordinal);
        Assert.True(start >= 0, "README has no 'bonebalance assess' section");
        var section = readme[start..readme.IndexOf("**JSON**", start, StringComparison.Ordinal)];

        IEnumerable<string> fields =
        [
            .. ProfileDocument.Fields.Select(f => $"`{f}"),
            .. ProfilePerson.Fields.Select(f => $"`person.{f}`"),
            .. ProfileClinical.MedicationFields.Select(f => $"`{f}`"),
            .. ProfileClinical.ConditionFields.Select(f => $"`{f}`"),
            .. ProfileClinical.LabFields.Select(f => $"`{f}`"),
            .. ProfileClinical.SupplementFields.Select(f => $"`{f}`"),
            .. ProfileClinical.FraxFields.Select(f => $"`{f}`"),
            .. ProfileDxa.Fields.Select(f => $"`{f}`"),
            .. ProfileDiary.Fields.Select(f => $"{f}"),
        ];
        Assert.All(fields, f => Assert.Contains(f, section, StringComparison.Ordinal));
    }
}
