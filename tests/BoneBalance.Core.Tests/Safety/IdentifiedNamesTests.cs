using BoneBalance.Core.People;
using BoneBalance.Core.Safety;
using static BoneBalance.TestSupport.TestCatalogue;

namespace BoneBalance.Core.Tests.Safety;

/// <summary>Identifications worked out once are reused only for the very lists they were made of.</summary>
public sealed class IdentifiedNamesTests
{
    [Fact]
    public void Identifications_of_other_conditions_are_not_reused()
    {
        IReadOnlyList<Medication> medications = [Med("warfarin")];
        var identified = IdentifiedNames.Of(Catalogue, medications, []);
        var input = new SafetyInput(Woman()) { Medications = medications, Conditions = [Cond("sarcoidosis")] };

        Assert.True(identified.Of(medications, identified.ConditionList));
        Assert.False(identified.Of(medications, input.Conditions));
        Assert.Single(Check.Evaluate(input, identified).With(SafetyFindingCodes.HypercalcaemiaRisk));
    }

    [Fact]
    public void Identifications_of_other_medications_are_not_reused()
    {
        IReadOnlyList<Condition> conditions = [];
        var identified = IdentifiedNames.Of(Catalogue, [], conditions);
        var input = new SafetyInput(Woman()) { Medications = [Med("warfarin")], Conditions = conditions, Supplements = [Mk7(180)] };

        Assert.False(identified.Of(input.Medications, conditions));
        Assert.Single(Check.Evaluate(input, identified).With(SafetyFindingCodes.VkaVitaminK));
    }
}
