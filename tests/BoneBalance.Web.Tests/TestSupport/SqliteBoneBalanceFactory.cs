using BoneBalance.Data.Persistence;

namespace BoneBalance.Web.Tests.TestSupport;

/// <summary>The web app in memory on its own SQLite file whatever the run's engine, for tests about SQLite itself.</summary>
public sealed class SqliteBoneBalanceFactory : BoneBalanceFactory
{
    public SqliteBoneBalanceFactory()
        : base(DatabaseProvider.Sqlite)
    {
    }
}
