using Confide.Core.Profiles;

namespace Confide.Core.Tests.Profiles;

/// <summary>Reads the profiles shipped in the repository's <c>profiles/</c> folder.</summary>
internal static class ShippedProfiles
{
    public static readonly string[] Files = ["suffolk.yaml", "wirral.yaml", "cumbria.yaml", "chs.yaml", "leicestershire.yaml"];

    public static string Folder { get; } = FindFolder();

    public static string Text(string file) => File.ReadAllText(Path.Combine(Folder, file));

    public static OrganisationProfile Load(string file) => ProfileParser.Parse(Text(file), file).Value;

    private static string FindFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Confide.slnx")))
            {
                return Path.Combine(dir.FullName, "profiles");
            }
        }

        throw new DirectoryNotFoundException("No folder above the test binaries holds Confide.slnx.");
    }
}
