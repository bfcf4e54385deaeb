namespace BoneBalance.Web.Tests.TestSupport;

/// <summary>A test that needs PostgreSQL: skipped (reported, not silent) only when <see cref="TestPostgres.OptOutVariable"/> is 1.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (TestPostgres.OptedOut)
        {
            Skip = $"{TestPostgres.OptOutVariable}=1: PostgreSQL tests switched off";
        }
    }
}
