namespace BuurtBot.Dialogs.Domain.Buurtdeals;

/// <summary>
/// Someone accepted a version of the buurtdeal that has since changed: they agreed to afspraken
/// that are no longer the deal. Show them the current afspraken and ask again.
/// </summary>
public sealed class StaleDealVersionException : InvalidOperationException
{
    public StaleDealVersionException(int acceptedVersion, int currentVersion)
        : base($"Version {acceptedVersion} of the buurtdeal was accepted, but the deal is now at version {currentVersion}. Show the current afspraken and ask for acceptance of version {currentVersion}.")
    {
        AcceptedVersion = acceptedVersion;
        CurrentVersion = currentVersion;
    }

    public int AcceptedVersion { get; }

    public int CurrentVersion { get; }
}
