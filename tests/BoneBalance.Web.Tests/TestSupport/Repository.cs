namespace BoneBalance.Web.Tests.TestSupport;

/// <summary>The repository the tests run from.</summary>
public static class Repository
{
    /// <summary>The folder holding BoneBalance.slnx.</summary>
    public static string Root
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "BoneBalance.slnx")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new InvalidOperationException("BoneBalance.slnx not found above " + AppContext.BaseDirectory);
        }
    }
}
