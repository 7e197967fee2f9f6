namespace BuurtBot.Photos;

/// <summary>Where the photos' bytes are kept (<c>Photos:Storage</c>).</summary>
public enum PhotoStorage
{
    /// <summary>In the database, beside everything else: one backup, one erase (the default).</summary>
    Database,

    /// <summary>Files in <c>Photos:Directory</c>, for a database that should stay small.</summary>
    Directory,
}
