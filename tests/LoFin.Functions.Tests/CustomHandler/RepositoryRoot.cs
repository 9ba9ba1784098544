namespace LoFin.Functions.Tests.CustomHandler;

public static class RepositoryRoot
{
    /// <summary>The checkout's root (where Functions.sln is), found by walking up from the test's output directory.</summary>
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "Functions.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException($"No Functions.sln above {AppContext.BaseDirectory}.");
    }
}
