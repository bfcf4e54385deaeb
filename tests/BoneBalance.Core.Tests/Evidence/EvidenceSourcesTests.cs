using System.Reflection;
using BoneBalance.Core.Evidence;
using BoneBalance.Core.Nutrition;
using BoneBalance.Core.Safety;

namespace BoneBalance.Core.Tests.Evidence;

public sealed class EvidenceSourcesTests
{
    [Fact]
    public void Every_evidence_source_is_complete_and_dated()
    {
        Assert.NotEmpty(All(typeof(EvidenceSources)));
        Assert.All(All(typeof(EvidenceSources)), KnowledgeBaseTests.AssertComplete);
    }

    [Fact]
    public void No_evidence_source_repeats_one_the_safety_rules_or_reference_intakes_already_cite()
    {
        var elsewhere = All(typeof(SafetySources)).Concat(All(typeof(DietaryReferenceSources)))
            .Select(c => c.Title)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        Assert.All(All(typeof(EvidenceSources)), c => Assert.DoesNotContain(c.Title, elsewhere));
    }

    [Fact]
    public void Every_evidence_source_is_used_by_the_knowledge_base_or_the_claim_check()
    {
        var used = KnowledgeBase.Entries.SelectMany(e => e.Citations)
            .Concat(ClaimCheck.Claims.SelectMany(c => c.Citations))
            .ToHashSet();
        Assert.All(All(typeof(EvidenceSources)), c => Assert.Contains(c, used));
    }

    private static List<Citation> All(Type holder) =>
        holder.GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(p => p.PropertyType == typeof(Citation))
            .Select(p => (Citation)p.GetValue(null)!)
            .ToList();
}
