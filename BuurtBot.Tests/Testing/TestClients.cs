namespace BuurtBot.Tests.Testing;

/// <summary>
/// Where the real clients and servers from npm live (<c>BuurtBot.Tests/js</c>: Microsoft Web Chat,
/// directlinejs, oidc-provider, smtp-server). <c>./test</c> installs them with <c>npm ci</c>; a test that
/// needs one fails with that instruction instead of skipping.
/// </summary>
public static class TestClients
{
    /// <summary>The <c>BuurtBot.Tests/js</c> folder of the checkout the tests were built from.</summary>
    public static string Folder { get; } = FindFolder();

    /// <summary>The path of an installed package's file, e.g. <c>botframework-webchat/dist/webchat.js</c>.</summary>
    public static string File(string relativePath)
    {
        var path = Path.Combine(Folder, "node_modules", relativePath);
        return System.IO.File.Exists(path) ? path : throw new InvalidOperationException(
            $"{relativePath} is not installed. Run ./test (it runs npm ci in {Folder}), or: cd {Folder} && npm ci");
    }

    /// <summary>The <c>node</c> executable on PATH.</summary>
    public static string Node { get; } = FindNode();

    private static string FindFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "BuurtBot.Tests", "js");
            if (System.IO.File.Exists(Path.Combine(candidate, "package.json")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("BuurtBot.Tests/js/package.json not found above " + AppContext.BaseDirectory);
    }

    private static string FindNode()
    {
        var paths = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator);
        return paths.Select(p => Path.Combine(p, "node")).FirstOrDefault(System.IO.File.Exists)
            ?? throw new InvalidOperationException("node is not on PATH: install Node.js 20 or later.");
    }
}
