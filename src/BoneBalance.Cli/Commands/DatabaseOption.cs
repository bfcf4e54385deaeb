using System.CommandLine;
using BoneBalance.Data;

namespace BoneBalance.Cli.Commands;

/// <summary>The <c>--database PATH</c> option of the commands that use the food catalogue.</summary>
internal static class DatabaseOption
{
    public static Option<string> Create() => new("--database")
    {
        Description = "Food catalogue (SQLite file) to use; built from the shipped data when missing.",
        HelpName = "PATH",
        DefaultValueFactory = _ => FoodDatabase.DefaultPath,
    };
}
