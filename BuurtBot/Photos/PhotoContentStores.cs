namespace BuurtBot.Photos;

/// <summary>Both stores, for reading: each photo says where its bytes were put, whatever the setting is now.</summary>
public sealed class PhotoContentStores(DatabasePhotoContentStore database, DirectoryPhotoContentStore directory)
{
    public IReadOnlyList<IPhotoContentStore> All { get; } = [database, directory];

    public IPhotoContentStore? Of(string storedIn) => All.FirstOrDefault(s => s.Kind.ToString() == storedIn);
}
