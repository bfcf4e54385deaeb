using BoneBalance.Web.Tests.TestSupport;
using static BoneBalance.Web.Tests.Wizard.WizardTests;

namespace BoneBalance.Web.Tests.Wizard;

/// <summary>
/// The wizard keeps its draft as typed values; a stored member those values cannot hold (a field the contract no longer
/// knows) is not dropped silently when a step is saved: the contract's error for it is shown and the profile is kept.
/// </summary>
public sealed class StoredProfileTests(BoneBalanceFactory factory) : IClassFixture<BoneBalanceFactory>
{
    [Fact]
    public async Task A_stored_field_the_contract_no_longer_knows_is_reported_on_saving_a_step_not_dropped()
    {
        using var browser = factory.Browser();
        await browser.RegisterAsync(TestAccounts.NewEmail("stored-profile"));
        var owner = await Api.ApiTests.OwnerIdAsync(browser);
        await using (var db = factory.Database(owner))
        {
            db.Profiles.Add(new Data.Persistence.StoredProfile { Json = """{"person":{"sex":"female","age":67},"oldField":1}""" });
            await db.SaveChangesAsync();
        }

        var html = await RefusedAsync(browser, "about", [.. About]);

        Assert.Contains("oldField", html, StringComparison.Ordinal);
        Assert.Equal(1, (await ProfileAsync(browser)).GetProperty("oldField").GetInt32());
    }
}
