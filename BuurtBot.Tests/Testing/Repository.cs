namespace BuurtBot.Tests.Testing;

/// <summary>The checkout the tests run from, for tests that read the repository's own files (README, resources, corpus files).</summary>
internal static class Repository
{
    /// <summary>The folder with BuurtBot.sln, found upwards from the test binaries.</summary>
    public static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BuurtBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("BuurtBot.sln not found above " + AppContext.BaseDirectory);
    }
}
