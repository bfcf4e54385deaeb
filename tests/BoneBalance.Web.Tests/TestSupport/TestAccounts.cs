namespace BoneBalance.Web.Tests.TestSupport;

/// <summary>Account details tests use.</summary>
public static class TestAccounts
{
    /// <summary>A password that meets the rules (10+ characters).</summary>
    public const string Password = "correct horse battery";

    /// <summary>A fresh, unique email address.</summary>
    public static string NewEmail(string who = "person") => $"{who}-{Guid.NewGuid():N}@example.org";
}
