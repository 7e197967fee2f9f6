using BuurtBot.Admin.Accounts;
using Microsoft.Extensions.Options;

namespace BuurtBot.Photos;

public static class PhotosExtensions
{
    /// <summary>Photos residents send: the sanitizer every channel uses, and where the bytes go (<c>Photos:Storage</c>).</summary>
    public static IHostApplicationBuilder AddPhotos(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<PhotosOptions>().BindConfiguration(PhotosOptions.Section).ValidateDataAnnotations()
            .Validate(o => o.Storage != PhotoStorage.Directory || !string.IsNullOrWhiteSpace(o.Directory),
                "Photos:Storage is Directory: set Photos:Directory to the folder for the photos.")
            .ValidateOnStart();
        builder.Services.AddSingleton<PhotoSanitizer>();
        builder.Services.AddSingleton<PhotoReceiver>();
        // Both stores can read (a photo says where it was put); the configured one takes new photos.
        builder.Services.AddSingleton<DatabasePhotoContentStore>();
        builder.Services.AddSingleton<DirectoryPhotoContentStore>();
        builder.Services.AddSingleton<PhotoContentStores>();
        builder.Services.AddSingleton<IPhotoContentStore>(sp =>
            sp.GetRequiredService<IOptions<PhotosOptions>>().Value.Storage == PhotoStorage.Directory
                ? sp.GetRequiredService<DirectoryPhotoContentStore>()
                : sp.GetRequiredService<DatabasePhotoContentStore>());
        builder.Services.AddScoped<PhotoLinks>();
        builder.Services.AddScoped<PhotoPublication>();
        return builder;
    }

    /// <summary><c>/admin/fotos/{id}</c> and <c>/admin/fotos/{id}/klein</c>: a photo for a signed-in coordinator of its wijk.</summary>
    public static RouteGroupBuilder MapPhotos(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var group = app.MapGroup("/admin/fotos").RequireAuthorization(AdminPolicies.Live).ExcludeFromDescription();
        group.MapGet("/{id:guid}", PhotoEndpoints.Full);
        group.MapGet("/{id:guid}/klein", PhotoEndpoints.Thumbnail);
        return group;
    }
}
