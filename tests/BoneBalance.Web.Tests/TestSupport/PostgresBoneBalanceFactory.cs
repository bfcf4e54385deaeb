using BoneBalance.Data.Persistence;

namespace BoneBalance.Web.Tests.TestSupport;

/// <summary>The web app in memory on its own PostgreSQL database (<see cref="TestPostgres"/>), dropped on dispose.</summary>
public sealed class PostgresBoneBalanceFactory : BoneBalanceFactory
{
    public PostgresBoneBalanceFactory()
        : base(DatabaseProvider.Postgres)
    {
    }
}
